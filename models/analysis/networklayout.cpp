// SPDX-License-Identifier: GPL-3.0-or-later
// Boost.Graph stays in this file, which has no tr(): lupdate must not parse Boost.
#include "models/analysis/networklayout.h"

#include "models/domain/dataset.h"
#include "models/analysis/networkanalysis.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/topology.hpp>
#include <boost/random/linear_congruential.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace atlas {

namespace {

constexpr double kFrameWidth = 1.6;
constexpr double kFrameHeight = 1.0;
constexpr double kMargin = 0.04;
constexpr double kCentralMeridian = 150.0; // the map's Pacific-centred view
// Each actor is tied to its capital by a spring three times as strong as an edge: the picture stays
// recognisably geographic and, above all, depends on the date's graph only, never on the path a drag
// took to get there, while a tie that appears moves its ends only so far.
constexpr double kAnchorWeight = 3.0;
constexpr double kStartTemperature = 0.08; // largest step per iteration, in frame units
constexpr unsigned kRandomSeed = 20240101u; // Boost moves coincident points with the topology's RNG
constexpr std::size_t kIterations = 150;
// A warm start begins near the equilibrium of a graph that differs by a few ties: a short, cool run.
constexpr std::size_t kWarmIterations = 30;
constexpr double kWarmTemperature = 0.01;

struct EdgeWeight
{
    double weight = 1;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property, EdgeWeight>;
/// Boost's rectangle with Euclidean distances by std::sqrt: its boost::math::hypot (overflow-safe,
/// which coordinates in a frame 1.6 wide never need) was called three times per edge per iteration
/// (attraction, and the check for coincident ends) and took a fifth of the layout's time.
struct Topology : boost::rectangle_topology<boost::minstd_rand>
{
    using rectangle_topology::rectangle_topology;
    double distance(point_type a, point_type b) const { return std::sqrt((b[0] - a[0]) * (b[0] - a[0]) + (b[1] - a[1]) * (b[1] - a[1])); }
    double norm(point_difference_type d) const { return std::sqrt(d[0] * d[0] + d[1] * d[1]); }
};
using Point = Topology::point_type;

/// A small offset derived from the id alone (FNV-1a), so that actors sharing a capital or seat
/// (BEL, NATO, EU in Brussels) do not start on top of each other, whatever the graph's order.
QPointF idJitter(const QString &id)
{
    quint32 h = 2166136261u;
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    const double angle = (h % 3600u) / 3600.0 * 2 * M_PI;
    const double radius = 0.004 + ((h / 3600u) % 100u) / 100.0 * 0.006;
    return { radius * std::cos(angle), radius * std::sin(angle) };
}

/// Fruchterman–Reingold attraction d²/k, times the edge's weight (NetworkGraph::weight(): a large
/// alliance does not pull its members into one knot), with a natural edge length k fixed per dataset
/// instead of Boost's per-graph sqrt(area / n): a graph that grows by one actor keeps its scale.
struct Attraction
{
    double length;
    template<typename Edge, typename G>
    double operator()(Edge e, double, double d, const G &g) const { return g[e].weight * d * d / length; }
};

/// Not called: AnchoredForcePairs applies the repulsion itself, but Boost's signature wants one.
struct Repulsion
{
    template<typename Vertex, typename G>
    double operator()(Vertex, Vertex, double, double, const G &) const { return 0; }
};

/// The repulsive half of Fruchterman–Reingold (k²/d between every pair closer than three edge
/// lengths: farther apart the anchors keep actors apart anyway, and the cut-off saves most of the
/// work on large graphs), plus a spring pulling every actor toward its anchor, \a weight times as
/// strong as an edge. Boost calls the force-pairs step right after it clears the displacements and
/// before it adds the edges' attraction, which makes it the place for forces of our own; computing
/// them here rather than through Boost's per-pair callback also avoids its costly distance function.
struct AnchoredForcePairs
{
    const std::vector<Point> *anchor;
    const std::vector<Point> *position;
    std::vector<Topology::point_difference_type> *displacement;
    double length;
    double weight;

    template<typename G, typename ApplyForce>
    void operator()(const G &, ApplyForce) const
    {
        const std::vector<Point> &p = *position;
        std::vector<Topology::point_difference_type> &disp = *displacement;
        const std::size_t n = p.size();
        const double k2 = length * length;
        const double cutoff2 = 9 * k2;
        for (std::size_t v = 0; v < n; ++v) {
            for (std::size_t u = v + 1; u < n; ++u) {
                double dx = p[u][0] - p[v][0];
                double dy = p[u][1] - p[v][1];
                double d2 = dx * dx + dy * dy;
                if (d2 >= cutoff2)
                    continue;
                if (d2 < 1e-12) { // on top of each other: part them along a fixed direction
                    dx = 1e-6;
                    dy = 0.5e-6;
                    d2 = dx * dx + dy * dy;
                }
                const double f = k2 / d2; // (k²/d) / d: the force along the unnormalised vector
                disp[u][0] += dx * f;
                disp[u][1] += dy * f;
                disp[v][0] -= dx * f;
                disp[v][1] -= dy * f;
            }
        }
        for (std::size_t v = 0; v < n; ++v) {
            const double dx = (*anchor)[v][0] - p[v][0];
            const double dy = (*anchor)[v][1] - p[v][1];
            const double d = std::sqrt(dx * dx + dy * dy);
            disp[v][0] += dx * weight * d / length;
            disp[v][1] += dy * weight * d / length;
        }
    }
};

QPointF clampToFrame(QPointF p)
{
    return { std::clamp(p.x(), kMargin, kFrameWidth - kMargin), std::clamp(p.y(), kMargin, kFrameHeight - kMargin) };
}

} // namespace

QRectF NetworkLayout::frame()
{
    return { 0, 0, kFrameWidth, kFrameHeight };
}

QPointF NetworkLayout::geographicPosition(const Actor &actor)
{
    double x = std::fmod(actor.lon - kCentralMeridian + 540.0, 360.0) - 180.0; // [-180, 180)
    const double lat = std::clamp(actor.lat, -55.0, 75.0);
    const double fx = (x + 180.0) / 360.0;
    const double fy = (75.0 - lat) / 130.0;
    return { kMargin + fx * (kFrameWidth - 2 * kMargin), kMargin + fy * (kFrameHeight - 2 * kMargin) };
}

NetworkLayout NetworkLayout::compute(const Dataset &dataset, const NetworkGraph &graph)
{
    return compute(dataset, graph, NetworkLayout());
}

double NetworkLayout::maxWarmStep()
{
    // linear_cooling: kWarmTemperature, then kWarmTemperature / kWarmIterations less each step.
    return kWarmTemperature * (kWarmIterations + 1) / 2.0 + 1e-9;
}

NetworkLayout NetworkLayout::compute(const Dataset &dataset, const NetworkGraph &graph, const NetworkLayout &previous)
{
    NetworkLayout layout;
    const auto n = static_cast<std::size_t>(graph.actors.size());
    if (n == 0)
        return layout;

    Graph g(n);
    for (const NetworkEdge &e : graph.edges)
        boost::add_edge(static_cast<std::size_t>(e.a), static_cast<std::size_t>(e.b), EdgeWeight { graph.weight(e) }, g);

    std::vector<Point> position(n);
    for (std::size_t v = 0; v < n; ++v) {
        const QString &id = graph.actors[static_cast<qsizetype>(v)];
        QPointF p;
        if (const Actor *actor = dataset.actor(id)) {
            p = geographicPosition(*actor) + idJitter(id);
        } else {
            p = QPointF(kFrameWidth / 2, kFrameHeight / 2) + idJitter(id);
        }
        p = clampToFrame(p);
        position[v][0] = p.x();
        position[v][1] = p.y();
    }

    const std::vector<Point> anchor = position;
    const bool warm = !previous.isEmpty();
    if (warm)
        for (std::size_t v = 0; v < n; ++v)
            if (const auto it = previous.mPositions.constFind(graph.actors[static_cast<qsizetype>(v)]); it != previous.mPositions.constEnd()) {
                position[v][0] = it->x();
                position[v][1] = it->y();
            }

    if (n > 1) {
        boost::minstd_rand generator(kRandomSeed);
        const Topology topology(generator, kMargin, kMargin, kFrameWidth - kMargin, kFrameHeight - kMargin);
        const std::size_t iterations = warm ? kWarmIterations : kIterations;
        // Scaled to the actors the dataset could ever show, not to this date's graph.
        const double area = (kFrameWidth - 2 * kMargin) * (kFrameHeight - 2 * kMargin);
        const double length = 0.6 * std::sqrt(area / double(std::max<qsizetype>(dataset.actors.size(), 8)));
        std::vector<Topology::point_difference_type> displacement(n);
        boost::fruchterman_reingold_force_directed_layout(
            g, boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g)), topology,
            Attraction { length }, Repulsion {},
            AnchoredForcePairs { &anchor, &position, &displacement, length, kAnchorWeight },
            boost::linear_cooling<double>(iterations, warm ? kWarmTemperature : kStartTemperature),
            boost::make_iterator_property_map(displacement.begin(), boost::get(boost::vertex_index, g)));
    }

    for (std::size_t v = 0; v < n; ++v)
        layout.mPositions.insert(graph.actors[static_cast<qsizetype>(v)], QPointF(position[v][0], position[v][1]));
    return layout;
}

} // namespace atlas
