// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/topojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

struct Decoder
{
    QList<QPolygonF> arcs;
    QString error;

    bool decodeArcs(const QJsonObject &topology)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        const bool quantized = topology.contains(QLatin1String("transform"));
        if (quantized) {
            const QJsonObject transform = topology.value(QLatin1String("transform")).toObject();
            const QJsonArray scale = transform.value(QLatin1String("scale")).toArray();
            const QJsonArray translate = transform.value(QLatin1String("translate")).toArray();
            if (scale.size() != 2 || translate.size() != 2) {
                error = TopoJson::tr("the transform needs a scale and a translate of two numbers each");
                return false;
            }
            sx = scale[0].toDouble();
            sy = scale[1].toDouble();
            tx = translate[0].toDouble();
            ty = translate[1].toDouble();
        }
        const QJsonArray arcArray = topology.value(QLatin1String("arcs")).toArray();
        arcs.reserve(arcArray.size());
        for (qsizetype i = 0; i < arcArray.size(); ++i) {
            const QJsonArray positions = arcArray[i].toArray();
            QPolygonF arc;
            arc.reserve(positions.size());
            double x = 0, y = 0;
            for (const QJsonValue &value : positions) {
                const QJsonArray pos = value.toArray();
                if (pos.size() < 2) {
                    error = TopoJson::tr("arc %1 has a position with fewer than two coordinates").arg(i);
                    return false;
                }
                if (quantized) {
                    x += pos[0].toDouble();
                    y += pos[1].toDouble();
                    arc.append(QPointF(x * sx + tx, y * sy + ty));
                } else {
                    arc.append(QPointF(pos[0].toDouble(), pos[1].toDouble()));
                }
                if (!std::isfinite(arc.last().x()) || !std::isfinite(arc.last().y())) {
                    error = TopoJson::tr("arc %1 has a coordinate that is not a finite number").arg(i);
                    return false;
                }
            }
            arcs.append(arc);
        }
        return true;
    }

    // A ring is a list of arc indices; ~i (= -i - 1) stands for arc i reversed. Consecutive arcs share
    // their joining point, which is kept once.
    bool ring(const QJsonArray &indices, QPolygonF &out)
    {
        for (const QJsonValue &value : indices) {
            if (!value.isDouble()) {
                error = TopoJson::tr("an arc index is not a number");
                return false;
            }
            const qint64 index = value.toInteger();
            const bool reversed = index < 0;
            const qint64 arcIndex = reversed ? ~index : index;
            if (arcIndex < 0 || arcIndex >= arcs.size()) {
                error = TopoJson::tr("arc index %1 is out of range (the topology has %2 arcs)").arg(index).arg(arcs.size());
                return false;
            }
            QPolygonF arc = arcs[arcIndex];
            if (reversed)
                std::reverse(arc.begin(), arc.end());
            if (!out.isEmpty() && !arc.isEmpty())
                arc.removeFirst();
            out += arc;
        }
        return true;
    }

    bool polygon(const QJsonArray &rings, QList<QPolygonF> &out)
    {
        for (const QJsonValue &r : rings) {
            QPolygonF poly;
            if (!ring(r.toArray(), poly))
                return false;
            if (poly.size() >= 4)
                out.append(poly);
        }
        return true;
    }
};

} // namespace

TopoJsonResult TopoJson::read(const QByteArray &json, const QString &objectName)
{
    TopoJsonResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    const QJsonObject topology = doc.object();
    if (topology.value(QLatin1String("type")).toString() != QLatin1String("Topology")) {
        result.error = tr("not a TopoJSON topology");
        return result;
    }
    const QJsonValue object = topology.value(QLatin1String("objects")).toObject().value(objectName);
    if (!object.isObject()) {
        result.error = tr("the topology has no object \"%1\"").arg(objectName);
        return result;
    }
    Decoder decoder;
    if (!decoder.decodeArcs(topology)) {
        result.error = decoder.error;
        return result;
    }
    QJsonArray geometries;
    if (object.toObject().value(QLatin1String("type")).toString() == QLatin1String("GeometryCollection"))
        geometries = object.toObject().value(QLatin1String("geometries")).toArray();
    else
        geometries.append(object);

    for (const QJsonValue &g : std::as_const(geometries)) {
        const QJsonObject geometry = g.toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        GeoFeature feature;
        const QJsonValue id = geometry.value(QLatin1String("id"));
        feature.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        feature.name = geometry.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
        const QJsonArray arcs = geometry.value(QLatin1String("arcs")).toArray();
        if (type == QLatin1String("Polygon")) {
            QList<QPolygonF> poly;
            if (!decoder.polygon(arcs, poly)) {
                result.error = decoder.error;
                return result;
            }
            if (!poly.isEmpty())
                feature.polygons.append(poly);
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &p : arcs) {
                QList<QPolygonF> poly;
                if (!decoder.polygon(p.toArray(), poly)) {
                    result.error = decoder.error;
                    return result;
                }
                if (!poly.isEmpty())
                    feature.polygons.append(poly);
            }
        } else {
            continue; // points, lines and null geometries have no area to draw
        }
        result.features.append(feature);
    }
    return result;
}

} // namespace atlas
