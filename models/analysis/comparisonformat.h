// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/networkanalysis.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace atlas {

class Dataset;
struct DateComparison;

/// The machine and terminal forms of a DateComparison (what `alliance-atlas diff` prints), with the
/// network metrics at both dates in the form of `alliance-atlas metrics` (MetricsFormat).
class ComparisonFormat
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonFormat)

public:
    /// DateComparison::toJson() with `"hidden": [sorted ISO3]` and `"metrics": {"from": {...},
    /// "to": {...}}` (MetricsFormat::sampleJson()), indented, ending in a newline.
    static QString json(const Dataset &dataset, const DateComparison &comparison, const NetworkMetrics &from,
                        const NetworkMetrics &to, const QSet<QString> &hidden);
    /// A title line with the counts, a table CHANGE ID DATE DETAIL (added, ended, changed,
    /// proposed-from, proposed-to; dates of the tie's start or end; English names, members joined and
    /// left, status changes "in-force -> suspended") and a table METRIC FROM TO CHANGE; every line ends in a newline.
    static QString table(const Dataset &dataset, const DateComparison &comparison, const NetworkMetrics &from,
                         const NetworkMetrics &to);
};

} // namespace atlas
