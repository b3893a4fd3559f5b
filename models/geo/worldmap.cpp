// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"

#include "models/domain/countrycodes.h"
#include "models/geo/topojson.h"

#include <QDataStream>
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

// Douglas–Peucker on a closed ring, keeping at least four points so that no island disappears.
QPolygonF simplifiedRing(const QPolygonF &ring, double tolerance)
{
    const qsizetype n = ring.size();
    if (n <= 8 || tolerance <= 0)
        return ring;
    QList<bool> keep(n, false);
    // Split at the first point and the point farthest from it.
    qsizetype far = 0;
    double farDist = -1;
    for (qsizetype i = 1; i < n; ++i) {
        const double d = std::hypot(ring[i].x() - ring[0].x(), ring[i].y() - ring[0].y());
        if (d > farDist) {
            farDist = d;
            far = i;
        }
    }
    keep[0] = keep[far] = keep[n - 1] = true;
    QList<std::pair<qsizetype, qsizetype>> stack { { 0, far }, { far, n - 1 } };
    const double tol2 = tolerance * tolerance;
    while (!stack.isEmpty()) {
        const auto [a, b] = stack.takeLast();
        if (b <= a + 1)
            continue;
        const QPointF p = ring[a];
        const QPointF q = ring[b];
        const QPointF pq = q - p;
        const double len2 = QPointF::dotProduct(pq, pq);
        double best = -1;
        qsizetype bestIndex = -1;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF r = ring[i] - p;
            double d2;
            if (len2 <= 0) {
                d2 = QPointF::dotProduct(r, r);
            } else {
                const double cross = pq.x() * r.y() - pq.y() * r.x();
                d2 = cross * cross / len2;
            }
            if (d2 > best) {
                best = d2;
                bestIndex = i;
            }
        }
        if (best > tol2) {
            keep[bestIndex] = true;
            stack.append({ a, bestIndex });
            stack.append({ bestIndex, b });
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < n; ++i)
        if (keep[i])
            out.append(ring[i]);
    if (out.size() < 4) {
        // A tiny island: keep a small quadrilateral of its own points.
        out = { ring[0], ring[n / 4], ring[n / 2], ring[3 * n / 4] };
    }
    return out;
}

} // namespace

const WorldMap &WorldMap::builtIn()
{
    static const WorldMap map = [] {
        QFile file(QStringLiteral(":/atlas/world/countries-50m.bin"));
        if (!file.open(QIODevice::ReadOnly))
            return WorldMap();
        return fromBinary(file.readAll());
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
        country.simplified.resize(std::size(kLevels));
        for (const QList<QPolygonF> &polygon : feature.polygons) {
            for (qsizetype r = 0; r < polygon.size(); ++r) {
                for (const QPolygonF &piece : projection.projectRing(polygon[r])) {
                    country.path.addPolygon(piece);
                    country.path.closeSubpath();
                    for (size_t level = 0; level < std::size(kLevels); ++level) {
                        country.simplified[level].addPolygon(simplifiedRing(piece, kLevels[level]));
                        country.simplified[level].closeSubpath();
                    }
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

namespace {
constexpr quint32 kBinaryMagic = 0x4141574d; // "AAWM"
constexpr quint32 kBinaryVersion = 2;

// A country's outline is rings of straight segments (moveTo, lineTo...; closed rings end on their
// first point). Written as the number of rings, then per ring its number of points and the points as
// raw doubles in this machine's byte order (worldmapgen writes the file at build time, on the machine
// that reads it): read back in bulk, not element by element through QDataStream's QPainterPath
// operator, which took an eighth of the window's start.
void writeRings(QDataStream &out, const QPainterPath &path)
{
    QList<QPolygonF> rings;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo() || rings.isEmpty())
            rings.append(QPolygonF());
        rings.last().append(QPointF(e.x, e.y));
    }
    out << qint32(rings.size());
    for (const QPolygonF &ring : std::as_const(rings)) {
        out << qint32(ring.size());
        out.writeRawData(reinterpret_cast<const char *>(ring.constData()), int(ring.size() * qsizetype(sizeof(QPointF))));
    }
}

/// The path writeRings() wrote; the stream's status says whether it was all there.
QPainterPath readRings(QDataStream &in, qsizetype bytesLeft)
{
    QPainterPath path;
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > bytesLeft / 4) {
        in.setStatus(QDataStream::ReadCorruptData);
        return path;
    }
    QPolygonF ring;
    for (qint32 r = 0; r < count && in.status() == QDataStream::Ok; ++r) {
        qint32 points = 0;
        in >> points;
        if (points < 0 || points > bytesLeft / qsizetype(sizeof(QPointF))) {
            in.setStatus(QDataStream::ReadCorruptData);
            return path;
        }
        ring.resize(points);
        const int bytes = int(points * qsizetype(sizeof(QPointF)));
        if (in.readRawData(reinterpret_cast<char *>(ring.data()), bytes) != bytes) {
            in.setStatus(QDataStream::ReadPastEnd);
            return path;
        }
        path.addPolygon(ring);
    }
    return path;
}
} // namespace

QByteArray WorldMap::toBinary() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kBinaryMagic << kBinaryVersion << mProjection.centralMeridian() << qint32(mCountries.size());
    for (const Country &c : mCountries)
    {
        out << c.id << c.name;
        writeRings(out, c.path);
        out << qint32(c.simplified.size());
        for (const QPainterPath &level : c.simplified)
            writeRings(out, level);
        out << c.bounds << c.labelPoint << c.anchorLonLat << c.area;
    }
    return data;
}

WorldMap WorldMap::fromBinary(const QByteArray &data, QString *error)
{
    QDataStream in(data);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    double centralMeridian = 0;
    qint32 count = 0;
    in >> magic >> version >> centralMeridian >> count;
    WorldMap map;
    if (magic != kBinaryMagic || version != kBinaryVersion || count < 0 || in.status() != QDataStream::Ok) {
        if (error)
            *error = tr("not a world map of this version");
        return map;
    }
    map.mProjection = EqualEarth(centralMeridian);
    map.mCountries.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Country c;
        in >> c.id >> c.name;
        c.path = readRings(in, data.size());
        qint32 levels = 0;
        in >> levels;
        if (levels < 0 || levels > 16)
            in.setStatus(QDataStream::ReadCorruptData);
        for (qint32 level = 0; level < levels && in.status() == QDataStream::Ok; ++level)
            c.simplified.append(readRings(in, data.size()));
        in >> c.bounds >> c.labelPoint >> c.anchorLonLat >> c.area;
        if (!c.id.isEmpty())
            map.mIndex.insert(c.id, int(map.mCountries.size()));
        map.mCountries.append(std::move(c));
    }
    if (in.status() != QDataStream::Ok) {
        if (error)
            *error = tr("the world map data is truncated");
        return WorldMap();
    }
    return map;
}

const QPainterPath &WorldMap::path(int index, double pixelsPerUnit) const
{
    const Country &c = mCountries[index];
    for (size_t level = 0; level < std::size(kLevels) && level < size_t(c.simplified.size()); ++level)
        if (kLevels[level] * pixelsPerUnit <= 0.5)
            return c.simplified[level];
    return c.path;
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
