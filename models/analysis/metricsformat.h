// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/networkanalysis.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace atlas {

/// The machine forms of a network-metrics series (what `alliance-atlas metrics` prints): CSV for
/// spreadsheets and JSON with the per-kind, per-typology and per-actor breakdowns.
class MetricsFormat
{
public:
    /// A header line and one line per sample: date, region (RegionScope::keyword()), actors, ties, edges, density, components,
    /// hub_betweenness_share, spoke_spoke_edges, spoke_spoke_share; shares and density with four
    /// decimals; every line ends in a newline.
    static QString csv(const QList<NetworkMetrics> &series);
    /// `{ hub, step, region, hidden: [sorted], series: [{ date, region, actors, ties, edges, density, components,
    /// hub_betweenness_share, spoke_spoke_edges, spoke_spoke_share, edges_by_kind,
    /// edges_by_typology (cell "" as "unclassified"), centrality: [{actor, degree, betweenness}] }] }`,
    /// indented; real numbers rounded to six decimals so the output is stable across platforms.
    static QString json(const QList<NetworkMetrics> &series, const QString &hub, SeriesStep step, const QSet<QString> &hidden,
                        AnalysisRegion region = AnalysisRegion::All);
    /// One sample's scalar measures in CSV column order (after the date), each with the decimals it
    /// is printed with: actors, ties, edges, density, components, hub_betweenness_share,
    /// spoke_spoke_edges, spoke_spoke_share.
    struct Field
    {
        QString name;
        double value = 0;
        int decimals = 0;
    };
    static QList<Field> fields(const NetworkMetrics &sample);
    /// One sample of json()'s series: the fields, edges_by_kind, edges_by_typology and centrality.
    static QJsonObject sampleJson(const NetworkMetrics &sample);
    /// "year" or "month".
    static QString stepName(SeriesStep step);
};

} // namespace atlas
