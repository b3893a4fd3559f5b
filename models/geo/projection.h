// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <optional>

namespace atlas {

/// The Equal Earth projection (Šavrič, Patterson & Jenny 2018) of the unit sphere, recentred on a
/// meridian. A stateless value: every function is pure. Angles are degrees, lon-lat order.
///
/// Map coordinates: x grows east, y grows **south** (north is negative), so that a QTransform to the
/// screen only scales and translates. The map is cut along the seam meridian, 180° from the centre;
/// rings and lines that cross it are split into pieces that stay on their own side of the map.
class EqualEarth
{
public:
    explicit EqualEarth(double centralMeridian = 150.0);

    double centralMeridian() const { return mCentralMeridian; }
    /// The meridian the map is cut along, in [-180, 180).
    double seamLongitude() const;
    /// \a lon relative to the central meridian, in [-180, 180).
    double relativeLongitude(double lon) const;

    QPointF project(double lon, double lat) const;
    QPointF project(QPointF lonLat) const { return project(lonLat.x(), lonLat.y()); }
    /// Inverse of project(): the (lon, lat) of a map point, or std::nullopt outside the map outline.
    std::optional<QPointF> unproject(QPointF mapPoint) const;

    /// Projects \a relLon (relative to the central meridian, [-180, 180]) and \a lat.
    static QPointF projectRelative(double relLon, double lat);
    /// The map's bounding rectangle (centred on the origin).
    static QRectF bounds();
    /// The outline of the whole map (the projected edge of the globe), closed.
    static QPolygonF outline(int stepsPerSide = 90);

    /// Projects a closed ring of (lon, lat) points, cut along the seam: each piece is a closed map
    /// polygon on one side. A ring around a pole is closed along the pole line.
    QList<QPolygonF> projectRing(const QPolygonF &lonLatRing) const;
    /// Projects an open line of (lon, lat) points, cut where it crosses the seam.
    QList<QPolygonF> projectLine(const QPolygonF &lonLatLine) const;

private:
    double mCentralMeridian;
};

/// Points along the shorter great circle from \a from to \a to (lon, lat degrees), both ends
/// included, at most \a maxStepDegrees of arc apart.
QPolygonF greatCircle(QPointF from, QPointF to, double maxStepDegrees = 2.0);
/// Great-circle distance in degrees of arc.
double angularDistance(QPointF from, QPointF to);
/// The normalised mean of the points' unit vectors, as (lon, lat); the first point when they cancel out.
QPointF sphericalCentroid(const QList<QPointF> &lonLat);

} // namespace atlas
