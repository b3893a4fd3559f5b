// SPDX-License-Identifier: GPL-3.0-or-later
// Boost.Graph stays in this file, which has no tr(): lupdate must not parse Boost.
#include "models/networklayout.h"

#include "models/dataset.h"
#include "models/networkanalysis.h"

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
constexpr unsigned kRandomSeed = 20240101u; // Boost moves coincident points with the topology's RNG

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using Topology = boost::rectangle_topology<boost::minstd_rand>;
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

NetworkLayout NetworkLayout::compute(const Dataset &dataset, const NetworkGraph &graph, const NetworkLayout &previous)
{
    NetworkLayout layout;
    const auto n = static_cast<std::size_t>(graph.actors.size());
    if (n == 0)
        return layout;

    Graph g(n);
    for (const NetworkEdge &e : graph.edges)
        boost::add_edge(static_cast<std::size_t>(e.a), static_cast<std::size_t>(e.b), g);

    std::vector<Point> position(n);
    std::size_t known = 0;
    for (std::size_t v = 0; v < n; ++v) {
        const QString &id = graph.actors[static_cast<qsizetype>(v)];
        QPointF p;
        if (previous.contains(id)) {
            p = previous.position(id);
            ++known;
        } else if (const Actor *actor = dataset.actor(id)) {
            p = geographicPosition(*actor) + idJitter(id);
        } else {
            p = QPointF(kFrameWidth / 2, kFrameHeight / 2) + idJitter(id);
        }
        p = clampToFrame(p);
        position[v][0] = p.x();
        position[v][1] = p.y();
    }

    if (n > 1) {
        boost::minstd_rand generator(kRandomSeed);
        const Topology topology(generator, kMargin, kMargin, kFrameWidth - kMargin, kFrameHeight - kMargin);
        // Starting from the previous layout, a lower temperature keeps actors near where they were;
        // from geography, a higher one lets the structure show. More known actors, cooler start.
        const double knownShare = double(known) / double(n);
        const double temperature = 0.12 - 0.09 * knownShare;
        const std::size_t iterations = 300;
        std::vector<Topology::point_difference_type> displacement(n);
        boost::fruchterman_reingold_force_directed_layout(
            g, boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, g)), topology,
            boost::square_distance_attractive_force(), boost::square_distance_repulsive_force(),
            boost::all_force_pairs(), boost::linear_cooling<double>(iterations, temperature),
            boost::make_iterator_property_map(displacement.begin(), boost::get(boost::vertex_index, g)));
    }

    for (std::size_t v = 0; v < n; ++v)
        layout.mPositions.insert(graph.actors[static_cast<qsizetype>(v)], QPointF(position[v][0], position[v][1]));
    return layout;
}

} // namespace atlas
