// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/projection.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

// Equal Earth polynomial coefficients (Šavrič, Patterson & Jenny 2018).
constexpr double kA1 = 1.340264;
constexpr double kA2 = -0.081106;
constexpr double kA3 = 0.000893;
constexpr double kA4 = 0.003796;
const double kM = std::sqrt(3.0) / 2.0;

// Edges longer than this (degrees, in longitude or latitude) are subdivided before projecting, so that
// meridian-like edges (and the cut along the seam) follow the curved map outline.
constexpr double kDensifyStep = 1.0;

double wrap180(double degrees)
{
    double d = std::fmod(degrees + 180.0, 360.0);
    if (d < 0)
        d += 360.0;
    return d - 180.0;
}

bool samePoint(QPointF a, QPointF b)
{
    return std::abs(a.x() - b.x()) < 1e-9 && std::abs(a.y() - b.y()) < 1e-9;
}

// Longitudes made continuous: each point differs from the previous one by at most 180°.
QPolygonF unwrapped(const EqualEarth &projection, const QPolygonF &lonLat)
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF &p : lonLat) {
        const double rel = projection.relativeLongitude(p.x());
        if (out.isEmpty())
            out.append(QPointF(rel, p.y()));
        else
            out.append(QPointF(out.last().x() + wrap180(rel - wrap180(out.last().x())), p.y()));
    }
    return out;
}

// Removes repeated points and out-and-back spikes (A, B, A -> A), which the data has where a ring
// was cut along the antimeridian and which would stroke as a line into the interior.
QPolygonF withoutSpikes(const QPolygonF &ring)
{
    QPolygonF out;
    out.reserve(ring.size());
    for (const QPointF &p : ring) {
        if (!out.isEmpty() && samePoint(out.last(), p))
            continue;
        if (out.size() >= 2 && samePoint(out[out.size() - 2], p)) {
            out.removeLast();
            continue;
        }
        out.append(p);
    }
    return out;
}

// Sutherland–Hodgman against the half plane x >= edge (keepGreater) or x <= edge.
QPolygonF clipX(const QPolygonF &poly, double edge, bool keepGreater)
{
    QPolygonF out;
    const qsizetype n = poly.size();
    if (n == 0)
        return out;
    auto inside = [&](QPointF p) { return keepGreater ? p.x() >= edge : p.x() <= edge; };
    auto cross = [&](QPointF a, QPointF b) {
        const double t = (edge - a.x()) / (b.x() - a.x());
        return QPointF(edge, a.y() + t * (b.y() - a.y()));
    };
    QPointF prev = poly[n - 1];
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF cur = poly[i];
        if (inside(cur)) {
            if (!inside(prev))
                out.append(cross(prev, cur));
            out.append(cur);
        } else if (inside(prev)) {
            out.append(cross(prev, cur));
        }
        prev = cur;
    }
    return out;
}

void densifyInto(QPolygonF &out, QPointF a, QPointF b)
{
    const double span = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
    const int steps = static_cast<int>(std::ceil(span / kDensifyStep));
    for (int s = 1; s < steps; ++s) {
        const double t = double(s) / steps;
        out.append(a + (b - a) * t);
    }
}

// Projects points given as (relative lon, lat); a closed ring gets its long edges subdivided (lines are
// sampled by their callers) and its closing edge added.
QPolygonF projectRelativePolygon(const QPolygonF &rel, bool closed)
{
    QPolygonF out;
    out.reserve(rel.size() + 8);
    for (qsizetype i = 0; i < rel.size(); ++i) {
        if (i > 0 && closed)
            densifyInto(out, rel[i - 1], rel[i]);
        out.append(rel[i]);
    }
    if (closed && rel.size() > 1) {
        densifyInto(out, rel.last(), rel.first());
        out.append(rel.first());
    }
    for (QPointF &p : out)
        p = EqualEarth::projectRelative(std::clamp(p.x(), -180.0, 180.0), p.y());
    return out;
}

double signedArea(const QPolygonF &poly)
{
    double a = 0;
    for (qsizetype i = 0, n = poly.size(); i < n; ++i) {
        const QPointF &p = poly[i];
        const QPointF &q = poly[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return a / 2;
}

struct Vec3
{
    double x, y, z;
};

Vec3 toVector(QPointF lonLat)
{
    const double lon = qDegreesToRadians(lonLat.x());
    const double lat = qDegreesToRadians(lonLat.y());
    return { std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat) };
}

QPointF toLonLat(Vec3 v)
{
    const double len = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
    return QPointF(qRadiansToDegrees(std::atan2(v.y, v.x)), qRadiansToDegrees(std::asin(std::clamp(v.z / len, -1.0, 1.0))));
}

} // namespace

EqualEarth::EqualEarth(double centralMeridian)
    : mCentralMeridian(wrap180(centralMeridian))
{
}

double EqualEarth::seamLongitude() const
{
    return wrap180(mCentralMeridian + 180.0);
}

double EqualEarth::relativeLongitude(double lon) const
{
    return wrap180(lon - mCentralMeridian);
}

QPointF EqualEarth::projectRelative(double relLon, double lat)
{
    const double lambda = qDegreesToRadians(relLon);
    const double phi = qDegreesToRadians(std::clamp(lat, -90.0, 90.0));
    const double l = std::asin(kM * std::sin(phi));
    const double l2 = l * l;
    const double l6 = l2 * l2 * l2;
    const double x = lambda * std::cos(l) / (kM * (kA1 + 3 * kA2 * l2 + l6 * (7 * kA3 + 9 * kA4 * l2)));
    const double y = l * (kA1 + kA2 * l2 + l6 * (kA3 + kA4 * l2));
    return QPointF(x, -y);
}

QPointF EqualEarth::project(double lon, double lat) const
{
    return projectRelative(relativeLongitude(lon), lat);
}

std::optional<QPointF> EqualEarth::unproject(QPointF mapPoint) const
{
    const double x = mapPoint.x();
    const double y = -mapPoint.y();
    const double yMax = -projectRelative(0, 90).y();
    if (!std::isfinite(x) || !std::isfinite(y) || std::abs(y) > yMax + 1e-12)
        return std::nullopt;
    // Newton's method for the parametric latitude; converges in a handful of steps.
    double l = y;
    for (int i = 0; i < 20; ++i) {
        const double l2 = l * l;
        const double l6 = l2 * l2 * l2;
        const double fy = l * (kA1 + kA2 * l2 + l6 * (kA3 + kA4 * l2)) - y;
        const double fpy = kA1 + 3 * kA2 * l2 + l6 * (7 * kA3 + 9 * kA4 * l2);
        const double delta = fy / fpy;
        l -= delta;
        if (std::abs(delta) < 1e-13)
            break;
    }
    const double l2 = l * l;
    const double l6 = l2 * l2 * l2;
    const double cosL = std::cos(l);
    double lambda = 0;
    if (cosL > 1e-12)
        lambda = kM * x * (kA1 + 3 * kA2 * l2 + l6 * (7 * kA3 + 9 * kA4 * l2)) / cosL;
    // On the pole line every x is the pole itself: longitude 0 relative to the centre.
    if (std::abs(lambda) > M_PI + 1e-9)
        return std::nullopt;
    const double phi = std::asin(std::clamp(std::sin(l) / kM, -1.0, 1.0));
    double lon = qRadiansToDegrees(lambda) + mCentralMeridian;
    lon = wrap180(lon);
    return QPointF(lon, qRadiansToDegrees(phi));
}

QRectF EqualEarth::bounds()
{
    const double xMax = projectRelative(180, 0).x();
    const double yMax = -projectRelative(0, 90).y();
    return QRectF(-xMax, -yMax, 2 * xMax, 2 * yMax);
}

QPolygonF EqualEarth::outline(int stepsPerSide)
{
    stepsPerSide = std::max(stepsPerSide, 2);
    QPolygonF poly;
    poly.reserve(2 * stepsPerSide + 3);
    for (int i = 0; i <= stepsPerSide; ++i)
        poly.append(projectRelative(180, 90 - 180.0 * i / stepsPerSide));
    for (int i = 0; i <= stepsPerSide; ++i)
        poly.append(projectRelative(-180, -90 + 180.0 * i / stepsPerSide));
    poly.append(poly.first());
    return poly;
}

QList<QPolygonF> EqualEarth::projectRing(const QPolygonF &lonLatRing) const
{
    QList<QPolygonF> pieces;
    if (lonLatRing.size() < 3)
        return pieces;
    QPolygonF ring = lonLatRing;
    if (!samePoint(ring.first(), ring.last()))
        ring.append(ring.first());
    QPolygonF u = unwrapped(*this, ring);
    const double net = u.last().x() - u.first().x();
    u.removeLast(); // the closing point: closing is implicit from here on
    if (std::abs(net) > 180.0) {
        // The ring goes round a pole: close it along the pole line on the side it encloses.
        double meanLat = 0;
        for (const QPointF &p : std::as_const(u))
            meanLat += p.y();
        const double pole = meanLat < 0 ? -90.0 : 90.0;
        u.append(QPointF(u.first().x() + net, ring.first().y()));
        u.append(QPointF(u.first().x() + net, pole));
        u.append(QPointF(u.first().x(), pole));
    }
    u = withoutSpikes(u);
    while (u.size() > 2 && samePoint(u.first(), u.last()))
        u.removeLast();
    if (u.size() < 3)
        return pieces;

    double minX = u.first().x();
    double maxX = minX;
    for (const QPointF &p : std::as_const(u)) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
    }
    // One strip of 360° per copy of the map the unwrapped ring touches; each clip shifted home.
    const int firstStrip = static_cast<int>(std::floor((minX + 180.0) / 360.0));
    const int lastStrip = static_cast<int>(std::floor((maxX + 180.0) / 360.0 - 1e-12));
    for (int k = firstStrip; k <= std::max(firstStrip, lastStrip); ++k) {
        const double left = -180.0 + 360.0 * k;
        QPolygonF piece = (k == firstStrip && k == lastStrip) ? u : clipX(clipX(u, left, true), left + 360.0, false);
        if (piece.size() < 3)
            continue;
        piece.translate(-360.0 * k, 0);
        if (std::abs(signedArea(piece)) < 1e-12)
            continue;
        pieces.append(projectRelativePolygon(piece, true));
    }
    return pieces;
}

QList<QPolygonF> EqualEarth::projectLine(const QPolygonF &lonLatLine) const
{
    QList<QPolygonF> pieces;
    if (lonLatLine.size() < 2)
        return pieces;
    const QPolygonF u = unwrapped(*this, lonLatLine);
    auto stripOf = [](double x) { return static_cast<int>(std::floor((x + 180.0) / 360.0)); };
    QPolygonF current;
    int strip = stripOf(u.first().x());
    current.append(u.first() - QPointF(360.0 * strip, 0));
    for (qsizetype i = 1; i < u.size(); ++i) {
        const QPointF a = u[i - 1];
        const QPointF b = u[i];
        const int next = stripOf(b.x());
        if (next != strip) {
            const double edge = -180.0 + 360.0 * std::max(strip, next);
            const double t = (edge - a.x()) / (b.x() - a.x());
            const QPointF c(edge, a.y() + t * (b.y() - a.y()));
            current.append(c - QPointF(360.0 * strip, 0));
            if (current.size() >= 2)
                pieces.append(projectRelativePolygon(current, false));
            current.clear();
            strip = next;
            current.append(c - QPointF(360.0 * strip, 0));
        }
        current.append(b - QPointF(360.0 * strip, 0));
    }
    if (current.size() >= 2)
        pieces.append(projectRelativePolygon(current, false));
    return pieces;
}

double angularDistance(QPointF from, QPointF to)
{
    const Vec3 a = toVector(from);
    const Vec3 b = toVector(to);
    const double dot = a.x * b.x + a.y * b.y + a.z * b.z;
    const Vec3 c { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x };
    const double crossLen = std::sqrt(c.x * c.x + c.y * c.y + c.z * c.z);
    return qRadiansToDegrees(std::atan2(crossLen, dot));
}

QPolygonF greatCircle(QPointF from, QPointF to, double maxStepDegrees)
{
    const double d = angularDistance(from, to);
    const int steps = std::max(1, static_cast<int>(std::ceil(d / std::max(maxStepDegrees, 0.01))));
    QPolygonF line;
    line.reserve(steps + 1);
    line.append(from);
    const Vec3 a = toVector(from);
    const Vec3 b = toVector(to);
    const double omega = qDegreesToRadians(d);
    const double sinOmega = std::sin(omega);
    for (int i = 1; i < steps; ++i) {
        const double t = double(i) / steps;
        if (sinOmega < 1e-9) {
            line.append(from + (to - from) * t);
            continue;
        }
        const double wa = std::sin((1 - t) * omega) / sinOmega;
        const double wb = std::sin(t * omega) / sinOmega;
        line.append(toLonLat({ wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z }));
    }
    line.append(to);
    return line;
}

QPointF sphericalCentroid(const QList<QPointF> &lonLat)
{
    if (lonLat.isEmpty())
        return {};
    Vec3 sum { 0, 0, 0 };
    for (const QPointF &p : lonLat) {
        const Vec3 v = toVector(p);
        sum.x += v.x;
        sum.y += v.y;
        sum.z += v.z;
    }
    if (std::sqrt(sum.x * sum.x + sum.y * sum.y + sum.z * sum.z) < 1e-9)
        return lonLat.first();
    return toLonLat(sum);
}

} // namespace atlas
