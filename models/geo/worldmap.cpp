// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"

#include "models/countrycodes.h"
#include "models/geo/topojson.h"

#include <QFile>

#include <cmath>

namespace atlas {

namespace {

// Natural Earth features without an ISO numeric id that a dataset may still refer to.
QString codeForUnnumbered(const QString &name)
{
    if (name == QLatin1String("Kosovo"))
        return QStringLiteral("XKX");
    return {};
}

double polygonArea(const QPolygonF &poly, QPointF *centroid = nullptr)
{
    double a = 0, cx = 0, cy = 0;
    for (qsizetype i = 0, n = poly.size(); i < n; ++i) {
        const QPointF &p = poly[i];
        const QPointF &q = poly[(i + 1) % n];
        const double cross = p.x() * q.y() - q.x() * p.y();
        a += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    a /= 2;
    if (centroid) {
        if (std::abs(a) > 1e-15)
            *centroid = QPointF(cx / (6 * a), cy / (6 * a));
        else
            *centroid = poly.boundingRect().center();
    }
    return std::abs(a);
}

} // namespace

const WorldMap &WorldMap::builtIn()
{
    static const WorldMap map = [] {
        QFile file(QStringLiteral(":/atlas/world/countries-50m.json"));
        if (!file.open(QIODevice::ReadOnly))
            return WorldMap();
        return fromTopoJson(file.readAll());
    }();
    return map;
}

WorldMap WorldMap::fromTopoJson(const QByteArray &json, const EqualEarth &projection, QString *error)
{
    WorldMap map;
    map.mProjection = projection;
    const TopoJsonResult topo = TopoJson::read(json, QStringLiteral("countries"));
    if (error)
        *error = topo.error;
    if (!topo.ok())
        return map;

    QList<double> largest; // per country: area of the piece its label point comes from
    for (const GeoFeature &feature : topo.features) {
        bool numeric = false;
        const int code = feature.id.toInt(&numeric);
        QString alpha3 = numeric ? CountryCodes::instance().alpha3FromNumeric(code) : QString();
        if (alpha3.isEmpty())
            alpha3 = codeForUnnumbered(feature.name);
        if (alpha3 == QLatin1String("ATA") || code == 10)
            continue; // Antarctica: no ties, and its space below the map holds the legend

        int index = alpha3.isEmpty() ? -1 : map.mIndex.value(alpha3, -1);
        if (index < 0) {
            index = static_cast<int>(map.mCountries.size());
            Country c;
            c.id = alpha3;
            c.name = feature.name;
            map.mCountries.append(c);
            largest.append(0);
            if (!alpha3.isEmpty())
                map.mIndex.insert(alpha3, index);
        }
        Country &country = map.mCountries[index];
        for (const QList<QPolygonF> &polygon : feature.polygons) {
            for (qsizetype r = 0; r < polygon.size(); ++r) {
                for (const QPolygonF &piece : projection.projectRing(polygon[r])) {
                    country.path.addPolygon(piece);
                    country.path.closeSubpath();
                    if (r != 0)
                        continue; // holes neither add area nor hold the label
                    QPointF centroid;
                    const double area = polygonArea(piece, &centroid);
                    country.area += area;
                    if (area > largest[index]) {
                        largest[index] = area;
                        country.labelPoint = centroid;
                    }
                }
            }
        }
        country.bounds = country.path.boundingRect();
        if (const auto lonLat = projection.unproject(country.labelPoint))
            country.anchorLonLat = *lonLat;
    }
    return map;
}

int WorldMap::countryAt(QPointF mapPoint) const
{
    for (int i = 0; i < mCountries.size(); ++i) {
        const Country &c = mCountries[i];
        if (c.bounds.contains(mapPoint) && c.path.contains(mapPoint))
            return c.id.isEmpty() ? -1 : i;
    }
    return -1;
}

QPainterPath WorldMap::outline() const
{
    QPainterPath path;
    path.addPolygon(EqualEarth::outline());
    path.closeSubpath();
    return path;
}

QPainterPath WorldMap::graticule(double stepDegrees) const
{
    QPainterPath path;
    if (stepDegrees <= 0)
        return path;
    for (double lat = -90 + stepDegrees; lat < 90 - 1e-9; lat += stepDegrees) {
        path.moveTo(EqualEarth::projectRelative(-180, lat));
        path.lineTo(EqualEarth::projectRelative(180, lat)); // parallels are straight in Equal Earth
    }
    // Meridians at whole multiples of the step in true longitude, so they pass through 0° and 180°.
    const double firstLon = std::ceil((mProjection.centralMeridian() - 180) / stepDegrees) * stepDegrees;
    for (double lon = firstLon; lon < mProjection.centralMeridian() + 180 - 1e-9; lon += stepDegrees) {
        const double rel = mProjection.relativeLongitude(lon);
        path.moveTo(EqualEarth::projectRelative(rel, 90));
        for (int i = 1; i <= 90; ++i)
            path.lineTo(EqualEarth::projectRelative(rel, 90 - 2.0 * i));
    }
    return path;
}

} // namespace atlas
