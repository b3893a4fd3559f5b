// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/mapstyle.h"

#include "models/domain/countrycodes.h"
#include "models/domain/dataset.h"

#include <algorithm>
#include <cmath>

namespace atlas::MapStyle {

QColor faded(QColor c, bool fade)
{
    if (fade)
        c.setAlphaF(0.35f);
    return c;
}

double lineWidth(TieKind kind)
{
    switch (kind) {
    case TieKind::BilateralAlliance:
        return 2.6;
    case TieKind::MultilateralAlliance:
    case TieKind::Minilateral:
        return 2.2;
    case TieKind::Proposal:
        return 1.8;
    default:
        break;
    }
    return 1.4;
}

QFont sizedFont(double pixels, bool bold)
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

QString actorName(const Dataset &dataset, const QString &id, Language language)
{
    if (const Actor *a = dataset.actor(id))
        return a->name.text(language);
    if (const CountryCodes::Country *c = CountryCodes::instance().byAlpha3(id))
        return c->name.text(language);
    return id;
}

QString labelName(const Dataset &dataset, const QString &id, Language language)
{
    const Actor *a = dataset.actor(id);
    const QString name = actorName(dataset, id, language);
    if (a && a->kind == ActorKind::Organisation && name.endsWith(u')')) {
        const qsizetype open = name.lastIndexOf(u'(');
        if (open >= 0)
            return name.mid(open + 1, name.size() - open - 2);
    }
    return name;
}

} // namespace atlas::MapStyle
