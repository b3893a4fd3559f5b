// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace atlas {

class Dataset;

/// The regions an analysis can be scoped to (`--region`, the network view, the metrics panel).
enum class AnalysisRegion { All, AsiaPacific, EuroAtlantic };

/**
 * Which actors and which actor pairs a region's analysis counts (resources/dataset/FORMAT.md,
 * "Regions"). The region's network is the subgraph induced by the region's actors plus the hub:
 * - Asia-Pacific: actors of region east-asia, southeast-asia, south-asia or oceania, and the hub;
 * - Euro-Atlantic: actors of region europe or north-america, and the hub;
 * - All: every actor.
 * A pair counts in a region when both its actors are in it. Since the hub is the only actor in two
 * regions, a pair (and so each leg of a cross-regional tie such as AUKUS) counts in one region at
 * most: the hub's pair with a spoke in the spoke's region, a pair of two spokes of different regions
 * (the UK and Australia in AUKUS) in All only. A tie counts when at least one of its pairs does.
 */
class RegionScope
{
    Q_DECLARE_TR_FUNCTIONS(RegionScope)

public:
    /// All: every actor and pair.
    RegionScope() = default;
    RegionScope(const Dataset &dataset, AnalysisRegion region);

    AnalysisRegion region() const { return mRegion; }
    bool isAll() const { return mRegion == AnalysisRegion::All; }
    bool containsActor(const QString &actor) const { return isAll() || mActors.contains(actor); }
    bool containsPair(const QString &a, const QString &b) const { return containsActor(a) && containsActor(b); }
    /// The actors of \a members in the scope, in their order.
    QStringList actorsIn(const QStringList &members) const;

    /// Every region, All first.
    static QList<AnalysisRegion> regions();
    /// `all`, `asia-pacific`, `euro-atlantic`.
    static QString keyword(AnalysisRegion region);
    static std::optional<AnalysisRegion> fromKeyword(const QString &keyword);
    /// "All regions", "Asia-Pacific", "Euro-Atlantic" (translated).
    static QString label(AnalysisRegion region);

private:
    AnalysisRegion mRegion = AnalysisRegion::All;
    QSet<QString> mActors; //!< the region's actors and the hub (unused for All)
};

} // namespace atlas
