// SPDX-License-Identifier: GPL-3.0-or-later
// brandesBetweenness(): both ways of walking the graph give Boost.Graph's doubles, to the last bit.
#include "models/analysis/betweenness.h"

#include <QRandomGenerator>
#include <QTest>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

using namespace atlas;

namespace {

using Edges = std::vector<std::pair<int, int>>;

/// Boost.Graph's brandes_betweenness_centrality() on the graph built by adding \a edges in order.
std::vector<double> boostBetweenness(int n, const Edges &edges)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph graph(static_cast<std::size_t>(n));
    for (const auto &[a, b] : edges)
        boost::add_edge(std::size_t(a), std::size_t(b), graph);
    std::vector<double> centrality(static_cast<std::size_t>(n), 0.0);
    boost::brandes_betweenness_centrality(graph, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph)));
    return centrality;
}

/// A random simple graph of \a n nodes with each pair an edge with probability \a density, the
/// edges in a shuffled order (the order decides the breadth-first order, and so the rounding).
Edges randomGraph(int n, double density, quint32 seed)
{
    QRandomGenerator random(seed);
    Edges edges;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            if (random.generateDouble() < density)
                edges.emplace_back(random.bounded(2) ? std::pair(a, b) : std::pair(b, a));
    for (std::size_t i = edges.size(); i > 1; --i)
        std::swap(edges[i - 1], edges[std::size_t(random.bounded(int(i)))]);
    return edges;
}

} // namespace

class tst_Betweenness : public QObject
{
    Q_OBJECT

private slots:
    void sameAsBoost_data();
    void sameAsBoost();
    void starAndPath();
};

void tst_Betweenness::sameAsBoost_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("density");
    for (int n : { 0, 1, 2, 5, 40, 63, 64, 65, 129, 190 })
        for (double density : { 0.01, 0.05, 0.25, 0.6, 0.95 })
            QTest::addRow("%d nodes, density %.2f", n, density) << n << density;
}

void tst_Betweenness::sameAsBoost()
{
    QFETCH(int, n);
    QFETCH(double, density);
    for (quint32 seed = 1; seed <= 4; ++seed) {
        Edges edges = randomGraph(n, density, seed * 7919u + quint32(n));
        if (seed > 2) // as a NetworkGraph's: sorted, every neighbour list in node order
            std::sort(edges.begin(), edges.end(), [](auto x, auto y) { return std::minmax(x.first, x.second) < std::minmax(y.first, y.second); });
        const std::vector<double> expected = boostBetweenness(n, edges);
        for (BetweennessMethod method : { BetweennessMethod::Queue, BetweennessMethod::Bitsets, BetweennessMethod::Auto }) {
            const std::vector<double> got = brandesBetweenness(n, edges, method);
            QCOMPARE(got.size(), expected.size());
            for (std::size_t v = 0; v < got.size(); ++v)
                QVERIFY2(got[v] == expected[v], qPrintable(QStringLiteral("method %1, seed %2, node %3: %4 != %5")
                                                               .arg(int(method)).arg(seed).arg(v).arg(got[v], 0, 'g', 17).arg(expected[v], 0, 'g', 17)));
        }
    }
}

void tst_Betweenness::starAndPath()
{
    // A star of 5 around node 0: every pair of leaves goes through it, 4*3/2 = 6 pairs.
    const Edges star { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 } };
    // A path of 70 nodes (more levels than one word of nodes): node k lies between k (70 - 1 - k) pairs.
    Edges path;
    for (int k = 0; k + 1 < 70; ++k)
        path.emplace_back(k, k + 1);
    for (BetweennessMethod method : { BetweennessMethod::Queue, BetweennessMethod::Bitsets }) {
        QCOMPARE(brandesBetweenness(5, star, method), std::vector<double>({ 6, 0, 0, 0, 0 }));
        const std::vector<double> c = brandesBetweenness(70, path, method);
        for (int k = 0; k < 70; ++k)
            QCOMPARE(c[std::size_t(k)], double(k * (70 - 1 - k)));
    }
}

QTEST_GUILESS_MAIN(tst_Betweenness)
#include "tst_betweenness.moc"
