// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/palette.h"

#include "models/query/actorroles.h"
#include "models/domain/dataset.h"

namespace atlas {

namespace {
QColor tint(const QColor &colour, double amount)
{
    // amount 1: the colour itself; 0: white.
    return QColor::fromRgbF(static_cast<float>(1 - amount * (1 - colour.redF())),
                            static_cast<float>(1 - amount * (1 - colour.greenF())),
                            static_cast<float>(1 - amount * (1 - colour.blueF())));
}
} // namespace

QColor Palette::roleColour(ActorRole role)
{
    switch (role) {
    case ActorRole::Hub:
        return kBlue;
    case ActorRole::TreatyAlly:
        return tint(kSkyBlue, 0.75);
    case ActorRole::MinilateralPartner:
        return tint(kBluishGreen, 0.45);
    case ActorRole::SecurityPartner:
        return tint(kYellow, 0.6);
    case ActorRole::Other:
        break;
    }
    return kLand;
}

QColor Palette::typologyCellColour(const TypologyCell &cell)
{
    const QString id = cell.id.toLower();
    if (id.contains(QLatin1String("integr")))
        return kBluishGreen;
    if (id.contains(QLatin1String("expan")))
        return kVermillion;
    if (id.contains(QLatin1String("hub")))
        return kBlue;
    if (id.contains(QLatin1String("loose")))
        return kReddishPurple;
    // By position, following li2024's layout (x: unidirectionality, y: closedness; high = strong).
    if (cell.highX && cell.highY)
        return kBlue;
    if (!cell.highX && cell.highY)
        return kBluishGreen;
    if (cell.highX && !cell.highY)
        return kVermillion;
    return kReddishPurple;
}

QColor Palette::tieColour(const Tie &tie, const Dataset &dataset, const QString &scheme)
{
    switch (tie.kind) {
    case TieKind::BilateralAlliance:
        return kBlue;
    case TieKind::MultilateralAlliance:
        return kAllianceGroup;
    case TieKind::Minilateral:
        if (const Placement *p = dataset.placement(scheme, tie.id))
            if (const TypologyScheme *s = dataset.typology(scheme))
                if (const TypologyCell *cell = s->cell(p->cell))
                    return typologyCellColour(*cell);
        return kUnclassified;
    default:
        break;
    }
    return tieKindColour(tie.kind);
}

} // namespace atlas
