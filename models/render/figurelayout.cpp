// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/figurelayout.h"

#include <QJsonArray>

#include <cmath>

namespace atlas {

namespace {
double rounded(double v)
{
    return std::round(v * 100) / 100;
}

QJsonArray rectJson(const QRectF &r)
{
    return { rounded(r.x()), rounded(r.y()), rounded(r.width()), rounded(r.height()) };
}
} // namespace

QJsonObject FigureLayout::toJson() const
{
    QJsonObject regionsJson;
    for (auto it = regions.cbegin(); it != regions.cend(); ++it)
        regionsJson.insert(it.key(), rectJson(it.value()));
    QJsonArray labelsJson;
    for (const FigureLabel &l : labels)
        labelsJson.append(QJsonObject { { QStringLiteral("kind"), l.kind },
                                        { QStringLiteral("text"), l.text },
                                        { QStringLiteral("rect"), rectJson(l.rect) },
                                        { QStringLiteral("pt"), rounded(l.pt) } });
    QJsonArray tiesJson;
    for (const QString &id : ties)
        tiesJson.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("visible"), true } });
    return { { QStringLiteral("size"), QJsonArray { rounded(size.width()), rounded(size.height()) } },
             { QStringLiteral("regions"), regionsJson },
             { QStringLiteral("labels"), labelsJson },
             { QStringLiteral("ties"), tiesJson },
             { QStringLiteral("lanes"), QJsonArray::fromStringList(lanes) },
             { QStringLiteral("selection_highlighted"), selectionHighlighted } };
}

} // namespace atlas
