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
/// Fruchterman–Reingold layout. Deterministic: the same graph and seed give the same positions. Each
/// actor starts from its previous position when one is given, else from its capital on a
/// Pacific-centred map, so that the layout of neighbouring dates stays close. Disconnected graphs are
/// fine (components repel each other inside the frame). A plain value, cheap to copy.
class NetworkLayout
{
public:
    /// The frame every position lies in: (0, 0) to (1.6, 1), y down, whatever the graph.
    static QRectF frame();
    /// Where an actor starts when it has no previous position: its capital or seat on an
    /// equirectangular map centred on 150°E, squeezed into frame().
    static QPointF geographicPosition(const Actor &actor);

    /// Lays out \a graph. Actors in \a previous start where they were there (and the layout cools
    /// faster, so they move less); the others start from geographicPosition().
    static NetworkLayout compute(const Dataset &dataset, const NetworkGraph &graph,
                                 const NetworkLayout &previous = {});

    bool isEmpty() const { return mPositions.isEmpty(); }
    bool contains(const QString &actor) const { return mPositions.contains(actor); }
    /// The actor's position in frame(); a null point when the actor is not in the layout.
    QPointF position(const QString &actor) const { return mPositions.value(actor); }
    const QHash<QString, QPointF> &positions() const { return mPositions; }

private:
    QHash<QString, QPointF> mPositions;
};

} // namespace atlas
