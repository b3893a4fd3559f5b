// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/dataset.h"
#include "models/analysis/networkanalysis.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "tests/testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace atlas;
using test::makeTie;

namespace {

const QDate kStart(1950, 1, 1);
const QDate kDate(2000, 1, 1);

/// A dataset with hub H from a spec like "H-A H-B A-B-C": one tie per dash-joined group, bilateral
/// for two members and minilateral for more.
Dataset makeDataset(const QString &spec)
{
    Dataset d;
    d.hub = QStringLiteral("H");
    for (const QString &id : QStringList { "H", "A", "B", "C", "D", "E" }) {
        Actor a;
        a.id = id;
        a.name = { id, id };
        d.actors.append(a);
    }
    int n = 0;
    for (const QString &group : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList members = group.split(u'-');
        d.ties.append(makeTie(QStringLiteral("t%1").arg(++n), members.size() == 2 ? TieKind::BilateralAlliance : TieKind::Minilateral, members, kStart));
    }
    d.buildIndex();
    return d;
}

QSet<QString> idSet(const QString &list)
{
    const QStringList ids = list.split(u',', Qt::SkipEmptyParts);
    return { ids.begin(), ids.end() };
}

QString edgeList(const Dataset &d, const NetworkGraph &g)
{
    QStringList out;
    for (const NetworkEdge &e : g.edges) {
        QStringList ties;
        for (int t : e.ties)
            ties.append(d.ties[t].id);
        out.append(QStringLiteral("%1%2:%3").arg(g.actors[e.a], g.actors[e.b], ties.join(u'+')));
    }
    return out.join(u' ');
}

/// A random dataset of 40 actors and 300 ties over 1940–2030 (fixed seed): bilateral and multilateral
/// ties, members that join late or leave early, suspended memberships, suspended phases of whole ties
/// and of single pairs: many change dates, and graphs that repeat between them.
/// With \a unusedActors, that many more actors that no tie names follow the 40 (the ties are the same).
Dataset generatedDataset(int unusedActors = 0)
{
    QRandomGenerator random(20261206u);
    Dataset d;
    QStringList ids;
    for (int i = 0; i < 40; ++i) {
        Actor a;
        a.id = i == 0 ? QStringLiteral("H") : QStringLiteral("A%1").arg(i);
        a.name = { a.id, a.id };
        d.actors.append(a);
        ids.append(a.id);
    }
    for (int i = 0; i < unusedActors; ++i) {
        Actor a;
        a.id = QStringLiteral("U%1").arg(i);
        a.name = { a.id, a.id };
        d.actors.append(a);
    }
    d.hub = QStringLiteral("H");
    const qint64 first = QDate(1940, 1, 1).toJulianDay();
    const qint64 span = QDate(2030, 1, 1).toJulianDay() - first;
    for (int t = 0; t < 300; ++t) {
        const int size = random.bounded(10) < 7 ? 2 : 3 + random.bounded(10);
        QStringList members;
        if (random.bounded(3) == 0)
            members.append(d.hub);
        while (members.size() < size) {
            const QString id = ids[random.bounded(ids.size())];
            if (!members.contains(id))
                members.append(id);
        }
        const QDate from = QDate::fromJulianDay(first + random.bounded(span));
        const QDate to = random.bounded(2) ? QDate::fromJulianDay(from.toJulianDay() + 200 + random.bounded(12000)) : QDate();
        Tie tie = makeTie(QStringLiteral("t%1").arg(t), size == 2 ? TieKind::BilateralAlliance : TieKind::MultilateralAlliance, members, from, to);
        const qint64 length = std::min<qint64>(tie.toDay, first + span) - tie.fromDay;
        for (MembershipSpell &spell : tie.members) {
            if (random.bounded(4) == 0)
                spell.fromDay += random.bounded(std::max<qint64>(1, length / 2));
            if (random.bounded(4) == 0)
                spell.toDay = tie.fromDay + length / 2 + random.bounded(std::max<qint64>(1, length / 2));
            spell.suspended = random.bounded(12) == 0;
        }
        if (random.bounded(6) == 0) {
            StatusPhase phase;
            phase.fromDay = tie.fromDay + random.bounded(std::max<qint64>(1, length));
            phase.toDay = phase.fromDay + random.bounded(3000);
            if (members.size() > 2 && random.bounded(2))
                phase.between = { members[0], members[1] };
            tie.phases.append(phase);
        }
        d.ties.append(tie);
    }
    d.buildIndex();
    return d;
}

/// The first difference between two metrics, every measure compared exactly; empty when equal.
QString difference(const NetworkMetrics &a, const NetworkMetrics &b)
{
    if (a.date != b.date || a.actors != b.actors || a.ties != b.ties || a.edges != b.edges || a.density != b.density
        || a.components != b.components || a.hubBetweennessShare != b.hubBetweennessShare || a.spokeSpokeEdges != b.spokeSpokeEdges
        || a.spokeSpokeShare != b.spokeSpokeShare || a.edgesByKind != b.edgesByKind || a.edgesByTypology != b.edgesByTypology
        || a.centrality.size() != b.centrality.size())
        return QStringLiteral("totals differ on %1").arg(a.date.toString(Qt::ISODate));
    for (qsizetype v = 0; v < a.centrality.size(); ++v) {
        const ActorCentrality &x = a.centrality[v];
        const ActorCentrality &y = b.centrality[v];
        if (x.actor != y.actor || x.degree != y.degree || x.betweenness != y.betweenness || x.rawBetweenness != y.rawBetweenness)
            return QStringLiteral("%1 differs on %2").arg(x.actor, a.date.toString(Qt::ISODate));
    }
    return {};
}

} // namespace

class tst_NetworkAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void metrics_data();
    void metrics();
    void cliqueExpansion();
    void parallelTiesShareOneEdge();
    void onlyInForceTiesAndMemberships();
    void spokesIgnoreToggles();
    void regionScopeCountsEachPairOnce();
    void tieEdgeChangesNameTheTiesThatDriveAChange();
    void breakdownByKindAndTypology();
    void seriesDates_data();
    void seriesDates();
    void seriesFollowsTime();
    void changeDates();
    void seriesReusesOnlyBetweenChangeDates();
    void seriesEqualsDateByDate_data();
    void seriesEqualsDateByDate();
    void seriesInParallelEqualsSerial_data();
    void seriesInParallelEqualsSerial();
    void manyActorsBuildTheSameGraph();
};

// Expected values computed by hand. Betweenness counts, for each unordered pair of other actors, the
// share of shortest paths through the actor; the hub's share is its count over the sum of all counts.
void tst_NetworkAnalysis::metrics_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<int>("actors");
    QTest::addColumn<int>("ties");
    QTest::addColumn<int>("edges");
    QTest::addColumn<double>("density");
    QTest::addColumn<int>("components");
    QTest::addColumn<double>("hubShare");
    QTest::addColumn<double>("hubBetweenness");
    QTest::addColumn<int>("spokeSpokeEdges");
    QTest::addColumn<double>("spokeSpokeShare");
    QTest::addColumn<QString>("degrees");

    // H brokers all C(4,2) = 6 pairs: normalised 1, all of the betweenness.
    QTest::newRow("star") << "H-A H-B H-C H-D" << "" << 5 << 4 << 4 << 0.4 << 1 << 1.0 << 1.0 << 0 << 0.0
                          << "H:4 A:1 B:1 C:1 D:1";
    // A-B-C triangle, H tied to A, B, D; C tied to A and B only (so not a spoke).
    // H: D-A, D-B, D-C = 3; A: H-C 1/2 + D-C 1/2 = 1; B likewise 1. Share 3/5, normalised 3/6.
    QTest::newRow("triangle plus hub") << "H-A H-B H-D A-B B-C A-C" << "" << 5 << 6 << 6 << 0.6 << 1 << 0.6 << 0.5 << 1
                                       << 1.0 / 6 << "H:3 A:3 B:3 C:2 D:1";
    // H tied to every corner of a spoke triangle: K4, nobody brokers, half the edges spoke-to-spoke.
    QTest::newRow("hub on a spoke triangle") << "H-A H-B H-C A-B B-C A-C" << "" << 4 << 6 << 6 << 1.0 << 1 << 0.0 << 0.0
                                             << 3 << 0.5 << "H:3 A:3 B:3 C:3";
    // C-D is a second component; C and D have no tie to H, so C-D is not spoke-to-spoke.
    QTest::newRow("two components") << "H-A H-B C-D" << "" << 5 << 3 << 3 << 0.3 << 2 << 1.0 << 1.0 / 6 << 0 << 0.0
                                    << "H:2 A:1 B:1 C:1 D:1";
    QTest::newRow("hidden actor takes its ties") << "H-A H-B A-B C-D H-C H-D" << "D" << 4 << 4 << 4 << 4.0 / 6 << 1
                                                 << 1.0 << 2.0 / 3 << 1 << 0.25 << "H:3 A:2 B:2 C:1";
    QTest::newRow("minilateral clique") << "H-A-B-C" << "" << 4 << 1 << 6 << 1.0 << 1 << 0.0 << 0.0 << 3 << 0.5
                                        << "H:3 A:3 B:3 C:3";
    QTest::newRow("minilateral and bilateral on one pair") << "H-A-B H-A" << "" << 3 << 2 << 3 << 1.0 << 1 << 0.0 << 0.0
                                                           << 1 << 1.0 / 3 << "H:2 A:2 B:2";
    // Hiding the hub: D drops out (no tie left), A and B stay spokes, C still is not one.
    QTest::newRow("hidden hub") << "H-A H-B H-D A-B B-C A-C" << "H" << 3 << 3 << 3 << 1.0 << 1 << 0.0 << 0.0 << 1
                                << 1.0 / 3 << "A:2 B:2 C:2";
    QTest::newRow("hidden minilateral member") << "H-A-B" << "A" << 2 << 1 << 1 << 1.0 << 1 << 0.0 << 0.0 << 0 << 0.0
                                               << "H:1 B:1";
    QTest::newRow("hidden spoke splits the star") << "H-A A-B A-C" << "A" << 0 << 0 << 0 << 0.0 << 0 << 0.0 << 0.0 << 0
                                                  << 0.0 << "";
    // Left: the path A-H-C-D; H and C broker two pairs each.
    QTest::newRow("hidden path middle") << "H-A A-B B-C H-C C-D" << "B" << 4 << 3 << 3 << 0.5 << 1 << 0.5
                                        << 2.0 / 3 << 0 << 0.0 << "H:2 A:1 C:2 D:1";
    QTest::newRow("empty") << "" << "" << 0 << 0 << 0 << 0.0 << 0 << 0.0 << 0.0 << 0 << 0.0 << "";
}

void tst_NetworkAnalysis::metrics()
{
    QFETCH(QString, spec);
    QFETCH(QString, hidden);
    const Dataset d = makeDataset(spec);
    const NetworkGraph g = buildNetwork(d, takeSnapshot(d, kDate, idSet(hidden)));
    const NetworkMetrics m = analyseNetwork(d, g);

    QTEST(m.actors, "actors");
    QTEST(m.ties, "ties");
    QTEST(m.edges, "edges");
    QFETCH(double, density);
    QCOMPARE(m.density, density);
    QTEST(m.components, "components");
    QFETCH(double, hubShare);
    QCOMPARE(m.hubBetweennessShare, hubShare);
    QFETCH(double, hubBetweenness);
    QCOMPARE(g.hub >= 0 ? m.centrality[g.hub].betweenness : 0.0, hubBetweenness);
    QTEST(m.spokeSpokeEdges, "spokeSpokeEdges");
    QFETCH(double, spokeSpokeShare);
    QCOMPARE(m.spokeSpokeShare, spokeSpokeShare);
    QStringList degrees;
    for (int i = 0; i < g.actors.size(); ++i)
        degrees.append(QStringLiteral("%1:%2").arg(g.actors[i]).arg(m.centrality[i].degree));
    QTEST(degrees.join(u' '), "degrees");

    // The one-call form agrees.
    const NetworkMetrics direct = networkMetrics(d, kDate, idSet(hidden));
    QCOMPARE(direct.edges, m.edges);
    QCOMPARE(direct.hubBetweennessShare, m.hubBetweennessShare);
}

void tst_NetworkAnalysis::cliqueExpansion()
{
    const Dataset d = makeDataset(QStringLiteral("H-A-B-C D-E"));
    const NetworkGraph g = buildNetwork(d, takeSnapshot(d, kDate));
    QCOMPARE(g.ties, 2);
    QCOMPARE(g.actors, QStringList({ "H", "A", "B", "C", "D", "E" }));
    QCOMPARE(edgeList(d, g), QStringLiteral("HA:t1 HB:t1 HC:t1 AB:t1 AC:t1 BC:t1 DE:t2"));
    QCOMPARE(g.hub, 0);
}

void tst_NetworkAnalysis::parallelTiesShareOneEdge()
{
    const Dataset d = makeDataset(QStringLiteral("H-A H-A-B A-B H-A"));
    const NetworkGraph g = buildNetwork(d, takeSnapshot(d, kDate));
    QCOMPARE(edgeList(d, g), QStringLiteral("HA:t1+t2+t4 HB:t2 AB:t2+t3"));
    const NetworkMetrics m = analyseNetwork(d, g);
    QCOMPARE(m.edges, 3);
    QCOMPARE(m.ties, 4);
    QCOMPARE(m.centrality[0].degree, 2);
}

void tst_NetworkAnalysis::onlyInForceTiesAndMemberships()
{
    Dataset d = makeDataset(QStringLiteral("H-A H-B H-C-D A-B"));
    // t2 suspended by a phase, t3 has D suspended, t4 a proposal; t1 ended before the date.
    d.ties[0].toDay = QDate(1990, 1, 1).toJulianDay();
    d.ties[0].members[0].toDay = d.ties[0].members[1].toDay = d.ties[0].toDay;
    StatusPhase phase;
    phase.fromDay = QDate(1995, 1, 1).toJulianDay();
    phase.toDay = QDate(2005, 1, 1).toJulianDay();
    d.ties[1].phases.append(phase);
    d.ties[2].members[2].suspended = true;
    d.ties[3].kind = TieKind::Proposal;
    d.ties[3].status = TieStatus::Proposed;
    d.buildIndex();

    const NetworkGraph g = buildNetwork(d, takeSnapshot(d, kDate));
    QCOMPARE(edgeList(d, g), QStringLiteral("HC:t3"));
    QCOMPARE(g.ties, 1);
    // Later the phase is over and t2 counts again.
    QCOMPARE(edgeList(d, buildNetwork(d, takeSnapshot(d, QDate(2010, 1, 1)))), QStringLiteral("HB:t2 HC:t3"));
}

void tst_NetworkAnalysis::spokesIgnoreToggles()
{
    const Dataset d = makeDataset(QStringLiteral("H-A H-B-C A-D"));
    const NetworkGraph all = buildNetwork(d, takeSnapshot(d, kDate));
    QStringList spokes;
    for (int i : all.spokes)
        spokes.append(all.actors[i]);
    QCOMPARE(spokes, QStringList({ "A", "B", "C" }));

    const NetworkGraph noHub = buildNetwork(d, takeSnapshot(d, kDate, { QStringLiteral("H") }));
    QCOMPARE(noHub.hub, -1);
    spokes.clear();
    for (int i : noHub.spokes)
        spokes.append(noHub.actors[i]);
    QCOMPARE(spokes, QStringList({ "A", "B", "C" }));
    const NetworkMetrics m = analyseNetwork(d, noHub);
    QCOMPARE(m.spokeSpokeEdges, 1); // B-C; A-D is not: D has no tie to H
    QCOMPARE(m.edges, 2);
}

// H is the hub (north-america); A, B Asia-Pacific; C, D Europe. The tie H-A-C (like AUKUS) gives its
// H-A pair to Asia-Pacific, H-C to Euro-Atlantic and A-C (two spokes of different regions) to All only.
void tst_NetworkAnalysis::regionScopeCountsEachPairOnce()
{
    Dataset d = makeDataset(QStringLiteral("H-A H-C A-B C-D H-A-C"));
    const QHash<QString, ActorRegion> regions { { "H", ActorRegion::NorthAmerica }, { "A", ActorRegion::EastAsia },
                                                { "B", ActorRegion::Oceania },      { "C", ActorRegion::Europe },
                                                { "D", ActorRegion::Europe },       { "E", ActorRegion::Other } };
    for (Actor &a : d.actors)
        a.region = regions.value(a.id);
    const Snapshot snapshot = takeSnapshot(d, kDate);
    const RegionScope asia(d, AnalysisRegion::AsiaPacific);
    QVERIFY(asia.containsActor("H"));
    QVERIFY(!asia.containsPair("A", "C"));
    QCOMPARE(edgeList(d, buildNetwork(d, snapshot, asia)), QStringLiteral("HA:t1+t5 AB:t3"));
    QCOMPARE(edgeList(d, buildNetwork(d, snapshot, RegionScope(d, AnalysisRegion::EuroAtlantic))), QStringLiteral("HC:t2+t5 CD:t4"));
    QCOMPARE(edgeList(d, buildNetwork(d, snapshot)), QStringLiteral("HA:t1+t5 HC:t2+t5 AB:t3 AC:t5 CD:t4"));
    const NetworkMetrics m = networkMetrics(d, kDate, {}, asia);
    QCOMPARE(m.region, AnalysisRegion::AsiaPacific);
    QCOMPARE(m.actors, 3);
    QCOMPARE(m.ties, 3); // t1, t3 and the Asia-Pacific leg of t5
    QCOMPARE(RegionScope::fromKeyword(QStringLiteral("euro-atlantic")), std::optional(AnalysisRegion::EuroAtlantic));
    QCOMPARE(RegionScope::fromKeyword(QStringLiteral("europe")), std::nullopt);
    for (AnalysisRegion r : RegionScope::regions())
        QCOMPARE(RegionScope::fromKeyword(RegionScope::keyword(r)), std::optional(r));
}

void tst_NetworkAnalysis::tieEdgeChangesNameTheTiesThatDriveAChange()
{
    const Dataset d = makeDataset(QStringLiteral("H-A H-B A-B-C C-D"));
    const NetworkGraph all = buildNetwork(d, takeSnapshot(d, kDate));
    const NetworkGraph withoutC = buildNetwork(d, takeSnapshot(d, kDate, idSet(QStringLiteral("C"))));
    // Hiding C takes A-C and B-C from t3 and C-D (all of t4); t1 and t2 do not change.
    QCOMPARE(tieEdgeChanges(all, withoutC), QList<TieEdgeChange>({ { 2, 0, 2 }, { 3, 0, 1 } }));
    QCOMPARE(tieEdgeChanges(withoutC, all), QList<TieEdgeChange>({ { 2, 2, 0 }, { 3, 1, 0 } }));
    QVERIFY(tieEdgeChanges(all, all).isEmpty());
}

void tst_NetworkAnalysis::breakdownByKindAndTypology()
{
    Dataset d = makeDataset(QStringLiteral("H-A H-A-B C-D"));
    d.ties[2].kind = TieKind::Dialogue;
    TypologyScheme scheme;
    scheme.id = QStringLiteral("li2024");
    d.typologies.append(scheme);
    d.placements.append({ QStringLiteral("li2024"), QStringLiteral("t2"), QStringLiteral("integrative"), {}, {} });
    d.placements.append({ QStringLiteral("li2024"), QStringLiteral("t1"), QStringLiteral("hub-and-spoke"), {}, {} });
    d.buildIndex();

    const NetworkMetrics m = analyseNetwork(d, buildNetwork(d, takeSnapshot(d, kDate)));
    QCOMPARE(m.edges, 4); // HA (t1+t2), HB, AB, CD
    QCOMPARE(m.edgesByKind.value(TieKind::BilateralAlliance), 1);
    QCOMPARE(m.edgesByKind.value(TieKind::Minilateral), 3);
    QCOMPARE(m.edgesByKind.value(TieKind::Dialogue), 1);
    QCOMPARE(m.edgesByKind.size(), 3);
    const QMap<QString, int> cells = m.edgesByTypology.value(QStringLiteral("li2024"));
    QCOMPARE(cells.value(QStringLiteral("integrative")), 3);
    QCOMPARE(cells.value(QStringLiteral("hub-and-spoke")), 1);
    QCOMPARE(cells.value(QString()), 1); // C-D: unclassified
}

void tst_NetworkAnalysis::seriesDates_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("monthly");
    QTest::addColumn<QString>("expected");

    QTest::newRow("years") << QDate(1945, 6, 3) << QDate(1948, 2, 1) << false << "1945-01-01 1946-01-01 1947-01-01 1948-01-01";
    QTest::newRow("one year") << QDate(2000, 1, 1) << QDate(2000, 12, 31) << false << "2000-01-01";
    QTest::newRow("months") << QDate(1999, 11, 20) << QDate(2000, 2, 1) << true << "1999-11-01 1999-12-01 2000-01-01 2000-02-01";
    QTest::newRow("reversed") << QDate(2001, 1, 1) << QDate(2000, 1, 1) << false << "";
    QTest::newRow("invalid") << QDate() << QDate(2000, 1, 1) << true << "";
}

void tst_NetworkAnalysis::seriesDates()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, monthly);
    QStringList dates;
    for (QDate d : atlas::seriesDates(from, to, monthly ? SeriesStep::Month : SeriesStep::Year))
        dates.append(d.toString(Qt::ISODate));
    QTEST(dates.join(u' '), "expected");
}

void tst_NetworkAnalysis::seriesFollowsTime()
{
    Dataset d = makeDataset(QStringLiteral("H-A H-B A-B"));
    d.ties[2] = makeTie(QStringLiteral("t3"), TieKind::Partnership, { QStringLiteral("A"), QStringLiteral("B") }, QDate(2001, 6, 1));
    d.buildIndex();
    const QList<NetworkMetrics> series = metricsSeries(d, QDate(2000, 1, 1), QDate(2002, 1, 1), SeriesStep::Year, {});
    QCOMPARE(series.size(), 3);
    QCOMPARE(series[0].date, QDate(2000, 1, 1));
    QCOMPARE(series[1].spokeSpokeEdges, 0);
    QCOMPARE(series[1].hubBetweennessShare, 1.0);
    QCOMPARE(series[2].spokeSpokeEdges, 1);
    QCOMPARE(series[2].hubBetweennessShare, 0.0);
    const QList<NetworkMetrics> hidden = metricsSeries(d, QDate(2000, 1, 1), QDate(2002, 1, 1), SeriesStep::Year, { QStringLiteral("H") });
    QCOMPARE(hidden[0].edges, 0);
    QCOMPARE(hidden[2].edges, 1);
    QCOMPARE(hidden[2].spokeSpokeShare, 1.0);
}

void tst_NetworkAnalysis::changeDates()
{
    Dataset d = makeDataset(QStringLiteral("H-A H-B A-B"));
    d.ties[1] = makeTie(QStringLiteral("t2"), TieKind::BilateralAlliance, { QStringLiteral("H"), QStringLiteral("B") },
                        QDate(1960, 3, 1), QDate(1970, 6, 30));
    d.ties[2].members[1].fromDay = QDate(1965, 1, 1).toJulianDay(); // B joins t3 later
    StatusPhase phase;
    phase.fromDay = QDate(1980, 1, 1).toJulianDay();
    phase.toDay = QDate(1980, 12, 31).toJulianDay();
    d.ties[0].phases.append(phase);
    d.buildIndex();

    QStringList dates;
    for (QDate date : atlas::changeDates(d, QDate(1955, 1, 1), QDate(1990, 1, 1)))
        dates.append(date.toString(Qt::ISODate));
    QCOMPARE(dates.join(u' '), QStringLiteral("1955-01-01 1960-03-01 1965-01-01 1970-07-01 1980-01-01 1981-01-01"));
    // Between two change dates the metrics stay as they were on the first.
    QCOMPARE(networkMetrics(d, QDate(1962, 1, 1)).edges, networkMetrics(d, QDate(1960, 3, 1)).edges);
    QVERIFY(networkMetrics(d, QDate(1960, 2, 29)).edges != networkMetrics(d, QDate(1960, 3, 1)).edges);
    QVERIFY(atlas::changeDates(d, QDate(1990, 1, 1), QDate(1980, 1, 1)).isEmpty());
}

void tst_NetworkAnalysis::seriesReusesOnlyBetweenChangeDates()
{
    // metricsSeries() computes once per change-date interval and copies the result to the other
    // dates in it: every sample must still equal the metrics computed on its own date, in any order.
    Dataset d = makeDataset(QStringLiteral("H-A H-B A-B B-C-D H-E"));
    d.ties[1] = makeTie(QStringLiteral("t2"), TieKind::BilateralAlliance, { QStringLiteral("H"), QStringLiteral("B") },
                        QDate(1960, 3, 1), QDate(1970, 6, 30));
    d.ties[2].members[1].fromDay = QDate(1965, 1, 15).toJulianDay();
    d.ties[3].members[2].toDay = QDate(1975, 5, 31).toJulianDay();
    StatusPhase phase;
    phase.fromDay = QDate(1980, 1, 1).toJulianDay();
    phase.toDay = QDate(1980, 12, 31).toJulianDay();
    d.ties[0].phases.append(phase);
    d.buildIndex();
    QList<QDate> dates = atlas::seriesDates(QDate(1955, 1, 1), QDate(1990, 1, 1), SeriesStep::Month);
    std::reverse(dates.begin(), dates.end());
    dates.append(QDate(1965, 1, 14));
    dates.append(QDate(1965, 1, 15));
    const QSet<QString> hidden { QStringLiteral("C") };
    const QList<NetworkMetrics> series = metricsSeries(d, dates, hidden);
    QCOMPARE(series.size(), dates.size());
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const NetworkMetrics expected = networkMetrics(d, dates[i], hidden);
        const NetworkMetrics &m = series[i];
        QCOMPARE(m.date, dates[i]);
        QCOMPARE(m.actors, expected.actors);
        QCOMPARE(m.ties, expected.ties);
        QCOMPARE(m.edges, expected.edges);
        QCOMPARE(m.density, expected.density);
        QCOMPARE(m.components, expected.components);
        QCOMPARE(m.hubBetweennessShare, expected.hubBetweennessShare);
        QCOMPARE(m.spokeSpokeEdges, expected.spokeSpokeEdges);
        QCOMPARE(m.edgesByKind, expected.edgesByKind);
        QCOMPARE(m.edgesByTypology, expected.edgesByTypology);
        QCOMPARE(m.centrality.size(), expected.centrality.size());
        for (qsizetype v = 0; v < m.centrality.size(); ++v) {
            QCOMPARE(m.centrality[v].actor, expected.centrality[v].actor);
            QCOMPARE(m.centrality[v].degree, expected.centrality[v].degree);
            QCOMPARE(m.centrality[v].rawBetweenness, expected.centrality[v].rawBetweenness);
        }
    }
    QVERIFY(series.constFirst().edges != series[dates.size() - 2].edges); // the dates do see changes
}

namespace {

/// The rows of the series tests: a dataset ("built-in" or "generated") and the actors hidden.
void seriesRows()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("hidden");
    QTest::newRow("built-in") << "built-in" << "";
    QTest::newRow("built-in, hub hidden") << "built-in" << "USA";
    QTest::newRow("generated") << "generated" << "";
    QTest::newRow("generated, two hidden") << "generated" << "A3,A7";
}

Dataset seriesDataset(const QString &source)
{
    if (source != u"built-in")
        return generatedDataset();
    LoadResult loaded = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    return loaded.dataset ? std::move(*loaded.dataset) : Dataset();
}

} // namespace

void tst_NetworkAnalysis::seriesEqualsDateByDate_data()
{
    seriesRows();
}

void tst_NetworkAnalysis::seriesEqualsDateByDate()
{
    // metricsSeries() shares results between change dates and keeps the betweenness of a graph whose
    // nodes and edges did not change; each monthly sample must still be exactly (to the last bit)
    // what networkMetrics() computes on its own for that date.
    QFETCH(QString, source);
    QFETCH(QString, hidden);
    const Dataset d = seriesDataset(source);
    QVERIFY(!d.ties.isEmpty());
    const QSet<QString> hide = idSet(hidden);
    const QList<QDate> dates = atlas::seriesDates(QDate(1945, 1, 1), QDate(2026, 12, 1), SeriesStep::Month);
    const QList<NetworkMetrics> series = metricsSeries(d, dates, hide);
    QCOMPARE(series.size(), dates.size());
    int changes = 0;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const NetworkMetrics expected = networkMetrics(d, dates[i], hide);
        const QString diff = difference(series[i], expected);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        if (i > 0 && series[i].edges != series[i - 1].edges)
            ++changes;
    }
    QVERIFY2(changes > 20, qPrintable(QString::number(changes))); // the series does change
}

void tst_NetworkAnalysis::seriesInParallelEqualsSerial_data()
{
    seriesRows();
}

void tst_NetworkAnalysis::seriesInParallelEqualsSerial()
{
    // metricsSeries() spreads the graphs and their betweenness over threads: the series must be the
    // serial one to the last bit, on any number of threads.
    QFETCH(QString, source);
    QFETCH(QString, hidden);
    const Dataset d = seriesDataset(source);
    QVERIFY(!d.ties.isEmpty());
    const QSet<QString> hide = idSet(hidden);
    const QList<QDate> dates = atlas::seriesDates(QDate(1945, 1, 1), QDate(2026, 12, 1), SeriesStep::Month);
    const QList<NetworkMetrics> serial = metricsSeries(d, dates, hide, {}, 1);
    QCOMPARE(serial.size(), dates.size());
    for (int threads : { 2, 3 }) {
        const QList<NetworkMetrics> parallel = metricsSeries(d, dates, hide, {}, threads);
        QCOMPARE(parallel.size(), serial.size());
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const QString diff = difference(parallel[i], serial[i]);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 threads: %2").arg(threads).arg(diff)));
        }
    }
}

void tst_NetworkAnalysis::manyActorsBuildTheSameGraph()
{
    // buildNetwork() finds a pair's edge in a table of all pairs when the dataset has up to 1,024
    // actors and in a hash beyond: the graph (node and edge order, each edge's ties) and the metrics
    // must not depend on which, nor on actors that no tie names.
    const Dataset few = generatedDataset();
    const Dataset many = generatedDataset(1100);
    QCOMPARE(many.actors.size(), 1140);
    int edges = 0;
    for (const QDate date : atlas::seriesDates(QDate(1945, 1, 1), QDate(2026, 1, 1), SeriesStep::Year)) {
        const NetworkGraph a = buildNetwork(few, takeSnapshot(few, date));
        const NetworkGraph b = buildNetwork(many, takeSnapshot(many, date));
        QCOMPARE(b.actors, a.actors);
        QCOMPARE(edgeList(many, b), edgeList(few, a));
        QCOMPARE(b.tieSize, a.tieSize);
        QCOMPARE(b.spokes, a.spokes);
        const QString diff = difference(analyseNetwork(many, b), analyseNetwork(few, a));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        edges += int(a.edges.size());
    }
    QVERIFY(edges > 1000);
}

QTEST_GUILESS_MAIN(tst_NetworkAnalysis)
#include "tst_networkanalysis.moc"
