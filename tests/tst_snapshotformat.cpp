// SPDX-License-Identifier: GPL-3.0-or-later
// SnapshotFormat: the JSON and table forms of a snapshot, against the same golden files as the CLI.
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/query/snapshotformat.h"
#include "models/text/texttable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atlas;

namespace {
QString golden(const QString &name)
{
    QFile f(QStringLiteral(ATLAS_TEST_DATA_DIR "/cli/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QStringLiteral("<missing %1>").arg(name);
}
} // namespace

class tst_SnapshotFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonMatchesGolden();
    void jsonFields();
    void tableMatchesGolden();
    void textTablePadsColumns();

private:
    Dataset mDataset;
};

void tst_SnapshotFormat::initTestCase()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(r.dataset);
    mDataset = std::move(*r.dataset);
}

void tst_SnapshotFormat::jsonMatchesGolden()
{
    const QSet<QString> hidden { QStringLiteral("JPN") };
    const Snapshot s = takeSnapshot(mDataset, QDate(1987, 6, 1), hidden);
    QCOMPARE(SnapshotFormat::json(mDataset, s, hidden), golden(QStringLiteral("query-1987.json")));
}

void tst_SnapshotFormat::jsonFields()
{
    const QSet<QString> hidden { QStringLiteral("NZL"), QStringLiteral("IND") };
    const Snapshot s = takeSnapshot(mDataset, QDate(2010, 1, 1), hidden);
    const QJsonObject root = QJsonDocument::fromJson(SnapshotFormat::json(mDataset, s, hidden).toUtf8()).object();
    QCOMPARE(root.value("date").toString(), QStringLiteral("2010-01-01"));
    QCOMPARE(root.value("hidden").toArray(), QJsonArray({ "IND", "NZL" })); // sorted
    const QJsonArray ties = root.value("ties").toArray();
    QCOMPARE(ties.size(), s.ties.size());
    for (qsizetype i = 0; i < ties.size(); ++i) {
        const QJsonObject t = ties.at(i).toObject();
        QCOMPARE(t.value("id").toString(), mDataset.ties[s.ties[i].tie].id);
        QVERIFY(t.value("end").isNull());                  // open-ended ties print null
        QVERIFY(!t.contains("suspended_members"));         // only when some member is suspended
        QVERIFY(!t.value("members").toArray().contains("NZL"));
    }
}

void tst_SnapshotFormat::tableMatchesGolden()
{
    const Snapshot s = takeSnapshot(mDataset, QDate(2010, 1, 1));
    QCOMPARE(SnapshotFormat::table(mDataset, s), golden(QStringLiteral("query-2010.txt")));
}

void tst_SnapshotFormat::textTablePadsColumns()
{
    QCOMPARE(TextTable::aligned({ { "A", "BB", "C" }, { "long", "x", "last column is not padded" } }),
             QStringLiteral("A     BB  C\nlong  x   last column is not padded\n"));
    QCOMPARE(TextTable::aligned({}), QString());
}

QTEST_GUILESS_MAIN(tst_SnapshotFormat)
#include "tst_snapshotformat.moc"
