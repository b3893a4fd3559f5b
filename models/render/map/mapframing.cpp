// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/mapframing.h"

#include "models/domain/dataset.h"
#include "models/geo/projection.h"
#include "models/query/inforce.h"
#include "models/render/map/mapstyle.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas::MapFraming {

Viewport frame(const Dataset &dataset, const QList<const TieState *> &ties, const EqualEarth &projection, const QRectF &area,
               double padding, double *usedHeight)
{
    if (usedHeight)
        *usedHeight = area.height();
    double minX = std::numeric_limits<double>::max();
    double minY = minX;
    double maxX = std::numeric_limits<double>::lowest();
    double maxY = maxX;
    const auto add = [&](QPointF p) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    };
    const auto addLine = [&](QPointF from, QPointF to) {
        for (const QPolygonF &piece : projection.projectLine(greatCircle(from, to, 2.5)))
            for (const QPointF &p : piece)
                add(p);
    };
    const Dataset &d = dataset;
    for (const TieState *state : ties) {
        QList<QPointF> points;
        for (const QString &m : state->allMembers())
            if (const Actor *a = d.actor(m))
                points.append(QPointF(a->lon, a->lat));
        for (const QPointF &p : std::as_const(points))
            add(projection.project(p));
        const Tie &tie = d.ties[state->tie];
        if (points.size() == 2) {
            addLine(points[0], points[1]);
        } else if (!(tie.kind == TieKind::MultilateralAlliance && points.size() >= MapStyle::kGroupThreshold)) {
            const QPointF centre = sphericalCentroid(points);
            for (const QPointF &p : std::as_const(points))
                addLine(centre, p);
        }
    }
    if (minX > maxX)
        return {};
    const QRectF world = EqualEarth::bounds();
    const double bw = std::max(maxX - minX, world.width() * 0.05);
    const double bh = std::max(maxY - minY, world.height() * 0.05);
    const double margin = 0.01 * std::min(area.width(), area.height());
    const double fit = std::min((area.width() - 2 * margin) / world.width(), (area.height() - 2 * margin) / world.height());
    const double wanted = std::min((area.width() - 2 * padding) / bw, (area.height() - 2 * padding) / bh);
    Viewport v;
    v.zoom = std::clamp(wanted / std::max(fit, 1e-9), Viewport::kMinZoom, Viewport::kMaxZoom);
    v.centre = QPointF((minX + maxX) / 2, (minY + maxY) / 2);
    v = v.clamped();
    if (usedHeight) {
        // At the wanted scale the data needs this height; a second call with it fits the width.
        *usedHeight = std::min(area.height(), std::min(bh * wanted, world.height() * fit * v.zoom) + 2 * padding);
    }
    return v;
}

Viewport interpolate(const Viewport &from, const Viewport &to, double t)
{
    Viewport v;
    v.zoom = from.zoom * std::pow(to.zoom / from.zoom, t);
    v.centre = from.centre + (to.centre - from.centre) * t;
    return v.clamped();
}

} // namespace atlas::MapFraming
