// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of the curated, built-in dataset: it validates cleanly, every record is cited, and every
// quoted excerpt really stands in its source article (../shared/tools/verify-quotes).
#include "app/commandline.h"
#include "models/io/datasetreader.h"
#include "models/analysis/networkanalysis.h"
#include "models/query/snapshot.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>
#include <QTextStream>

using namespace atlas;

class tst_BuiltInDataset : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatesWithoutProblems();
    void everyTieAndPlacementHasEvidence();
    void everyActorIsComplete();
    void everyTextIsBilingual();
    void quotesStandInTheirArticles();
    void usIndiaAndNoradAreCited_data();
    void usIndiaAndNoradAreCited();
    void noTieInForceWithItsSuccessor();
    void everyPlacementStatesInferred();
    void schemeWideEvidenceBelongsToTheScheme();
    void anzusSuspendsOnlyTheUsNewZealandLeg();
    void asiaPacificSeriesIsHubAndSpoke();

private:
    LoadResult mResult;
};

void tst_BuiltInDataset::initTestCase()
{
    mResult = DatasetReader::readFile(CommandLine::builtInDatasetPath());
    QVERIFY(mResult.dataset);
    const Dataset &d = *mResult.dataset;
    qInfo("built-in dataset: %lld ties, %lld events, %lld evidence items, %lld sources, %lld actors, %lld placements",
          qlonglong(d.ties.size()), qlonglong(d.events.size()), qlonglong(d.evidence.size()), qlonglong(d.sources.size()),
          qlonglong(d.actors.size()), qlonglong(d.placements.size()));
}

void tst_BuiltInDataset::validatesWithoutProblems()
{
    QStringList problems;
    for (const Issue &i : mResult.issues)
        problems.append(i.toString());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_BuiltInDataset::everyTieAndPlacementHasEvidence()
{
    const Dataset &d = *mResult.dataset;
    QStringList missing;
    for (const Tie &t : d.ties) {
        QSet<QString> aspects;
        for (const Evidence *e : d.evidenceFor(t.id))
            if (e->tie == t.id)
                aspects.insert(e->aspect);
        if (aspects.isEmpty())
            missing.append(QStringLiteral("tie %1 has no evidence").arg(t.id));
        else if (!aspects.contains(QStringLiteral("start")))
            missing.append(QStringLiteral("tie %1 has no evidence for its start").arg(t.id));
        if (t.end.isValid() && !aspects.contains(QStringLiteral("end")))
            missing.append(QStringLiteral("tie %1 has no evidence for its end").arg(t.id));
    }
    for (const Event &e : d.events) {
        bool cited = false;
        for (const Evidence &v : d.evidence)
            cited = cited || v.event == e.id;
        if (!cited)
            missing.append(QStringLiteral("event %1 has no evidence").arg(e.id));
    }
    for (const Placement &p : d.placements)
        if (p.evidence.isEmpty())
            missing.append(QStringLiteral("placement %1/%2 has no evidence").arg(p.scheme, p.tie));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void tst_BuiltInDataset::everyActorIsComplete()
{
    const Dataset &d = *mResult.dataset;
    QStringList problems;
    for (const Tie &t : d.ties)
        for (const QString &id : t.memberIds()) {
            const Actor *a = d.actor(id);
            if (!a)
                problems.append(QStringLiteral("%1: unknown actor %2").arg(t.id, id));
            else if (!a->name.isComplete() || (a->lon == 0 && a->lat == 0))
                problems.append(QStringLiteral("actor %1 lacks names or coordinates").arg(id));
        }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_BuiltInDataset::everyTextIsBilingual()
{
    const Dataset &d = *mResult.dataset;
    QStringList problems;
    for (const Tie &t : d.ties) {
        if (!t.name.isComplete())
            problems.append(QStringLiteral("tie %1: name").arg(t.id));
        if (!t.note.isEmpty() && !t.note.isComplete())
            problems.append(QStringLiteral("tie %1: note").arg(t.id));
    }
    for (const Event &e : d.events)
        if (!e.text.isComplete())
            problems.append(QStringLiteral("event %1: text").arg(e.id));
    for (const Evidence &e : d.evidence) {
        if (!e.claim.isComplete())
            problems.append(QStringLiteral("evidence %1: claim").arg(e.id));
        if (!e.note.isEmpty() && !e.note.isComplete())
            problems.append(QStringLiteral("evidence %1: note").arg(e.id));
    }
    for (const Placement &p : d.placements)
        if (!p.reasoning.isComplete())
            problems.append(QStringLiteral("placement %1/%2: reasoning").arg(p.scheme, p.tie));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_BuiltInDataset::quotesStandInTheirArticles()
{
    const QString tool = QStringLiteral(ATLAS_SOURCE_DIR "/../shared/tools/verify-quotes");
    if (!QFileInfo::exists(tool))
        QSKIP("../shared/tools/verify-quotes is not present: quotes not checked");
    QString json;
    QString errors;
    QTextStream out(&json);
    QTextStream err(&errors);
    QCOMPARE(CommandLine::run({ QStringLiteral("alliance-atlas"), QStringLiteral("evidence"), QStringLiteral("--format"), QStringLiteral("json") }, out, err), 0);
    out.flush();
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(json.toUtf8());
    file.flush();
    QProcess process;
    process.start(QStringLiteral("python3"), { tool, file.fileName() });
    QVERIFY(process.waitForFinished(60000));
    const QString report = QString::fromUtf8(process.readAllStandardOutput());
    qInfo("verify-quotes: %s", qPrintable(report.trimmed().split(u'\n').last()));
    QVERIFY2(process.exitCode() == 0, qPrintable(report));
    QVERIFY(report.contains(QStringLiteral(" 0 failed")));
}

void tst_BuiltInDataset::usIndiaAndNoradAreCited_data()
{
    QTest::addColumn<QString>("tie");
    QTest::addColumn<QStringList>("members");
    QTest::addColumn<QString>("article");
    QTest::newRow("us-ind") << QStringLiteral("us-ind") << QStringList { QStringLiteral("USA"), QStringLiteral("IND") } << QStringLiteral("li2024");
    QTest::newRow("norad") << QStringLiteral("norad") << QStringList { QStringLiteral("USA"), QStringLiteral("CAN") } << QStringLiteral("hou2024");
    QTest::newRow("jimex") << QStringLiteral("jimex") << QStringList { QStringLiteral("JPN"), QStringLiteral("IND") } << QStringLiteral("li2024");
    QTest::newRow("dharma-guardian") << QStringLiteral("dharma-guardian") << QStringList { QStringLiteral("JPN"), QStringLiteral("IND") }
                                     << QStringLiteral("li2024");
}

// Issue #17, data 1-2: the US-India partnership, NORAD and the Japan-India exercises, each with a
// quoted article and a start resting on evidence.
void tst_BuiltInDataset::usIndiaAndNoradAreCited()
{
    QFETCH(QString, tie);
    QFETCH(QStringList, members);
    QFETCH(QString, article);
    const Dataset &d = *mResult.dataset;
    const Tie *t = d.tie(tie);
    QVERIFY(t);
    QCOMPARE(t->memberIds(), members);
    QSet<QString> aspects;
    bool quoted = false;
    for (const Evidence *e : d.evidenceFor(tie)) {
        aspects.insert(e->aspect);
        quoted = quoted || (e->source == article && !e->quote.isEmpty());
    }
    QVERIFY(aspects.contains(QStringLiteral("existence")));
    QVERIFY(aspects.contains(QStringLiteral("start")));
    QVERIFY2(quoted, qPrintable(QStringLiteral("%1 has no quote from %2").arg(tie, article)));
    QVERIFY(!d.eventsOf(tie).isEmpty() || tie == u"norad");
}

// Issue #17, data 3: evaluated with the snapshot at every date where anything changes.
void tst_BuiltInDataset::noTieInForceWithItsSuccessor()
{
    const Dataset &d = *mResult.dataset;
    QList<std::pair<int, int>> pairs;
    for (int i = 0; i < d.ties.size(); ++i)
        if (!d.ties[i].supersedes.isEmpty())
            pairs.append({ d.tieIndex(d.ties[i].supersedes), i });
    QVERIFY(!pairs.isEmpty());
    QVERIFY(d.tie(QStringLiteral("us-jpn-1960"))->supersedes == u"us-jpn-1951");

    QSet<qint64> days;
    for (const Tie &t : d.ties) {
        for (qint64 day : { t.fromDay - 1, t.fromDay, t.toDay, t.toDay + 1 })
            days.insert(day);
        for (const MembershipSpell &s : t.members)
            for (qint64 day : { s.fromDay, s.toDay, s.toDay + 1 })
                days.insert(day);
        for (const StatusPhase &p : t.phases)
            for (qint64 day : { p.fromDay, p.toDay, p.toDay + 1 })
                days.insert(day);
    }
    QStringList overlaps;
    for (qint64 day : days) {
        const QDate date = QDate::fromJulianDay(day);
        if (!date.isValid() || date.year() > 2100)
            continue;
        const Snapshot snapshot = takeSnapshot(d, date);
        for (const auto &[predecessor, successor] : pairs)
            if (snapshot.state(predecessor) && snapshot.state(successor))
                overlaps.append(QStringLiteral("%1 and %2 on %3").arg(d.ties[predecessor].id, d.ties[successor].id, date.toString(Qt::ISODate)));
    }
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join(u'\n')));
    // The day before the 1960 signature the 1951 treaty still holds; from the signature only the new one.
    QVERIFY(takeSnapshot(d, QDate(1960, 1, 18)).state(d.tieIndex(QStringLiteral("us-jpn-1951"))));
    const Snapshot signature = takeSnapshot(d, QDate(1960, 1, 19));
    QVERIFY(!signature.state(d.tieIndex(QStringLiteral("us-jpn-1951"))));
    QVERIFY(signature.state(d.tieIndex(QStringLiteral("us-jpn-1960"))));
}

// Issue #17, data 4-5: every placement says whether the source states it or the dataset infers it.
void tst_BuiltInDataset::everyPlacementStatesInferred()
{
    QFile file(CommandLine::builtInDatasetPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray placements = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("placements")).toArray();
    QVERIFY(!placements.isEmpty());
    QStringList missing;
    for (const QJsonValue &p : placements)
        if (!p.toObject().value(QStringLiteral("inferred")).isBool())
            missing.append(p.toObject().value(QStringLiteral("tie")).toString());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no explicit \"inferred\": ") + missing.join(u", ")));

    const Dataset &d = *mResult.dataset;
    QStringList inferred;
    for (const Placement &p : d.placements)
        if (p.inferred) {
            inferred.append(p.scheme + u'/' + p.tie);
            // The reasoning says what the inference rests on: the source classifies the system.
            QVERIFY2(p.reasoning.en.contains(QStringLiteral("system, not this")) && p.reasoning.zh.contains(QStringLiteral("体系而非本")),
                     qPrintable(p.tie));
        }
    inferred.sort();
    QCOMPARE(inferred, (QStringList { QStringLiteral("li2024/us-jpn-1960"), QStringLiteral("li2024/us-kor-1953"),
                                      QStringLiteral("li2024/us-phl-1951"), QStringLiteral("li2024/us-tha") }));
    // us-tha rests on the Manila Pact and the 1962 communique, not on a bilateral treaty.
    const Placement *tha = d.placement(QStringLiteral("li2024"), QStringLiteral("us-tha"));
    QVERIFY(!tha->reasoning.en.contains(QStringLiteral("A bilateral treaty")));
    QVERIFY(tha->reasoning.en.contains(QStringLiteral("Manila Pact")));
}

// Issue #17, data 5: the axes, definitions, tables and conclusions are evidence of the scheme, not of one tie.
void tst_BuiltInDataset::schemeWideEvidenceBelongsToTheScheme()
{
    const Dataset &d = *mResult.dataset;
    QCOMPARE(d.typologies.size(), 2);
    for (const TypologyScheme &s : d.typologies) {
        QVERIFY(!s.evidence.isEmpty());
        for (const QString &id : s.evidence) {
            const Evidence *e = d.evidenceItem(id);
            QVERIFY(e);
            QCOMPARE(e->typology, s.id);
            QVERIFY2(e->tie.isEmpty(), qPrintable(id));
        }
    }
    QVERIFY(!d.evidenceFor(QStringLiteral("us-jpn-kor")).contains(d.evidenceItem(QStringLiteral("b-li-typ-axes"))));
}

// Issue #17: the 1986 suspension was of the US-New Zealand obligations only.
void tst_BuiltInDataset::anzusSuspendsOnlyTheUsNewZealandLeg()
{
    const Dataset &d = *mResult.dataset;
    const int anzus = d.tieIndex(QStringLiteral("anzus"));
    QVERIFY(anzus >= 0);
    const QDate y2000(2000, 1, 1);
    const Snapshot snapshot = takeSnapshot(d, y2000); // kept: state() points into it
    const TieState *all = snapshot.state(anzus);
    QVERIFY(all);
    QCOMPARE(all->status, TieStatus::InForce);
    QCOMPARE(all->members, QStringList({ "USA", "AUS", "NZL" }));
    QCOMPARE(all->suspendedPairs(), (QList<std::pair<QString, QString>> { { "USA", "NZL" } }));

    const Snapshot withoutUsa = takeSnapshot(d, y2000, { QStringLiteral("USA") });
    const TieState *state = withoutUsa.state(anzus);
    QVERIFY(state);
    QCOMPARE(state->status, TieStatus::InForce);
    QCOMPARE(state->members, QStringList({ "AUS", "NZL" }));
    // ... and the network has the Australia-New Zealand edge through ANZUS.
    const NetworkGraph graph = buildNetwork(d, withoutUsa);
    const auto edge = std::find_if(graph.edges.cbegin(), graph.edges.cend(), [&](const NetworkEdge &e) {
        return QSet<QString> { graph.actors[e.a], graph.actors[e.b] } == QSet<QString> { "AUS", "NZL" };
    });
    QVERIFY(edge != graph.edges.cend());
    QVERIFY(edge->ties.contains(anzus));
    // With the USA shown there is no US-New Zealand edge through ANZUS, and New Zealand is no spoke.
    const NetworkGraph full = buildNetwork(d, takeSnapshot(d, y2000));
    for (const NetworkEdge &e : full.edges)
        if (QSet<QString> { full.actors[e.a], full.actors[e.b] } == QSet<QString> { "USA", "NZL" })
            QVERIFY(!e.ties.contains(anzus));
    // Before 1986 the leg is in force.
    QVERIFY(takeSnapshot(d, QDate(1980, 1, 1)).state(anzus)->suspendedPairs().isEmpty());
}

// The Asia-Pacific network is the hub-and-spoke system the articles describe after SEATO (1977) - the
// hub brokers every path and few edges link two spokes, unlike the whole network where NATO's
// European pairs dominate - and the spokes tie up with each other after the Quad's revival and AUKUS.
void tst_BuiltInDataset::asiaPacificSeriesIsHubAndSpoke()
{
    const Dataset &d = *mResult.dataset;
    const RegionScope asia(d, AnalysisRegion::AsiaPacific);
    const QDate y1990(1990, 1, 1);
    const NetworkMetrics all1990 = networkMetrics(d, y1990);
    const NetworkMetrics asia1990 = networkMetrics(d, y1990, {}, asia);
    QCOMPARE(asia1990.region, AnalysisRegion::AsiaPacific);
    QVERIFY2(all1990.spokeSpokeShare > 0.7, qPrintable(QString::number(all1990.spokeSpokeShare)));
    QVERIFY2(asia1990.spokeSpokeShare < 0.2, qPrintable(QString::number(asia1990.spokeSpokeShare)));
    QCOMPARE(asia1990.hubBetweennessShare, 1.0);
    QVERIFY(asia1990.actors < all1990.actors);
    const NetworkMetrics asia2025 = networkMetrics(d, QDate(2025, 1, 1), {}, asia);
    QVERIFY2(asia2025.spokeSpokeShare > asia1990.spokeSpokeShare + 0.3, qPrintable(QString::number(asia2025.spokeSpokeShare)));
    QVERIFY2(asia2025.hubBetweennessShare < 0.8, qPrintable(QString::number(asia2025.hubBetweennessShare)));
    // Every pair counts in one region at most.
    const NetworkMetrics euro1990 = networkMetrics(d, y1990, {}, RegionScope(d, AnalysisRegion::EuroAtlantic));
    QVERIFY(asia1990.edges + euro1990.edges <= all1990.edges);
}

QTEST_GUILESS_MAIN(tst_BuiltInDataset)
#include "tst_builtindataset.moc"
