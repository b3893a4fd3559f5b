// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QString>

namespace atlas {

enum class ActorKind { Country, Organisation };
enum class ActorRegion { NorthAmerica, Europe, EastAsia, SoutheastAsia, SouthAsia, Oceania, Other };

/// A country (ISO 3166-1 alpha-3 id) or an organisation (NATO, EU, ASEAN) that can be a member of ties.
struct Actor
{
    QString id;
    ActorKind kind = ActorKind::Country;
    LocalizedText name;
    double lon = 0; //!< capital or seat, degrees east
    double lat = 0; //!< degrees north
    ActorRegion region = ActorRegion::Other;

    bool isAsiaPacific() const
    {
        return region == ActorRegion::EastAsia || region == ActorRegion::SoutheastAsia
            || region == ActorRegion::SouthAsia || region == ActorRegion::Oceania;
    }
    bool isEuroAtlantic() const { return region == ActorRegion::Europe || region == ActorRegion::NorthAmerica; }
};

} // namespace atlas
