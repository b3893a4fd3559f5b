// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/maplayoutreport.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace atlas {

double MapLayoutReport::rounded(double v)
{
    return std::round(v * 100) / 100;
}

QJsonArray MapLayoutReport::rectJson(const QRectF &r)
{
    return { rounded(r.x()), rounded(r.y()), rounded(r.width()), rounded(r.height()) };
}

namespace {

QJsonValue rectOrNull(const std::optional<QRectF> &r)
{
    return r ? QJsonValue(MapLayoutReport::rectJson(*r)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject MapLayoutReport::toJson() const
{
    QJsonObject regions;
    regions.insert(QLatin1String("map"), rectJson(map));
    regions.insert(QLatin1String("legend"), rectOrNull(legend));
    regions.insert(QLatin1String("date"), rectOrNull(date));
    regions.insert(QLatin1String("controls"), rectOrNull(controls));
    QJsonArray labelArray;
    for (const Label &l : labels)
        labelArray.append(QJsonObject { { QLatin1String("text"), l.text },
                                        { QLatin1String("kind"), l.kind },
                                        { QLatin1String("rect"), rectJson(l.rect) },
                                        { QLatin1String("px"), rounded(l.px) } });
    QJsonArray tieArray;
    for (const Tie &t : ties)
        tieArray.append(QJsonObject { { QLatin1String("id"), t.id },
                                      { QLatin1String("visible"), t.visible },
                                      { QLatin1String("glyph"), rectOrNull(t.glyph) },
                                      { QLatin1String("bounds"), rectOrNull(t.bounds) },
                                      { QLatin1String("clipped"), t.clipped } });
    return { { QLatin1String("size"), QJsonArray { rounded(size.width()), rounded(size.height()) } },
             { QLatin1String("regions"), regions },
             { QLatin1String("labels"), labelArray },
             { QLatin1String("ties"), tieArray },
             { QLatin1String("date"), day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) } };
}

} // namespace atlas
