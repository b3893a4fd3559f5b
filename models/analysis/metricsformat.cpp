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

QList<MetricsFormat::Field> MetricsFormat::fields(const NetworkMetrics &m)
{
    return { { QStringLiteral("actors"), double(m.actors), 0 },
             { QStringLiteral("ties"), double(m.ties), 0 },
             { QStringLiteral("edges"), double(m.edges), 0 },
             { QStringLiteral("density"), m.density, 4 },
             { QStringLiteral("components"), double(m.components), 0 },
             { QStringLiteral("hub_betweenness_share"), m.hubBetweennessShare, 4 },
             { QStringLiteral("spoke_spoke_edges"), double(m.spokeSpokeEdges), 0 },
             { QStringLiteral("spoke_spoke_share"), m.spokeSpokeShare, 4 } };
}

QString MetricsFormat::csv(const QList<NetworkMetrics> &series)
{
    QStringList header { QStringLiteral("date"), QStringLiteral("region") };
    for (const Field &field : fields(NetworkMetrics()))
        header.append(field.name);
    QString text = header.join(u',') + u'\n';
    for (const NetworkMetrics &m : series) {
        QStringList row { m.date.toString(Qt::ISODate), RegionScope::keyword(m.region) };
        for (const Field &field : fields(m))
            row.append(QString::number(field.value, 'f', field.decimals));
        text += row.join(u',') + u'\n';
    }
    return text;
}

QJsonObject MetricsFormat::sampleJson(const NetworkMetrics &m)
{
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
    QJsonObject sample { { QStringLiteral("date"), m.date.toString(Qt::ISODate) }, { QStringLiteral("region"), RegionScope::keyword(m.region) } };
    for (const Field &field : fields(m))
        sample.insert(field.name, field.decimals == 0 ? QJsonValue(int(field.value)) : QJsonValue(rounded(field.value)));
    sample.insert(QStringLiteral("edges_by_kind"), byKind);
    sample.insert(QStringLiteral("edges_by_typology"), byTypology);
    sample.insert(QStringLiteral("centrality"), centrality);
    return sample;
}

QString MetricsFormat::json(const QList<NetworkMetrics> &series, const QString &hub, SeriesStep step, const QSet<QString> &hidden,
                           AnalysisRegion region)
{
    QJsonArray rows;
    for (const NetworkMetrics &m : series)
        rows.append(sampleJson(m));
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
