// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/projection.h"

#include <QPointF>
#include <QRectF>
#include <QTransform>

#include <algorithm>

namespace atlas {

/// What part of the map is shown: a zoom factor and the map point at the centre of the target.
/// A plain value; transform() turns it into map -> target coordinates for a given target rectangle.
/// Zoom 1 fits the whole map into the target, keeping its aspect ratio.
struct Viewport
{
    static constexpr double kMinZoom = 1.0;
    static constexpr double kMaxZoom = 40.0;

    double zoom = 1.0;
    QPointF centre; //!< map coordinates (see EqualEarth) shown at the centre of the target

    /// Map coordinates -> target coordinates.
    QTransform transform(const QRectF &target) const
    {
        const QRectF world = EqualEarth::bounds();
        const double margin = 0.01 * std::min(target.width(), target.height());
        const double fit = std::min((target.width() - 2 * margin) / world.width(), (target.height() - 2 * margin) / world.height());
        const double scale = std::max(fit, 1e-9) * zoom;
        QTransform t;
        t.translate(target.center().x(), target.center().y());
        t.scale(scale, scale);
        t.translate(-centre.x(), -centre.y());
        return t;
    }

    /// Map units per target pixel's inverse: target pixels per map unit.
    double scale(const QRectF &target) const { return transform(target).m11(); }

    /// The viewport zoomed by \a factor about \a targetPoint, which stays where it is on the target.
    Viewport zoomedAt(QPointF targetPoint, double factor, const QRectF &target) const
    {
        const QPointF mapPoint = transform(target).inverted().map(targetPoint);
        Viewport v = *this;
        v.zoom = std::clamp(zoom * factor, kMinZoom, kMaxZoom);
        // Keep mapPoint under targetPoint: centre' = mapPoint - (targetPoint - targetCentre) / scale'.
        v.centre = mapPoint - (targetPoint - target.center()) / v.scale(target);
        return v.clamped();
    }

    /// The viewport moved so that the map follows a drag of \a targetDelta pixels.
    Viewport pannedBy(QPointF targetDelta, const QRectF &target) const
    {
        Viewport v = *this;
        v.centre -= targetDelta / scale(target);
        return v.clamped();
    }

    /// Zoom within [kMinZoom, kMaxZoom], centre inside the map's bounds.
    Viewport clamped() const
    {
        const QRectF world = EqualEarth::bounds();
        Viewport v = *this;
        v.zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
        v.centre.setX(std::clamp(centre.x(), world.left(), world.right()));
        v.centre.setY(std::clamp(centre.y(), world.top(), world.bottom()));
        return v;
    }

    bool isReset() const { return zoom == 1.0 && centre.isNull(); }

    friend bool operator==(const Viewport &, const Viewport &) = default;
};

} // namespace atlas
