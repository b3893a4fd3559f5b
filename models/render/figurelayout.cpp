// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/figurelayout.h"

#include "models/render/map/maplayoutreport.h"

#include <QJsonArray>

namespace atlas {

QJsonObject FigureLayout::toJson() const
{
    QJsonObject regionsJson;
    for (auto it = regions.cbegin(); it != regions.cend(); ++it)
        regionsJson.insert(it.key(), MapLayoutReport::rectJson(it.value()));
    QJsonArray labelsJson;
    for (const FigureLabel &l : labels)
        labelsJson.append(QJsonObject { { QStringLiteral("kind"), l.kind },
                                        { QStringLiteral("text"), l.text },
                                        { QStringLiteral("rect"), MapLayoutReport::rectJson(l.rect) },
                                        { QStringLiteral("pt"), MapLayoutReport::rounded(l.pt) } });
    QJsonArray tiesJson;
    for (const QString &id : ties)
        tiesJson.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("visible"), true } });
    return { { QStringLiteral("size"), QJsonArray { MapLayoutReport::rounded(size.width()), MapLayoutReport::rounded(size.height()) } },
             { QStringLiteral("regions"), regionsJson },
             { QStringLiteral("labels"), labelsJson },
             { QStringLiteral("ties"), tiesJson },
             { QStringLiteral("lanes"), QJsonArray::fromStringList(lanes) },
             { QStringLiteral("selection_highlighted"), selectionHighlighted } };
}

} // namespace atlas
