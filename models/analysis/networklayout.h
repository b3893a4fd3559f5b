// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace atlas {

struct Actor;
class Dataset;
struct NetworkGraph;

/// Positions of a network's actors in a fixed frame (frame()), computed with Boost.Graph's
/// Fruchterman–Reingold layout, each actor starting at and held by a spring to its capital on a
/// Pacific-centred map. Deterministic; computed from nothing, path-independent: the positions depend
/// on the dataset and the graph only (fixed random seed), so a date looks the same however one got
/// there, and a tie that appears or ends moves its neighbourhood a little rather than jumbling the
/// picture. While a date is dragged, the next layout is warm-started from the last one instead:
/// a fifth of the cost, and the picture holds still where the network did not change.
/// Disconnected graphs are fine (no component needs the others). A plain value, cheap to copy.
class NetworkLayout
{
public:
    /// The frame every position lies in: (0, 0) to (1.6, 1), y down, whatever the graph.
    static QRectF frame();
    /// Where an actor starts, and is anchored: its capital or seat on an equirectangular map centred
    /// on 150°E, squeezed into frame().
    static QPointF geographicPosition(const Actor &actor);

    /// Lays out \a graph. The natural edge length follows the number of actors in \a dataset (not
    /// in the graph), so a graph keeps its scale as it grows over time.
    static NetworkLayout compute(const Dataset &dataset, const NetworkGraph &graph);
    /// Lays out \a graph warm-started from \a previous (the layout of a nearby date): its actors start
    /// where they were, the others at their anchors, and a short, cool run of the same forces
    /// (kWarmIterations steps, the first at most kWarmTemperature long, then shorter) settles the
    /// change. About a fifth of the cost of compute(), and stable: no actor moves farther than
    /// maxWarmStep() from where it was. Deterministic: the same previous layout and graph give the
    /// same positions (a drag may then reach a date by another path with another picture).
    /// An empty \a previous is compute().
    static NetworkLayout compute(const Dataset &dataset, const NetworkGraph &graph, const NetworkLayout &previous);
    /// The farthest a warm-started layout moves an actor of the previous layout (frame units): the
    /// sum of the run's step limits.
    static double maxWarmStep();

    bool isEmpty() const { return mPositions.isEmpty(); }
    bool contains(const QString &actor) const { return mPositions.contains(actor); }
    /// The actor's position in frame(); a null point when the actor is not in the layout.
    QPointF position(const QString &actor) const { return mPositions.value(actor); }
    const QHash<QString, QPointF> &positions() const { return mPositions; }

private:
    QHash<QString, QPointF> mPositions;
};

} // namespace atlas
