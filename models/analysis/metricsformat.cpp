// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/metricsformat.h"

#include "models/domain/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace atlas {

namespace {
double rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}
} // namespace

QString MetricsFormat::stepName(SeriesStep step)
{
    return step == SeriesStep::Month ? QStringLiteral("month") : QStringLiteral("year");
}

QString MetricsFormat::csv(const QList<NetworkMetrics> &series)
{
    QString text = QStringLiteral("date,region,actors,ties,edges,density,components,hub_betweenness_share,spoke_spoke_edges,spoke_spoke_share\n");
    for (const NetworkMetrics &m : series)
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                    .arg(m.date.toString(Qt::ISODate), RegionScope::keyword(m.region))
                    .arg(m.actors)
                    .arg(m.ties)
                    .arg(m.edges)
                    .arg(m.density, 0, 'f', 4)
                    .arg(m.components)
                    .arg(m.hubBetweennessShare, 0, 'f', 4)
                    .arg(m.spokeSpokeEdges)
                    .arg(m.spokeSpokeShare, 0, 'f', 4);
    return text;
}

QString MetricsFormat::json(const QList<NetworkMetrics> &series, const QString &hub, SeriesStep step, const QSet<QString> &hidden,
                           AnalysisRegion region)
{
    QJsonArray rows;
    for (const NetworkMetrics &m : series) {
        QJsonObject byKind;
        for (auto it = m.edgesByKind.cbegin(); it != m.edgesByKind.cend(); ++it)
            byKind.insert(Vocabulary::keyword(it.key()), it.value());
        QJsonObject byTypology;
        for (auto scheme = m.edgesByTypology.cbegin(); scheme != m.edgesByTypology.cend(); ++scheme) {
            QJsonObject cells;
            for (auto cell = scheme->cbegin(); cell != scheme->cend(); ++cell)
                cells.insert(cell.key().isEmpty() ? QStringLiteral("unclassified") : cell.key(), cell.value());
            byTypology.insert(scheme.key(), cells);
        }
        QJsonArray centrality;
        for (const ActorCentrality &c : m.centrality)
            centrality.append(QJsonObject { { QStringLiteral("actor"), c.actor },
                                            { QStringLiteral("degree"), c.degree },
                                            { QStringLiteral("betweenness"), rounded(c.betweenness) } });
        rows.append(QJsonObject {
            { QStringLiteral("date"), m.date.toString(Qt::ISODate) },
            { QStringLiteral("region"), RegionScope::keyword(m.region) },
            { QStringLiteral("actors"), m.actors },
            { QStringLiteral("ties"), m.ties },
            { QStringLiteral("edges"), m.edges },
            { QStringLiteral("density"), rounded(m.density) },
            { QStringLiteral("components"), m.components },
            { QStringLiteral("hub_betweenness_share"), rounded(m.hubBetweennessShare) },
            { QStringLiteral("spoke_spoke_edges"), m.spokeSpokeEdges },
            { QStringLiteral("spoke_spoke_share"), rounded(m.spokeSpokeShare) },
            { QStringLiteral("edges_by_kind"), byKind },
            { QStringLiteral("edges_by_typology"), byTypology },
            { QStringLiteral("centrality"), centrality },
        });
    }
    QStringList hiddenList(hidden.cbegin(), hidden.cend());
    hiddenList.sort();
    const QJsonObject root { { QStringLiteral("hub"), hub },
                             { QStringLiteral("step"), stepName(step) },
                             { QStringLiteral("region"), RegionScope::keyword(region) },
                             { QStringLiteral("hidden"), QJsonArray::fromStringList(hiddenList) },
                             { QStringLiteral("series"), rows } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace atlas
