// SPDX-License-Identifier: GPL-3.0-or-later
// EvidenceFormat: the JSON form of evidence records (golden file shared with the CLI) and its nulls.
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/text/evidenceformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atlas;

class tst_EvidenceFormat : public QObject
{
    Q_OBJECT

private slots:
    void matchesGolden();
    void nullsForMissingEventAndFile();
};

void tst_EvidenceFormat::matchesGolden()
{
    const LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(r.dataset);
    QFile golden(QStringLiteral(ATLAS_TEST_DATA_DIR "/cli/evidence-quad.json"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(EvidenceFormat::json(*r.dataset, r.dataset->evidenceFor(QStringLiteral("quad"))), QString::fromUtf8(golden.readAll()));
}

void tst_EvidenceFormat::nullsForMissingEventAndFile()
{
    Dataset d;
    Source withoutFile;
    withoutFile.key = QStringLiteral("web");
    d.sources.append(withoutFile);
    Evidence withEvent;
    withEvent.id = QStringLiteral("e1");
    withEvent.event = QStringLiteral("ev");
    withEvent.source = QStringLiteral("web");
    withEvent.claim = { QStringLiteral("Claim"), QStringLiteral("主张") };
    Evidence unknownSource;
    unknownSource.id = QStringLiteral("e2");
    unknownSource.source = QStringLiteral("nowhere");
    d.evidence = { withEvent, unknownSource };
    d.buildIndex();
    const QJsonArray a = QJsonDocument::fromJson(EvidenceFormat::json(d, { &d.evidence[1], &d.evidence[0] }).toUtf8()).array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject().value("id").toString(), QStringLiteral("e2")); // in the order given
    QVERIFY(a.at(0).toObject().value("event").isNull());
    QVERIFY(a.at(0).toObject().value("source_file").isNull());
    QCOMPARE(a.at(1).toObject().value("event").toString(), QStringLiteral("ev"));
    QVERIFY(a.at(1).toObject().value("source_file").isNull());
    QCOMPARE(a.at(1).toObject().value("claim_zh").toString(), QStringLiteral("主张"));
}

QTEST_GUILESS_MAIN(tst_EvidenceFormat)
#include "tst_evidenceformat.moc"
