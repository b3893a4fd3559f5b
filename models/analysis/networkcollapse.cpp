// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/networkcollapse.h"

#include "models/domain/dataset.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace atlas {

CollapsedGroup natoEuropeGroup(const Dataset &dataset, const NetworkGraph &graph)
{
    CollapsedGroup group;
    group.id = QStringLiteral("nato-europe");
    group.tie = QStringLiteral("nato");
    const Tie *nato = dataset.tie(group.tie);
    if (!nato || !graph.date.isValid())
        return group;
    const qint64 day = graph.date.toJulianDay();
    for (const QString &id : graph.actors) {
        const Actor *actor = dataset.actor(id);
        if (!actor || actor->region != ActorRegion::Europe)
            continue;
        for (const MembershipSpell &spell : nato->members)
            if (spell.actor == id && !spell.suspended && spell.fromDay <= day && day <= spell.toDay) {
                group.members.append(id);
                break;
            }
    }
    return group;
}

NetworkGraph collapseGroup(const NetworkGraph &graph, const CollapsedGroup &group)
{
    if (group.isEmpty())
        return graph;
    NetworkGraph out;
    out.date = graph.date;
    out.ties = graph.ties;
    out.tieSize = graph.tieSize;
    QList<int> map(graph.actors.size(), -1);
    int groupIndex = -1;
    for (int i = 0; i < graph.actors.size(); ++i) {
        if (group.members.contains(graph.actors[i])) {
            if (groupIndex < 0) {
                groupIndex = static_cast<int>(out.actors.size());
                out.actors.append(group.id);
            }
            map[i] = groupIndex;
        } else {
            map[i] = static_cast<int>(out.actors.size());
            out.actors.append(graph.actors[i]);
        }
    }
    out.hub = graph.hub >= 0 ? map[graph.hub] : -1;
    for (int s : graph.spokes)
        if (!out.spokes.contains(map[s]))
            out.spokes.append(map[s]);
    QMap<std::pair<int, int>, QList<int>> edges;
    for (const NetworkEdge &e : graph.edges) {
        const int a = map[e.a];
        const int b = map[e.b];
        if (a == b)
            continue;
        QList<int> &ties = edges[{ std::min(a, b), std::max(a, b) }];
        for (int t : e.ties)
            if (!ties.contains(t))
                ties.append(t);
    }
    for (auto it = edges.begin(); it != edges.end(); ++it) {
        QList<int> ties = it.value();
        std::sort(ties.begin(), ties.end());
        out.edges.append({ it.key().first, it.key().second, ties });
    }
    return out;
}

NetworkMetrics collapsedMetrics(const NetworkMetrics &metrics, const NetworkGraph &real, const NetworkGraph &collapsed,
                                const CollapsedGroup &group)
{
    NetworkMetrics out = metrics;
    out.centrality.clear();
    for (const QString &id : collapsed.actors) {
        ActorCentrality c;
        c.actor = id;
        for (int i = 0; i < real.actors.size() && i < metrics.centrality.size(); ++i) {
            const bool mine = id == group.id ? group.members.contains(real.actors[i]) : real.actors[i] == id;
            if (!mine)
                continue;
            const ActorCentrality &r = metrics.centrality[i];
            c.degree = std::max(c.degree, r.degree);
            c.betweenness = std::max(c.betweenness, r.betweenness);
            c.rawBetweenness = std::max(c.rawBetweenness, r.rawBetweenness);
        }
        out.centrality.append(c);
    }
    return out;
}

} // namespace atlas
