// SPDX-License-Identifier: GPL-3.0-or-later
// "Sources disagree": SourceDisagreements on a hand-made dataset, and `evidence --disagreements`
// on the built-in one (one object per noted evidence item, the sources side by side, the records).
#include "clirun.h"
#include "models/domain/dataset.h"
#include "models/text/sourcedisagreements.h"
#include "tests/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atlas;

namespace {

Evidence evidence(const QString &id, const QString &tie, const QString &aspect, const QString &source, const QString &note = {})
{
    Evidence e;
    e.id = id;
    e.tie = tie;
    e.aspect = aspect;
    e.source = source;
    e.claim = { id, id };
    if (!note.isEmpty())
        e.note = { note, note };
    return e;
}

} // namespace

class tst_SourceDisagreements : public QObject
{
    Q_OBJECT

private slots:
    void sidesAndRecordedValue();
    void cliListsEveryNoteOfTheBuiltInDataset();
    void cliFiltersByTie();
};

void tst_SourceDisagreements::sidesAndRecordedValue()
{
    Dataset d;
    Tie nato = test::makeTie(QStringLiteral("nato"), TieKind::MultilateralAlliance, { "USA", "GRC" }, QDate(1949, 4, 4));
    nato.members[1].joined = PartialDate(1952, 2, 18);
    d.ties.append(nato);
    Tie anzus = test::makeTie(QStringLiteral("anzus"), TieKind::MultilateralAlliance, { "USA", "AUS", "NZL" }, QDate(1951, 9, 1));
    StatusPhase leg;
    leg.from = PartialDate(1986, 9, 17);
    leg.between = { "USA", "NZL" };
    anzus.phases.append(leg);
    d.ties.append(anzus);
    d.evidence = { evidence("grc-atop", "nato", "member:GRC", "atop4", "ATOP gives the protocol's signature."),
                   evidence("grc-nato", "nato", "member:GRC", "nato-60y"),
                   evidence("nato-start", "nato", "start", "ling2022"),
                   evidence("nzl-atop", "anzus", "member:NZL", "atop4", "ATOP codes an exit."),
                   evidence("anzus-status", "anzus", "status", "britannica", "Only one leg is suspended.") };
    d.buildIndex();

    const QList<SourceDisagreement> list = SourceDisagreements::find(d);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list[0].evidence, 0);
    QCOMPARE(list[0].sides, QList<int>({ 0, 1 })); // the noted item first, then the other source on GRC
    QCOMPARE(list[0].recorded, QStringLiteral("1952-02-18.."));
    QCOMPARE(list[1].sides, QList<int>({ 3 }));
    QCOMPARE(list[1].recorded, QStringLiteral("1951-09-01..; suspended USA-NZL 1986-09-17.."));
    QCOMPARE(list[2].recorded, QStringLiteral("in-force; suspended USA-NZL 1986-09-17.."));

    const QJsonArray json = QJsonDocument::fromJson(SourceDisagreements::json(d, list).toUtf8()).array();
    QCOMPARE(json.size(), 3);
    const QJsonObject grc = json[0].toObject();
    QCOMPARE(grc.value("id").toString(), QStringLiteral("grc-atop"));
    QCOMPARE(grc.value("aspect").toString(), QStringLiteral("member:GRC"));
    QCOMPARE(grc.value("note").toObject().value("en").toString(), QStringLiteral("ATOP gives the protocol's signature."));
    const QJsonArray sources = grc.value("sources").toArray();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources[0].toObject().value("source").toString(), QStringLiteral("atop4"));
    QCOMPARE(sources[1].toObject().value("source").toString(), QStringLiteral("nato-60y"));
    QCOMPARE(sources[1].toObject().value("claim").toObject().value("zh").toString(), QStringLiteral("grc-nato"));
    const QJsonObject better = grc.value("better_attested").toObject();
    QCOMPARE(better.value("value").toString(), QStringLiteral("1952-02-18.."));
    QCOMPARE(better.value("supported_by").toArray(), QJsonArray({ "grc-nato" }));
    const QJsonObject records = grc.value("records").toObject();
    QCOMPARE(records.value("tie").toString(), QStringLiteral("nato"));
    QVERIFY(records.value("event").isNull());
    QCOMPARE(records.value("evidence").toArray(), QJsonArray({ "grc-atop", "grc-nato" }));
}

void tst_SourceDisagreements::cliListsEveryNoteOfTheBuiltInDataset()
{
    const test::CliRun r = test::runCli({ "evidence", "--disagreements", "--format", "json" });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.isArray());
    const QJsonArray list = doc.array();
    QVERIFY2(list.size() >= 50, qPrintable(QString::number(list.size())));
    QSet<QString> ids;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ids.insert(o.value("id").toString());
        QVERIFY(!o.value("note").toObject().value("en").toString().isEmpty());
        QVERIFY(!o.value("note").toObject().value("zh").toString().isEmpty());
        const QJsonArray sources = o.value("sources").toArray();
        QVERIFY(!sources.isEmpty());
        QCOMPARE(sources[0].toObject().value("evidence").toString(), o.value("id").toString());
        QVERIFY(o.value("records").toObject().value("evidence").toArray().contains(o.value("id")));
        QVERIFY(o.value("better_attested").isObject());
    }
    QCOMPARE(ids.size(), list.size());
    // ATOP's Greek accession date against NATO's own record, side by side.
    const auto grc = std::find_if(list.cbegin(), list.cend(), [](const QJsonValue &v) { return v.toObject().value("id").toString() == u"a-nato-member-grc-atop"; });
    QVERIFY(grc != list.cend());
    QCOMPARE(grc->toObject().value("sources").toArray().size(), 2);
    QVERIFY(grc->toObject().value("better_attested").toObject().value("value").toString().startsWith(QStringLiteral("1952-02-18")));
}

void tst_SourceDisagreements::cliFiltersByTie()
{
    const test::CliRun r = test::runCli({ "evidence", "--disagreements", "--tie", "anzus" });
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    for (const QJsonValue &v : list)
        QCOMPARE(v.toObject().value("tie").toString(), QStringLiteral("anzus"));
}

QTEST_GUILESS_MAIN(tst_SourceDisagreements)
#include "tst_sourcedisagreements.moc"
