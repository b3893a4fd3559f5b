// SPDX-License-Identifier: GPL-3.0-or-later
// MetricsFormat: CSV decimals and header, JSON rounding, breakdowns and the "unclassified" cell.
#include "models/analysis/metricsformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atlas;

namespace {
NetworkMetrics sample()
{
    NetworkMetrics m;
    m.date = QDate(1960, 1, 1);
    m.actors = 4;
    m.ties = 3;
    m.edges = 3;
    m.density = 0.5;
    m.components = 1;
    m.hubBetweennessShare = 2.0 / 3.0;
    m.spokeSpokeEdges = 1;
    m.spokeSpokeShare = 1.0 / 3.0;
    m.centrality = { { QStringLiteral("USA"), 3, 1.0 / 3.0 } };
    m.edgesByKind = { { TieKind::BilateralAlliance, 2 } };
    m.edgesByTypology = { { QStringLiteral("li2024"), { { QString(), 2 }, { QStringLiteral("integrative"), 1 } } } };
    return m;
}
} // namespace

class tst_MetricsFormat : public QObject
{
    Q_OBJECT

private slots:
    void csvRows();
    void jsonRoundedWithBreakdowns();
};

void tst_MetricsFormat::csvRows()
{
    QCOMPARE(MetricsFormat::csv({ sample() }),
             QStringLiteral("date,region,actors,ties,edges,density,components,hub_betweenness_share,spoke_spoke_edges,spoke_spoke_share\n"
                            "1960-01-01,all,4,3,3,0.5000,1,0.6667,1,0.3333\n"));
    NetworkMetrics asia = sample();
    asia.region = AnalysisRegion::AsiaPacific;
    QVERIFY(MetricsFormat::csv({ asia }).contains(QStringLiteral("\n1960-01-01,asia-pacific,4,")));
    QCOMPARE(MetricsFormat::csv({}).count(u'\n'), 1); // the header alone
}

void tst_MetricsFormat::jsonRoundedWithBreakdowns()
{
    NetworkMetrics m = sample();
    m.region = AnalysisRegion::EuroAtlantic;
    const QString text = MetricsFormat::json({ m }, QStringLiteral("USA"), SeriesStep::Month, { QStringLiteral("NZL"), QStringLiteral("AUS") },
                                             AnalysisRegion::EuroAtlantic);
    const QJsonObject root = QJsonDocument::fromJson(text.toUtf8()).object();
    QCOMPARE(root.value("hub").toString(), QStringLiteral("USA"));
    QCOMPARE(root.value("step").toString(), QStringLiteral("month"));
    QCOMPARE(root.value("region").toString(), QStringLiteral("euro-atlantic"));
    QCOMPARE(root.value("hidden").toArray(), QJsonArray({ "AUS", "NZL" }));
    const QJsonObject row = root.value("series").toArray().at(0).toObject();
    QCOMPARE(row.value("date").toString(), QStringLiteral("1960-01-01"));
    QCOMPARE(row.value("region").toString(), QStringLiteral("euro-atlantic"));
    QCOMPARE(row.value("hub_betweenness_share").toDouble(), 0.666667);
    QCOMPARE(row.value("edges_by_kind").toObject().value("bilateral-alliance").toInt(), 2);
    const QJsonObject li = row.value("edges_by_typology").toObject().value("li2024").toObject();
    QCOMPARE(li.value("unclassified").toInt(), 2);
    QCOMPARE(li.value("integrative").toInt(), 1);
    const QJsonObject usa = row.value("centrality").toArray().at(0).toObject();
    QCOMPARE(usa.value("betweenness").toDouble(), 0.333333);
    QVERIFY(text.contains(QStringLiteral("\"betweenness\": 0.333333")));
    QCOMPARE(MetricsFormat::stepName(SeriesStep::Year), QStringLiteral("year"));
}

QTEST_GUILESS_MAIN(tst_MetricsFormat)
#include "tst_metricsformat.moc"
