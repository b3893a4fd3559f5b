// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/actor.h"
#include "models/domain/localizedtext.h"
#include "models/io/atopimporter.h"

#include <QString>

#include <optional>
#include <span>
#include <utility>

namespace atlas {

/// ATOP's states as the dataset's actors: Correlates of War codes to ISO alpha-3 (with the historic
/// states the code table cannot map), names in both languages, regions and positions (capitals).
/// The country half of AtopImporter, which builds the ties.
namespace AtopCountries {

/// A historic state's COW code, its successor's ISO code (nullptr: none) and its names.
struct Historic
{
    int cow;
    const char16_t *alpha3; //!< nullptr: no successor
    const char16_t *en;
    const char16_t *zh;
    int sameFrom; //!< year from which the code stands for the successor itself (no note); 0: never
};
/// The COW codes of historic states that the code table cannot map, or maps to a successor whose name
/// would hide the historic state. See AtopImporter::mapCow() for the choice.
std::span<const Historic> historic();

/// \see AtopImporter::mapCow()
AtopImporter::CowMapping mapCow(int cow);
/// \see AtopImporter::capital()
std::optional<std::pair<double, double>> capital(const QString &alpha3);
/// The dataset's region of \a alpha3 from the code table's continent and World Bank region.
ActorRegion regionOf(const QString &alpha3);
/// The country's name in both languages (the code itself where the table has none).
LocalizedText countryName(const QString &alpha3);
/// Where the actor sits: its capital, else the centre of its largest piece on the built-in map.
std::optional<std::pair<double, double>> actorPosition(const QString &alpha3);

} // namespace AtopCountries

} // namespace atlas
