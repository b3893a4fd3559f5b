// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/betweenness.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace atlas {

namespace {

/// The adjacency lists of the graph as Boost's adjacency_list holds them (each edge added to both of
/// its ends, in order): the neighbours of v are adjacent[start[v] .. start[v + 1]).
struct AdjacencyLists
{
    std::vector<int> start;
    std::vector<int> adjacent;
};

AdjacencyLists adjacencyLists(int n, const std::vector<std::pair<int, int>> &edges)
{
    const auto N = static_cast<std::size_t>(n);
    AdjacencyLists lists { std::vector<int>(N + 1, 0), {} };
    std::vector<int> &start = lists.start;
    for (const auto &[a, b] : edges) {
        ++start[std::size_t(a) + 1];
        ++start[std::size_t(b) + 1];
    }
    for (std::size_t v = 0; v < N; ++v)
        start[v + 1] += start[v];
    lists.adjacent.resize(std::size_t(start[N]));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (const auto &[a, b] : edges) {
        lists.adjacent[std::size_t(fill[std::size_t(a)]++)] = b;
        lists.adjacent[std::size_t(fill[std::size_t(b)]++)] = a;
    }
    return lists;
}

/// BetweennessMethod::Queue. Step for step Boost.Graph's brandes_betweenness_centrality(): the same
/// breadth-first order, the same predecessor lists and the same sums in the same order; but on flat
/// arrays allocated once instead of per-source vectors of edge lists, a colour map and a deque.
std::vector<double> queueBetweenness(int n, const std::vector<std::pair<int, int>> &edges)
{
    const auto N = static_cast<std::size_t>(n);
    const auto [start, adjacent] = adjacencyLists(n, edges);
    std::vector<double> centrality(N, 0.0);
    std::vector<std::size_t> sigma(N);  // shortest paths from the source (Boost: degree_size_type)
    std::vector<double> delta(N);       // dependency
    std::vector<int> distance(N);       // -1: not reached yet
    std::vector<int> predecessors(std::size_t(start[N])); // of v: from start[v], predecessorCount[v] of them
    std::vector<int> predecessorCount(N);
    std::vector<int> order(N);          // the breadth-first queue, which is also the visiting order
    for (int s = 0; s < n; ++s) {
        std::fill(sigma.begin(), sigma.end(), 0);
        std::fill(delta.begin(), delta.end(), 0.0);
        std::fill(distance.begin(), distance.end(), -1);
        std::fill(predecessorCount.begin(), predecessorCount.end(), 0);
        sigma[std::size_t(s)] = 1;
        distance[std::size_t(s)] = 0;
        std::size_t head = 0, tail = 0;
        order[tail++] = s;
        while (head < tail) {
            const int u = order[head++];
            const std::size_t U = std::size_t(u);
            for (int i = start[U]; i < start[U + 1]; ++i) {
                const std::size_t w = std::size_t(adjacent[std::size_t(i)]);
                if (distance[w] < 0) { // a tree edge
                    distance[w] = distance[U] + 1;
                    sigma[w] = sigma[U];
                    predecessors[std::size_t(start[w] + predecessorCount[w]++)] = u;
                    order[tail++] = int(w);
                } else if (distance[w] == distance[U] + 1) { // another shortest path
                    sigma[w] = sigma[w] + sigma[U];
                    predecessors[std::size_t(start[w] + predecessorCount[w]++)] = u;
                }
            }
        }
        while (tail > 0) {
            const std::size_t w = std::size_t(order[--tail]);
            for (int i = 0; i < predecessorCount[w]; ++i) {
                const std::size_t v = std::size_t(predecessors[std::size_t(start[w] + i)]);
                double factor = double(sigma[v]) / double(sigma[w]);
                factor *= (1.0 + delta[w]);
                delta[v] = delta[v] + factor;
            }
            if (int(w) != s)
                centrality[w] = centrality[w] + delta[w];
        }
    }
    for (double &c : centrality)
        c = c / 2.0;
    return centrality;
}

/// BetweennessMethod::Bitsets. The same sums as the queue in the same order, found differently: a
/// breadth-first level is the union of the previous level's neighbour sets less the nodes reached;
/// its nodes are put in the queue's order by scanning the previous level's adjacency lists only until
/// all of them are placed (or, when the lists are in node order, by taking each one's neighbours in
/// the level from its set); a node's path count is the sum over its neighbours in the previous level
/// (integers: the order does not matter), and its dependency is passed back to those neighbours,
/// nodes taken in the reverse of the queue's order as there (the order among one node's
/// predecessors does not matter either: each is a different sum).
std::vector<double> bitsetBetweenness(int n, const std::vector<std::pair<int, int>> &edges)
{
    const auto N = static_cast<std::size_t>(n);
    const std::size_t W = (N + 63) / 64; // words per set of nodes
    const auto [start, adjacent] = adjacencyLists(n, edges);
    std::vector<std::uint64_t> neighbours(N * W, 0); // of v: words [v W, (v + 1) W)
    for (const auto &[a, b] : edges) {
        neighbours[std::size_t(a) * W + std::size_t(b) / 64] |= std::uint64_t(1) << (b % 64);
        neighbours[std::size_t(b) * W + std::size_t(a) / 64] |= std::uint64_t(1) << (a % 64);
    }
    // When every adjacency list is in node order (edges sorted by their ends, as a NetworkGraph's),
    // a node's unplaced neighbours are placed in the order of their bits, without a scan.
    bool ascending = true;
    for (std::size_t v = 0; v < N && ascending; ++v)
        ascending = std::is_sorted(adjacent.begin() + start[v], adjacent.begin() + start[v + 1]);
    const auto has = [](const std::uint64_t *set, std::size_t v) { return (set[v / 64] >> (v % 64)) & 1u; };
    // Calls f(v) for each node of the intersection of the sets x and y.
    const auto forEachIn = [W](const std::uint64_t *x, const std::uint64_t *y, auto f) {
        for (std::size_t word = 0; word < W; ++word)
            for (std::uint64_t bits = x[word] & y[word]; bits != 0; bits &= bits - 1)
                f(word * 64 + std::size_t(std::countr_zero(bits)));
    };

    std::vector<double> centrality(N, 0.0);
    std::vector<std::size_t> sigma(N);
    std::vector<double> delta(N);
    std::vector<int> level(N);                      // of each node reached
    std::vector<std::uint64_t> levels((N + 1) * W); // the nodes of level d: words [d W, (d + 1) W)
    std::vector<std::uint64_t> reached(W), unplaced(W);
    std::vector<int> order(N);                      // the queue's order
    for (int s = 0; s < n; ++s) {
        std::fill(reached.begin(), reached.end(), 0);
        std::fill(delta.begin(), delta.end(), 0.0);
        const std::size_t S = std::size_t(s);
        reached[S / 64] |= std::uint64_t(1) << (S % 64);
        std::fill(levels.begin(), levels.begin() + std::ptrdiff_t(W), 0);
        levels[S / 64] |= std::uint64_t(1) << (S % 64);
        sigma[S] = 1;
        level[S] = 0;
        order[0] = s;
        std::size_t first = 0, tail = 1; // the current level: order[first .. tail)
        for (int d = 0; first < tail; ++d) {
            std::uint64_t *next = &levels[std::size_t(d + 1) * W];
            std::fill(next, next + W, 0);
            for (std::size_t i = first; i < tail; ++i) {
                const std::uint64_t *set = &neighbours[std::size_t(order[i]) * W];
                for (std::size_t word = 0; word < W; ++word)
                    next[word] |= set[word];
            }
            std::size_t count = 0;
            for (std::size_t word = 0; word < W; ++word) {
                next[word] &= ~reached[word];
                reached[word] |= next[word];
                count += std::size_t(std::popcount(next[word]));
            }
            const std::size_t levelEnd = tail;
            const std::size_t end = tail + count;
            std::copy(next, next + W, unplaced.begin());
            for (std::size_t i = first; i < levelEnd && tail < end; ++i) {
                const std::size_t u = std::size_t(order[i]);
                if (ascending) { // the list in the order of the set's bits
                    std::uint64_t *left = unplaced.data();
                    forEachIn(&neighbours[u * W], left, [&](std::size_t w) { order[tail++] = int(w); });
                    for (std::size_t word = 0; word < W; ++word)
                        left[word] &= ~neighbours[u * W + word];
                    continue;
                }
                for (int j = start[u]; j < start[u + 1] && tail < end; ++j) {
                    const std::size_t w = std::size_t(adjacent[std::size_t(j)]);
                    if (has(unplaced.data(), w)) {
                        unplaced[w / 64] &= ~(std::uint64_t(1) << (w % 64));
                        order[tail++] = int(w);
                    }
                }
            }
            const std::uint64_t *previous = &levels[std::size_t(d) * W];
            for (std::size_t i = levelEnd; i < end; ++i) {
                const std::size_t w = std::size_t(order[i]);
                level[w] = d + 1;
                std::size_t paths = 0;
                forEachIn(&neighbours[w * W], previous, [&](std::size_t v) { paths += sigma[v]; });
                sigma[w] = paths;
            }
            first = levelEnd;
        }
        for (std::size_t i = tail; i-- > 0;) {
            const std::size_t w = std::size_t(order[i]);
            if (level[w] > 0)
                forEachIn(&neighbours[w * W], &levels[std::size_t(level[w] - 1) * W], [&](std::size_t v) {
                    double factor = double(sigma[v]) / double(sigma[w]);
                    factor *= (1.0 + delta[w]);
                    delta[v] = delta[v] + factor;
                });
            if (w != S)
                centrality[w] = centrality[w] + delta[w];
        }
    }
    for (double &c : centrality)
        c = c / 2.0;
    return centrality;
}

} // namespace

std::vector<double> brandesBetweenness(int n, const std::vector<std::pair<int, int>> &edges, BetweennessMethod method)
{
    if (method == BetweennessMethod::Auto) // a level's sets cost a word per 64 nodes, the queue a step per edge end
        method = std::size_t(n) * ((std::size_t(n) + 63) / 64) <= 2 * edges.size() ? BetweennessMethod::Bitsets : BetweennessMethod::Queue;
    return method == BetweennessMethod::Bitsets ? bitsetBetweenness(n, edges) : queueBetweenness(n, edges);
}

} // namespace atlas
