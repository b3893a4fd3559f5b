// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

namespace atlas {

/// How brandesBetweenness() walks the graph; every method gives the same doubles.
enum class BetweennessMethod {
    Auto,   //!< Bitsets when the graph is dense enough for them to be cheaper (ATOP's), else Queue
    Queue,  //!< a breadth-first queue over adjacency lists, step for step Boost.Graph's
    Bitsets //!< breadth-first levels as bitsets of nodes
};

/**
 * Brandes' betweenness of the undirected graph of \a n nodes and \a edges (distinct pairs of two
 * different nodes in [0, n)), raw: each unordered pair of other nodes counted once. The same doubles,
 * to the last bit, as Boost.Graph's brandes_betweenness_centrality() on an
 * adjacency_list<vecS, vecS, undirectedS> built by adding \a edges in order: the sources in node
 * order, each one's nodes in the same breadth-first order (neighbours in insertion order), every
 * node's dependency summed over its successors in the reverse of that order.
 */
std::vector<double> brandesBetweenness(int n, const std::vector<std::pair<int, int>> &edges,
                                       BetweennessMethod method = BetweennessMethod::Auto);

} // namespace atlas
