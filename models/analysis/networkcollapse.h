// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/networkanalysis.h"

#include <QString>
#include <QStringList>

namespace atlas {

class Dataset;

/// Actors drawn as one node of the network (NATO's European members), so a large alliance does not
/// turn the view into a hairball. Only the drawing changes: metrics are computed on the real graph.
struct CollapsedGroup
{
    QString id;          //!< the node's id in the collapsed graph (not an actor of the dataset)
    QString tie;         //!< the tie that defines the group
    QStringList members; //!< actor ids, in the real graph's order

    bool isEmpty() const { return members.size() < 2; }
};

/// The members of the tie "nato" in force at \a graph's date that are in \a graph and in Europe;
/// empty when the dataset has no such tie or fewer than two of them.
CollapsedGroup natoEuropeGroup(const Dataset &dataset, const NetworkGraph &graph);

/// \a graph with \a group's members replaced by one node (where the first member was): edges between
/// members vanish, parallel edges to the group merge their ties, the group is a spoke if one member is.
NetworkGraph collapseGroup(const NetworkGraph &graph, const CollapsedGroup &group);

/// \a metrics of the real graph \a real, with the per-actor centrality re-indexed to \a collapsed (the
/// group takes its members' highest degree and betweenness); every graph-level measure is unchanged.
NetworkMetrics collapsedMetrics(const NetworkMetrics &metrics, const NetworkGraph &real, const NetworkGraph &collapsed,
                                const CollapsedGroup &group);

} // namespace atlas
