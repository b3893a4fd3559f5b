// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/projection.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace atlas {

/// The countries of the base map, projected once (Equal Earth centred on 150°E) into map coordinates
/// and kept as QPainterPaths, so that drawing at any date or zoom never re-projects. Built from a
/// TopoJSON topology; builtIn() is the Natural Earth 1:50m map compiled into the application.
class WorldMap
{
    Q_DECLARE_TR_FUNCTIONS(WorldMap)

public:
    struct Country
    {
        QString id;   //!< ISO 3166-1 alpha-3, or empty for a territory without a code
        QString name; //!< English name from the map data (display names come from the dataset)
        QPainterPath path; //!< full detail
        QList<QPainterPath> simplified; //!< coarser versions, one per kLevels entry
        QRectF bounds;
        QPointF labelPoint;  //!< map coordinates: centroid of the largest piece
        QPointF anchorLonLat; //!< (lon, lat) of labelPoint
        double area = 0;     //!< map units²
    };

    WorldMap() = default;

    /// The built-in Natural Earth 1:50m map, loaded on first use from the binary form that the build
    /// made of resources/world/countries-50m.json (worldmapgen: decoding, projecting and simplifying
    /// the TopoJSON took most of the first map's time at every start).
    static const WorldMap &builtIn();
    /// The map as binary data: the countries with their projected paths, every level, as built here.
    QByteArray toBinary() const;
    /// The map of toBinary()'s \a data; an empty map (and \a error) when it is not such data.
    static WorldMap fromBinary(const QByteArray &data, QString *error = nullptr);
    /// Decodes the object "countries" of a TopoJSON topology (feature ids: ISO numeric). Features
    /// with the same code are merged; Antarctica is left out. \a error is set when decoding fails.
    static WorldMap fromTopoJson(const QByteArray &json, const EqualEarth &projection = EqualEarth(), QString *error = nullptr);

    const EqualEarth &projection() const { return mProjection; }
    const QList<Country> &countries() const { return mCountries; }
    bool isEmpty() const { return mCountries.isEmpty(); }
    /// Index into countries() of \a alpha3, or -1.
    int indexOf(const QString &alpha3) const { return mIndex.value(alpha3, -1); }
    const Country *country(const QString &alpha3) const
    {
        const int i = indexOf(alpha3);
        return i < 0 ? nullptr : &mCountries[i];
    }
    /// Douglas–Peucker tolerances (map units) of Country::simplified; coarsest first.
    static constexpr double kLevels[] = { 0.004, 0.002, 0.001, 0.0005 };
    /// The coarsest outline of country \a index whose error stays under half a pixel at \a pixelsPerUnit.
    const QPainterPath &path(int index, double pixelsPerUnit) const;

    /// Index of the country under \a mapPoint (map coordinates), or -1 (sea, or a territory without a code).
    int countryAt(QPointF mapPoint) const;

    /// The outline of the globe (ocean), and parallels/meridians every \a stepDegrees, in map coordinates.
    QPainterPath outline() const;
    QPainterPath graticule(double stepDegrees = 30.0) const;

private:
    EqualEarth mProjection;
    QList<Country> mCountries;
    QHash<QString, int> mIndex;
};

} // namespace atlas
