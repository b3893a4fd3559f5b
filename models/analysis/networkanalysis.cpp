// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/networkanalysis.h"

#include "models/analysis/betweenness.h"
#include "models/concurrency/parallelfor.h"
#include "models/domain/dataset.h"
#include "models/query/snapshot.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

namespace atlas {

namespace {

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

/// Actors sharing an in-force tie (an in-force pair of it) with \a hub on \a day, the toggles ignored: who counts as a spoke
/// does not change when an actor is switched off. \a unhidden, when given, is the snapshot of the day with nothing hidden.
QSet<QString> hubPartners(const Dataset &dataset, const QString &hub, qint64 day, const Snapshot *unhidden)
{
    QSet<QString> partners;
    if (hub.isEmpty())
        return partners;
    auto add = [&](const TieState &state) {
        if (state.status != TieStatus::InForce || !state.members.contains(hub))
            return;
        for (const QString &actor : state.members)
            if (actor != hub && (state.pairs.isEmpty() || state.pairInForce(hub, actor)))
                partners.insert(actor);
    };
    if (unhidden) {
        for (const TieState &state : unhidden->ties)
            add(state);
        return partners;
    }
    for (const Tie &tie : dataset.ties)
        if (const std::optional<TieState> state = tieStateAt(tie, day))
            add(*state);
    return partners;
}

/// The typology schemes and every tie's placements as small integers, built once per series: the
/// per-edge breakdown then counts into arrays instead of string maps.
struct PlacementIndex
{
    QStringList schemes;
    QList<QStringList> cells;                          //!< per scheme: its placed cell ids
    QHash<int, QList<std::pair<int, int>>> placements; //!< tie -> (scheme, cell) indices
};

PlacementIndex placementIndex(const Dataset &dataset)
{
    PlacementIndex index;
    for (const TypologyScheme &scheme : dataset.typologies) {
        index.schemes.append(scheme.id);
        index.cells.append(QStringList());
    }
    for (const Placement &p : dataset.placements) {
        const int tie = dataset.tieIndex(p.tie);
        const auto scheme = index.schemes.indexOf(p.scheme);
        if (tie < 0 || scheme < 0)
            continue;
        QStringList &cells = index.cells[scheme];
        auto cell = cells.indexOf(p.cell);
        if (cell < 0) {
            cell = cells.size();
            cells.append(p.cell);
        }
        index.placements[tie].append({ int(scheme), int(cell) });
    }
    return index;
}

/// Connected components of the graph of \a n nodes and \a edges (every node counts, tied or not).
int componentCount(int n, const std::vector<std::pair<int, int>> &edges)
{
    std::vector<int> parent(static_cast<std::size_t>(n));
    for (int v = 0; v < n; ++v)
        parent[std::size_t(v)] = v;
    const auto root = [&](int v) {
        while (parent[std::size_t(v)] != v)
            v = parent[std::size_t(v)] = parent[std::size_t(parent[std::size_t(v)])];
        return v;
    };
    int components = n;
    for (const auto &[a, b] : edges) {
        const int x = root(a);
        const int y = root(b);
        if (x != y) {
            parent[std::size_t(x)] = y;
            --components;
        }
    }
    return components;
}

/// The part of the measures that depends on the nodes and edges alone (not on which ties make an
/// edge): shared by the dates of a series whose graphs have the same nodes and edges, as most change
/// dates of a large dataset only add or end a tie between actors already tied, or change a member the
/// scope leaves out.
struct Structure
{
    int components = 0;
    std::vector<double> betweenness; //!< raw, per node
};

Structure structureOf(const NetworkGraph &graph)
{
    const int n = static_cast<int>(graph.actors.size());
    std::vector<std::pair<int, int>> edges;
    edges.reserve(graph.edges.size());
    for (const NetworkEdge &e : graph.edges)
        edges.emplace_back(e.a, e.b);
    return { componentCount(n, edges), brandesBetweenness(n, edges) };
}

/// Whether \a x and \a y have the same nodes and edges, and so the same Structure.
bool sameStructure(const NetworkGraph &x, const NetworkGraph &y)
{
    if (x.edges.size() != y.edges.size() || x.actors != y.actors)
        return false;
    for (qsizetype i = 0; i < x.edges.size(); ++i)
        if (x.edges[i].a != y.edges[i].a || x.edges[i].b != y.edges[i].b)
            return false;
    return true;
}

/// The measures of \a graph, whose structureOf() is \a structure.
NetworkMetrics analyse(const Dataset &dataset, const NetworkGraph &graph, const PlacementIndex &placements, const Structure &structure)
{
    NetworkMetrics m;
    m.date = graph.date;
    m.region = graph.region;
    m.actors = static_cast<int>(graph.actors.size());
    m.ties = graph.ties;
    m.edges = static_cast<int>(graph.edges.size());
    const int n = m.actors;
    m.centrality.resize(n);
    for (int v = 0; v < n; ++v)
        m.centrality[v].actor = graph.actors[v];
    if (n >= 2)
        m.density = m.edges / (n * (n - 1) / 2.0);

    std::vector<bool> spoke(static_cast<std::size_t>(n), false); // NetworkGraph::isSpoke(), without the search
    for (int i : graph.spokes)
        spoke[std::size_t(i)] = true;
    for (const NetworkEdge &e : graph.edges) {
        ++m.centrality[e.a].degree;
        ++m.centrality[e.b].degree;
        if (spoke[std::size_t(e.a)] && spoke[std::size_t(e.b)])
            ++m.spokeSpokeEdges;
    }
    if (m.edges > 0)
        m.spokeSpokeShare = double(m.spokeSpokeEdges) / m.edges;

    if (n > 0) {
        m.components = structure.components;
        const std::vector<double> &betweenness = structure.betweenness;
        const double pairs = (n - 1) * (n - 2) / 2.0;
        double total = 0;
        for (int v = 0; v < n; ++v) {
            m.centrality[v].rawBetweenness = betweenness[std::size_t(v)];
            m.centrality[v].betweenness = pairs > 0 ? betweenness[std::size_t(v)] / pairs : 0.0;
            total += betweenness[std::size_t(v)];
        }
        if (graph.hub >= 0 && total > 0)
            m.hubBetweennessShare = betweenness[std::size_t(graph.hub)] / total;
    }

    // counts[scheme][0]: edges the scheme does not classify; counts[scheme][1 + cell]: edges in the cell.
    QList<QList<int>> counts;
    for (const QStringList &cells : placements.cells)
        counts.append(QList<int>(cells.size() + 1, 0));
    std::array<int, 32> kindCounts {};
    for (const NetworkEdge &e : graph.edges) {
        quint32 kinds = 0; // bit per TieKind
        QList<std::pair<int, int>> cells;
        for (int tie : e.ties) {
            kinds |= 1u << int(dataset.ties[tie].kind);
            if (const auto it = placements.placements.constFind(tie); it != placements.placements.constEnd())
                for (const auto &placement : *it)
                    if (!cells.contains(placement))
                        cells.append(placement);
        }
        for (int k = 0; k < 32; ++k)
            if (kinds & (1u << k))
                ++kindCounts[std::size_t(k)];
        for (qsizetype scheme = 0; scheme < counts.size(); ++scheme) {
            bool classified = false;
            for (const auto &[sc, cell] : std::as_const(cells))
                if (sc == scheme) {
                    ++counts[scheme][1 + cell];
                    classified = true;
                }
            if (!classified)
                ++counts[scheme][0];
        }
    }
    for (int k = 0; k < 32; ++k)
        if (kindCounts[std::size_t(k)] > 0)
            m.edgesByKind.insert(TieKind(k), kindCounts[std::size_t(k)]);
    if (m.edges > 0) {
        for (qsizetype scheme = 0; scheme < counts.size(); ++scheme) {
            QMap<QString, int> &cells = m.edgesByTypology[placements.schemes[scheme]];
            if (counts[scheme][0] > 0)
                cells.insert(QString(), counts[scheme][0]);
            for (qsizetype cell = 0; cell < placements.cells[scheme].size(); ++cell)
                if (counts[scheme][1 + cell] > 0)
                    cells.insert(placements.cells[scheme][cell], counts[scheme][1 + cell]);
        }
    }
    return m;
}

} // namespace

/// buildNetwork(), with the day's snapshot without hidden actors when the caller has it (for the spokes).
static NetworkGraph buildGraph(const Dataset &dataset, const Snapshot &snapshot, const RegionScope &scope, const Snapshot *unhidden)
{
    NetworkGraph graph;
    graph.date = snapshot.date;
    graph.region = scope.region();

    // Pairs are keyed by dataset actor index, then renumbered to the graph's dense node indices.
    const auto actorCount = std::size_t(dataset.actors.size());
    // The edge of each pair, 1 + its index in raw (0: none yet): a table of every pair of actors when
    // the dataset has few of them (ATOP's 187: 35,000 cells), read in (a, b) order without sorting;
    // a hash otherwise.
    constexpr std::size_t kTableActors = 1024;
    const bool dense = actorCount <= kTableActors;
    std::vector<int> edgeTable(dense ? actorCount * actorCount : 0, 0);
    QHash<quint64, int> edgeHash;
    struct RawEdge { quint64 key; QList<int> ties; };
    std::vector<RawEdge> raw;
    std::vector<bool> tied(actorCount, false); // has an edge: a node of the graph
    std::vector<int> counted(actorCount, -1);  // the last tie (loop count) whose members counted the actor
    std::vector<std::pair<int, int>> pairs;
    std::vector<int> index, outOfScope;
    int stamp = 0;
    // Spokes: the hub's partners whatever is hidden. When nothing is hidden (unhidden is this
    // snapshot), they are found in this pass, by dataset actor index, instead of by a set of ids.
    const int hub = dataset.actorIndex(dataset.hub);
    const bool partnersHere = unhidden == &snapshot && hub >= 0;
    std::vector<bool> partner(partnersHere ? actorCount : 0, false);
    for (const TieState &state : snapshot.ties) {
        if (state.status != TieStatus::InForce || state.members.size() < 2)
            continue;
        ++stamp;
        // Edges per in-force pair of the scope: a suspended leg (ANZUS's US–New Zealand after 1986)
        // and pairs outside the region are left out.
        // The pairs of TieState::inForcePairs(), in its order, with each member looked up once.
        pairs.clear();
        int members = 0; // distinct actors in the pairs
        const qsizetype k = state.members.size();
        index.assign(std::size_t(k), -1); // dataset actor index, -1 when unknown or out of the scope
        outOfScope.assign(std::size_t(k), -1); // the index of a member out of the scope
        bool withHub = false;
        for (qsizetype i = 0; i < k; ++i) {
            const int actor = dataset.actorIndex(state.members[i]);
            withHub = withHub || (actor == hub && hub >= 0);
            if (scope.containsActor(state.members[i]))
                index[std::size_t(i)] = actor;
            else
                outOfScope[std::size_t(i)] = actor;
        }
        if (withHub && partnersHere) // hubPartners() of the unhidden snapshot, with the indices looked up here
            for (qsizetype i = 0; i < k; ++i) {
                const int actor = index[std::size_t(i)] >= 0 ? index[std::size_t(i)] : outOfScope[std::size_t(i)];
                if (actor >= 0 && actor != hub && (state.pairs.isEmpty() || state.pairInForce(dataset.hub, state.members[i])))
                    partner[std::size_t(actor)] = true;
            }
        for (qsizetype x = 0; x < k; ++x)
            for (qsizetype y = x + 1; y < k; ++y) {
                const int a = index[std::size_t(x)];
                const int b = index[std::size_t(y)];
                if (a < 0 || b < 0 || a == b)
                    continue;
                if (!state.pairs.isEmpty() && !state.pairInForce(state.members[x], state.members[y]))
                    continue;
                pairs.emplace_back(std::min(a, b), std::max(a, b));
                for (int i : { a, b })
                    if (std::exchange(counted[std::size_t(i)], stamp) != stamp)
                        ++members;
            }
        if (pairs.empty())
            continue;
        ++graph.ties;
        graph.tieSize.insert(state.tie, members);
        for (const auto &[a, b] : pairs) {
            tied[std::size_t(a)] = tied[std::size_t(b)] = true;
            const quint64 key = pairKey(a, b);
            int &edge = dense ? edgeTable[std::size_t(a) * actorCount + std::size_t(b)] : edgeHash[key];
            if (edge == 0) {
                raw.push_back({ key, {} });
                edge = static_cast<int>(raw.size());
            }
            QList<int> &ties = raw[std::size_t(edge - 1)].ties;
            if (ties.isEmpty() || ties.last() != state.tie)
                ties.append(state.tie);
        }
    }

    // Nodes in dataset order: the renumbering keeps the order of actor indices, so edges sorted by
    // their keys (dataset indices) are sorted by (a, b).
    std::vector<int> node(actorCount, -1);
    for (std::size_t i = 0; i < actorCount; ++i)
        if (tied[i]) {
            node[i] = static_cast<int>(graph.actors.size());
            graph.actors.append(dataset.actors[qsizetype(i)].id);
        }
    std::vector<std::size_t> order; // indices into raw, by key
    order.reserve(raw.size());
    if (dense) {
        for (int edge : edgeTable)
            if (edge > 0)
                order.push_back(std::size_t(edge - 1));
    } else {
        for (std::size_t i = 0; i < raw.size(); ++i)
            order.push_back(i);
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return raw[x].key < raw[y].key; });
    }
    graph.edges.reserve(qsizetype(raw.size()));
    for (std::size_t i : order)
        graph.edges.append({ node[std::size_t(raw[i].key >> 32)], node[std::size_t(raw[i].key & 0xffffffffu)], std::move(raw[i].ties) });

    graph.hub = graph.indexOf(dataset.hub);
    if (partnersHere) {
        for (std::size_t i = 0; i < actorCount; ++i)
            if (partner[i] && node[i] >= 0)
                graph.spokes.append(node[i]);
        return graph;
    }
    const QSet<QString> partners = hubPartners(dataset, dataset.hub, snapshot.date.toJulianDay(), unhidden);
    for (int i = 0; i < graph.actors.size(); ++i)
        if (partners.contains(graph.actors[i]))
            graph.spokes.append(i);
    return graph;
}

NetworkGraph buildNetwork(const Dataset &dataset, const Snapshot &snapshot, const RegionScope &scope)
{
    return buildGraph(dataset, snapshot, scope, nullptr);
}

NetworkMetrics analyseNetwork(const Dataset &dataset, const NetworkGraph &graph)
{
    return analyse(dataset, graph, placementIndex(dataset), structureOf(graph));
}

NetworkMetrics networkMetrics(const Dataset &dataset, QDate date, const QSet<QString> &hidden, const RegionScope &scope)
{
    return analyseNetwork(dataset, buildNetwork(dataset, takeSnapshot(dataset, date, hidden), scope));
}

QList<TieEdgeChange> tieEdgeChanges(const NetworkGraph &before, const NetworkGraph &after)
{
    // tie -> the pairs it links, by actor id (the two graphs number their nodes differently)
    auto pairsByTie = [](const NetworkGraph &graph) {
        QMap<int, QSet<QString>> pairs;
        for (const NetworkEdge &e : graph.edges)
            for (int tie : e.ties)
                pairs[tie].insert(graph.actors[e.a] + u'|' + graph.actors[e.b]);
        return pairs;
    };
    const QMap<int, QSet<QString>> was = pairsByTie(before);
    const QMap<int, QSet<QString>> is = pairsByTie(after);
    QList<int> ties = was.keys() + is.keys();
    std::sort(ties.begin(), ties.end());
    ties.erase(std::unique(ties.begin(), ties.end()), ties.end());
    QList<TieEdgeChange> changes;
    for (int tie : std::as_const(ties)) {
        const QSet<QString> a = was.value(tie);
        const QSet<QString> b = is.value(tie);
        const int added = static_cast<int>(QSet<QString>(b).subtract(a).size());
        const int removed = static_cast<int>(QSet<QString>(a).subtract(b).size());
        if (added > 0 || removed > 0)
            changes.append({ tie, added, removed });
    }
    return changes;
}

QList<QDate> seriesDates(QDate from, QDate to, SeriesStep step)
{
    QList<QDate> dates;
    if (!from.isValid() || !to.isValid())
        return dates;
    QDate d(from.year(), step == SeriesStep::Month ? from.month() : 1, 1);
    for (; d <= to; d = step == SeriesStep::Month ? d.addMonths(1) : d.addYears(1))
        dates.append(d);
    return dates;
}

QList<QDate> changeDates(const Dataset &dataset, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const qint64 first = from.toJulianDay();
    const qint64 last = to.toJulianDay();
    std::vector<qint64> days { first };
    for (const Tie &tie : dataset.ties)
        for (qint64 day : tieChangeDays(tie))
            if (day > first && day <= last)
                days.push_back(day);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    QList<QDate> dates;
    dates.reserve(qsizetype(days.size()));
    for (qint64 day : days)
        dates.append(QDate::fromJulianDay(day));
    return dates;
}

QList<NetworkMetrics> metricsSeries(const Dataset &dataset, QDate from, QDate to, SeriesStep step, const QSet<QString> &hidden,
                                    const RegionScope &scope, int threads)
{
    return metricsSeries(dataset, seriesDates(from, to, step), hidden, scope, threads);
}

QList<NetworkMetrics> metricsSeries(const Dataset &dataset, const QList<QDate> &dates, const QSet<QString> &hidden,
                                    const RegionScope &scope, int threads)
{
    // The metrics only change on change dates: dates between the same two of them share one result,
    // computed at the first of them asked for and copied with its own date for the others.
    QList<qint64> changes;
    const auto [earliest, latest] = std::minmax_element(dates.cbegin(), dates.cend());
    if (earliest != dates.cend() && earliest->isValid())
        for (const QDate change : changeDates(dataset, *earliest, *latest))
            changes.append(change.toJulianDay());
    QList<qsizetype> computed;                    // indices of the dates computed, in order
    QList<qsizetype> copyOf(dates.size(), -1);    // per date: the computed date it copies, or -1
    QHash<qsizetype, qsizetype> computedByChange; // change date index -> index in dates
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate date = dates[i];
        const qsizetype change = date.isValid() ? std::upper_bound(changes.cbegin(), changes.cend(), date.toJulianDay()) - changes.cbegin() - 1 : -1;
        if (const auto it = computedByChange.constFind(change); change >= 0 && it != computedByChange.constEnd()) {
            copyOf[i] = *it;
            continue;
        }
        if (change >= 0)
            computedByChange.insert(change, i);
        computed.append(i);
    }

    // The computed dates, a block at a time (the graphs of a block are held together): their graphs
    // are built, the Structure of each run of graphs with the same nodes and edges computed once, then
    // the rest of the measures; each step spread over the threads, every item writing its own slot,
    // so the results do not depend on how many threads there are.
    const PlacementIndex placements = placementIndex(dataset);
    const int workers = threadCount(threads);
    constexpr qsizetype kBlock = 48;
    QList<NetworkMetrics> series(dates.size());
    NetworkGraph lastGraph;           // the previous block's last graph
    Structure lastStructure;          // and its Structure
    for (qsizetype first = 0; first < computed.size(); first += kBlock) {
        const qsizetype count = std::min(kBlock, computed.size() - first);
        std::vector<NetworkGraph> graphs(static_cast<std::size_t>(count));
        parallelFor(count, workers, [&](qsizetype j) {
            const Snapshot snapshot = takeSnapshot(dataset, dates[computed[first + j]], hidden);
            graphs[std::size_t(j)] = buildGraph(dataset, snapshot, scope, hidden.isEmpty() ? &snapshot : nullptr);
        });
        std::vector<qsizetype> structureOfGraph(static_cast<std::size_t>(count)); // index into owners
        std::vector<qsizetype> owners;    // per distinct structure: the graph it is computed from, -1: lastStructure
        for (qsizetype j = 0; j < count; ++j) {
            const NetworkGraph &previous = j > 0 ? graphs[std::size_t(j - 1)] : lastGraph;
            if (j == 0 || !sameStructure(graphs[std::size_t(j)], previous)) {
                const bool asBefore = j == 0 && first > 0 && sameStructure(graphs[0], lastGraph);
                owners.push_back(asBefore ? -1 : j);
            }
            structureOfGraph[std::size_t(j)] = qsizetype(owners.size()) - 1;
        }
        std::vector<Structure> structures(owners.size());
        parallelFor(qsizetype(owners.size()), workers, [&](qsizetype k) {
            const qsizetype owner = owners[std::size_t(k)];
            structures[std::size_t(k)] = owner < 0 ? lastStructure : structureOf(graphs[std::size_t(owner)]);
        });
        parallelFor(count, workers, [&](qsizetype j) {
            const Structure &structure = structures[std::size_t(structureOfGraph[std::size_t(j)])];
            series[computed[first + j]] = analyse(dataset, graphs[std::size_t(j)], placements, structure);
        });
        lastGraph = std::move(graphs.back());
        lastStructure = std::move(structures.back());
    }
    for (qsizetype i = 0; i < dates.size(); ++i)
        if (copyOf[i] >= 0) {
            series[i] = series[copyOf[i]];
            series[i].date = dates[i];
        }
    return series;
}

} // namespace atlas
