// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QString>

namespace atlas {

/// One feature of a TopoJSON object: its polygons, each an outer ring followed by its holes, as closed
/// rings of (lon, lat) points in degrees.
struct GeoFeature
{
    QString id;   //!< the feature's "id" as written (Natural Earth: ISO 3166-1 numeric); may be empty
    QString name; //!< properties.name, if any
    QList<QList<QPolygonF>> polygons;
};

struct TopoJsonResult
{
    QList<GeoFeature> features;
    QString error; //!< empty on success

    bool ok() const { return error.isEmpty(); }
};

/// Decodes the Polygon and MultiPolygon geometries of one object of a TopoJSON topology (quantized,
/// delta-encoded arcs, or plain ones). Untrusted input: a malformed topology gives an error, never a crash.
class TopoJson
{
    Q_DECLARE_TR_FUNCTIONS(TopoJson)

public:
    static TopoJsonResult read(const QByteArray &json, const QString &objectName);
};

} // namespace atlas
