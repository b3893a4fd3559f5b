// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/io/datasetwriter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class tst_DatasetWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void keepsEverySection();
    void keepsSuccessorInferredAndSchemeEvidence();
    void leavesOutEmptyOptionalFields();
    void writeFileIsAtomic();

private:
    Dataset mSmall;
};

void tst_DatasetWriter::initTestCase()
{
    LoadResult r = DatasetReader::readFile(ATLAS_TEST_DATA_DIR "/valid/small.json");
    QVERIFY(r.dataset);
    mSmall = *r.dataset;
}

void tst_DatasetWriter::roundTrip()
{
    const QByteArray once = DatasetWriter::write(mSmall);
    const LoadResult r = DatasetReader::read(once, "written.json");
    QVERIFY(r.issues.isEmpty());
    QVERIFY(r.dataset);
    QCOMPARE(DatasetWriter::write(*r.dataset), once);
}

void tst_DatasetWriter::keepsEverySection()
{
    const LoadResult r = DatasetReader::read(DatasetWriter::write(mSmall), "written.json");
    QVERIFY(r.dataset);
    const Dataset &d = *r.dataset;
    QCOMPARE(d.title.zh, mSmall.title.zh);
    QCOMPARE(d.hub, mSmall.hub);
    QCOMPARE(d.sources.size(), mSmall.sources.size());
    QCOMPARE(d.source("src")->authors[0].zh, QString("李德杰"));
    QCOMPARE(d.source("src")->file, QString("001_29ccc031d23f488f.txt"));
    QCOMPARE(d.source("prim")->kind, SourceKind::Primary);
    QCOMPARE(d.source("prim")->date.toString(), QString("1951-09-01"));
    QCOMPARE(d.actors.size(), mSmall.actors.size());
    QCOMPARE(d.actors[0].lon, mSmall.actors[0].lon);
    QCOMPARE(d.actors[0].region, mSmall.actors[0].region);

    const Tie *anzus = d.tie("anzus");
    QCOMPARE(anzus->members.size(), 4);
    QCOMPARE(anzus->members[2].left.toString(), QString("1986"));
    QCOMPARE(anzus->members[3].joined.toString(), QString("1987"));
    QVERIFY(anzus->members[3].suspended);
    const Tie *quad = d.tie("quad");
    QCOMPARE(quad->shortName.en, QString("Quad"));
    QCOMPARE(quad->start.toString(), QString("2007-05"));
    QCOMPARE(quad->phases.size(), 1);
    QCOMPARE(quad->phases[0].to.toString(), QString("2017-10"));
    QCOMPARE(quad->phases[0].status, TieStatus::Suspended);

    QCOMPARE(d.events.size(), 2);
    QCOMPARE(d.events[1].kind, QString("revival"));
    QCOMPARE(d.evidence.size(), mSmall.evidence.size());
    QCOMPARE(d.typologies.size(), 1);
    QCOMPARE(d.typologies[0].cells.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(d.typologies[0].cells[i].highX, mSmall.typologies[0].cells[i].highX);
        QCOMPARE(d.typologies[0].cells[i].highY, mSmall.typologies[0].cells[i].highY);
    }
    QCOMPARE(d.placement("li2024", "quad")->cell, QString("expansive"));
    QCOMPARE(d.bookmarks.size(), 2);
    QCOMPARE(d.bookmarks[0].id, QString("b1"));
    QCOMPARE(d.bookmarks[1].evidence, QStringList { "v2" });
    QCOMPARE(d.bookmarks[1].compareFrom, PartialDate(2007)); // a bookmark naming two dates
    QVERIFY(!d.bookmarks[0].compareFrom.isValid());
}

// The fields of issue #17: a tie's predecessor, a pair's phase, a placement's "inferred", scheme-wide evidence.
void tst_DatasetWriter::keepsSuccessorInferredAndSchemeEvidence()
{
    Dataset changed = mSmall;
    Tie successor = changed.ties[0];
    successor.id = "us-jpn-1960";
    successor.start = PartialDate(1960, 1, 19);
    successor.end = PartialDate();
    successor.endKind.clear();
    successor.status = TieStatus::InForce;
    successor.supersedes = "us-jpn";
    changed.ties.append(successor);
    changed.placements[0].inferred = true;
    StatusPhase leg;
    leg.from = PartialDate(1987);
    leg.between = { "USA", "NZL" };
    changed.ties[1].phases.append(leg);
    changed.evidence[0].tie.clear();
    changed.evidence[0].typology = "li2024";
    changed.buildIndex();
    const LoadResult r = DatasetReader::read(DatasetWriter::write(changed), "written.json");
    QVERIFY2(r.dataset, qPrintable(r.issues.value(0).toString()));
    QVERIFY(r.issues.isEmpty());
    const Dataset &d = *r.dataset;
    QCOMPARE(d.tie("us-jpn-1960")->supersedes, QString("us-jpn"));
    QCOMPARE(d.tie("us-jpn")->toDay, QDate(1960, 1, 18).toJulianDay());
    QCOMPARE(d.tie("anzus")->phases.value(0).between, QStringList({ "USA", "NZL" }));
    QVERIFY(d.placement("li2024", "quad")->inferred);
    QCOMPARE(d.evidence[0].typology, QString("li2024"));
    QVERIFY(d.evidence[0].tie.isEmpty());
    // A stated placement is written as "inferred": false, not left out.
    const QJsonObject placement = DatasetWriter::toJson(mSmall).value("placements").toArray().at(0).toObject();
    QVERIFY(placement.value("inferred").isBool());
    QVERIFY(!placement.value("inferred").toBool());
}

void tst_DatasetWriter::leavesOutEmptyOptionalFields()
{
    const QJsonObject root = DatasetWriter::toJson(mSmall);
    QCOMPARE(root.value("format").toString(), QString("alliance-atlas-dataset"));
    QCOMPARE(root.value("version").toInt(), 1);
    const QJsonObject anzus = root.value("ties").toArray().at(1).toObject();
    QCOMPARE(anzus.value("id").toString(), QString("anzus"));
    QVERIFY(!anzus.contains("end"));
    QVERIFY(!anzus.contains("short"));
    QVERIFY(!anzus.contains("phases"));
    QVERIFY(!anzus.contains("note"));
    const QJsonObject usa = anzus.value("members").toArray().at(0).toObject();
    QCOMPARE(usa.keys(), QStringList { "actor" });
}

void tst_DatasetWriter::writeFileIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("out.json");
    QString error;
    QVERIFY(DatasetWriter::writeFile(mSmall, path, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(DatasetReader::readFile(path).dataset);

    // Failures leave no file, or the old one, and say why.
    QVERIFY(!DatasetWriter::writeFile(mSmall, dir.filePath("missing/out.json"), &error));
    QVERIFY(error.startsWith("cannot write " + dir.filePath("missing/out.json") + ": "));
    QVERIFY(!DatasetWriter::writeFile(mSmall, dir.path(), &error));
    QCOMPARE(error, dir.path() + " is a directory");

    QFile readOnly(path);
    QVERIFY(readOnly.setPermissions(QFileDevice::ReadOwner));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool canStillWrite = QFileInfo(dir.path()).isWritable(); // root ignores permissions
    if (!canStillWrite) {
        QVERIFY(!DatasetWriter::writeFile(Dataset(), path, &error));
        QVERIFY(DatasetReader::readFile(path).dataset); // the old file, intact
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(tst_DatasetWriter)
#include "tst_datasetwriter.moc"
