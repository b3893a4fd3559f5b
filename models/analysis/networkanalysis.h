// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"
#include "models/query/regionscope.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace atlas {

class Dataset;
struct Snapshot;

/// One pair of actors tied at a date, with every in-force tie that links them. Several ties between
/// the same pair (a treaty, a dialogue and a minilateral) share one edge: metrics count distinct pairs.
struct NetworkEdge
{
    int a = -1;       //!< index into NetworkGraph::actors; a < b
    int b = -1;       //!< index into NetworkGraph::actors
    QList<int> ties;  //!< indices into Dataset::ties, in dataset order (never empty)
};

/// The tie network of one snapshot in one RegionScope. Nodes are the visible actors of the scope with
/// an in-force membership of at least one in-force tie; a tie with k such members contributes the
/// k(k-1)/2 pairs of a clique (a bilateral tie one edge) less its pairs that are not in force
/// (TieState::inForcePairs()). Suspended and proposed ties, suspended memberships and suspended
/// pairs are left out.
struct NetworkGraph
{
    QDate date;
    AnalysisRegion region = AnalysisRegion::All; //!< the RegionScope the graph was built in
    QStringList actors;      //!< actor ids in dataset order
    QList<NetworkEdge> edges; //!< sorted by (a, b)
    int hub = -1;            //!< index of Dataset::hub in actors; -1 when it is hidden or has no tie
    int ties = 0;            //!< ties that contribute edges
    /// Actors tied to the hub at the date before the toggles are applied (the hub's allies and
    /// partners), as indices into actors; an edge between two of them is spoke-to-spoke.
    QList<int> spokes;
    /// Visible in-force members at the date of each tie that contributes edges (tie index -> count).
    QHash<int, int> tieSize;

    int indexOf(const QString &actor) const { return static_cast<int>(actors.indexOf(actor)); }
    bool isSpoke(int actor) const { return spokes.contains(actor); }
    /// Whether the edge links two spokes (and so not the hub).
    bool isSpokeSpoke(const NetworkEdge &edge) const { return isSpoke(edge.a) && isSpoke(edge.b); }
    /// How strongly the edge binds its pair, for drawing and layout (not for the metrics): 1 for a
    /// bilateral tie, 1/(k-1) for a tie of k members, so that each member of a large alliance is held
    /// by the alliance as a whole about as much as by one bilateral tie; the strongest of its ties.
    double weight(const NetworkEdge &edge) const
    {
        double w = 0;
        for (int tie : edge.ties)
            w = std::max(w, 1.0 / std::max(1, tieSize.value(tie, 2) - 1));
        return w;
    }
};

/// Centrality of one actor of a NetworkGraph.
struct ActorCentrality
{
    QString actor;
    int degree = 0;              //!< distinct neighbours
    double betweenness = 0;      //!< Brandes, normalised by (n-1)(n-2)/2: 1 for the centre of a star
    double rawBetweenness = 0;   //!< shortest paths through the actor, not normalised
};

/// The measures of one NetworkGraph. Shares are in [0, 1]; a share of an empty total is 0.
struct NetworkMetrics
{
    QDate date;
    AnalysisRegion region = AnalysisRegion::All;
    int actors = 0;
    int ties = 0;
    int edges = 0;                  //!< distinct actor pairs
    double density = 0;             //!< edges / (actors (actors-1) / 2)
    int components = 0;             //!< connected components (every node has an edge)
    double hubBetweennessShare = 0; //!< the hub's raw betweenness over the sum of all actors'
    int spokeSpokeEdges = 0;        //!< edges between two spokes (see NetworkGraph::spokes)
    double spokeSpokeShare = 0;     //!< spokeSpokeEdges / edges
    QList<ActorCentrality> centrality;  //!< per actor, parallel to NetworkGraph::actors
    QMap<TieKind, int> edgesByKind;     //!< edges carrying at least one tie of the kind
    /// scheme id -> cell id -> edges carrying at least one tie placed in the cell; the empty cell id
    /// counts edges with no tie that the scheme classifies.
    QMap<QString, QMap<QString, int>> edgesByTypology;
};

/// What one tie adds to or takes from the network between two graphs: the ties that drive a change.
struct TieEdgeChange
{
    int tie = -1;    //!< index into Dataset::ties
    int added = 0;   //!< pairs the tie links in the later graph and not in the earlier
    int removed = 0; //!< pairs it links in the earlier graph and not in the later
    friend bool operator==(const TieEdgeChange &, const TieEdgeChange &) = default;
};

enum class SeriesStep { Year, Month };

/// Builds the network of \a snapshot (taken from \a dataset), restricted to the pairs of \a scope.
NetworkGraph buildNetwork(const Dataset &dataset, const Snapshot &snapshot, const RegionScope &scope = {});

/// Degree and betweenness per actor, density, components, the hub's share of betweenness,
/// spoke-to-spoke edges and the per-kind / per-typology breakdown of \a graph's edges.
NetworkMetrics analyseNetwork(const Dataset &dataset, const NetworkGraph &graph);

/// buildNetwork() and analyseNetwork() of the snapshot at \a date with \a hidden actors toggled off.
NetworkMetrics networkMetrics(const Dataset &dataset, QDate date, const QSet<QString> &hidden = {}, const RegionScope &scope = {});

/// The ties whose pairs differ between \a before and \a after (graphs of one dataset), in dataset
/// order: a tie that starts, ends, gains or loses a member or a leg.
QList<TieEdgeChange> tieEdgeChanges(const NetworkGraph &before, const NetworkGraph &after);

/// The sample dates of a series: 1 January of each year, or the first of each month, from the period
/// of \a from to the period of \a to inclusive.
QList<QDate> seriesDates(QDate from, QDate to, SeriesStep step);

/// The dates in [\a from, \a to] on which the network can change (a tie, membership or status phase
/// starts, or the day after one ends), with \a from first: the metrics are constant from one of them
/// to the day before the next. Sorted, without duplicates.
QList<QDate> changeDates(const Dataset &dataset, QDate from, QDate to);

/// networkMetrics() at every seriesDates() date.
QList<NetworkMetrics> metricsSeries(const Dataset &dataset, QDate from, QDate to, SeriesStep step,
                                    const QSet<QString> &hidden = {}, const RegionScope &scope = {}, int threads = 0);

/// networkMetrics() at each of \a dates (in any order; the result follows it). Computed once per
/// interval between two changeDates() and copied, with its own date, to the other dates in it; the
/// betweenness once per run of dates whose graphs have the same nodes and edges. The work is spread
/// over \a threads threads (0: one per core; 1: all on the calling thread): the result is the same,
/// to the last bit, whatever their number.
QList<NetworkMetrics> metricsSeries(const Dataset &dataset, const QList<QDate> &dates,
                                    const QSet<QString> &hidden = {}, const RegionScope &scope = {}, int threads = 0);

} // namespace atlas
