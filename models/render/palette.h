// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"
#include "models/domain/typology.h"

#include <QColor>
#include <QString>

namespace atlas {

enum class ActorRole : int; // models/actorroles.h
class Dataset;
struct TypologyCell;

/// The colours every view and export shares (Okabe–Ito, safe for the common colour-vision deficiencies).
/// Views take colours from here only, so the map, timeline, network and legend always agree.
namespace Palette {

// Okabe & Ito (2008) base colours.
inline const QColor kBlack { 0x00, 0x00, 0x00 };
inline const QColor kOrange { 0xE6, 0x9F, 0x00 };
inline const QColor kSkyBlue { 0x56, 0xB4, 0xE9 };
inline const QColor kBluishGreen { 0x00, 0x9E, 0x73 };
inline const QColor kYellow { 0xF0, 0xE4, 0x42 };
inline const QColor kBlue { 0x00, 0x72, 0xB2 };
inline const QColor kVermillion { 0xD5, 0x5E, 0x00 };
inline const QColor kReddishPurple { 0xCC, 0x79, 0xA7 };

inline const QColor kOcean { 0xF4, 0xF8, 0xFB };
inline const QColor kLand { 0xE4, 0xE4, 0xE0 };
inline const QColor kBorder { 0xFF, 0xFF, 0xFF };
inline const QColor kText { 0x22, 0x22, 0x22 };

/// The colour of a tie of \a kind (timeline bars; added by the timeline, shareable with the map legend).
inline QColor tieKindColour(TieKind kind)
{
    switch (kind) {
    case TieKind::BilateralAlliance: return kBlue;
    case TieKind::MultilateralAlliance: return kSkyBlue;
    case TieKind::Minilateral: return kBluishGreen;
    case TieKind::Partnership: return kOrange;
    case TieKind::Dialogue: return QColor(0xB8, 0xA9, 0x00); // Okabe–Ito yellow darkened to read on white
    case TieKind::IntelligenceSharing: return kReddishPurple;
    case TieKind::Exercise: return kOrange.darker(130);
    case TieKind::Agreement: return kSkyBlue.darker(130);
    case TieKind::Proposal: return kVermillion;
    }
    return kBlack;
}

// The map's colours (implemented in palette.cpp). Country fills are light tints so that the lines drawn
// over them stay visible; the hub's fill is the one strong colour.
inline const QColor kHiddenLand { 0xF3, 0xF3, 0xF0 };
inline const QColor kAllianceGroup { 0x1F, 0x3A, 0x5F }; //!< outline of an alliance's members (NATO)
inline const QColor kUnclassified { 0x55, 0x55, 0x55 };  //!< a minilateral the scheme does not place

/// Fill of a country in \a role (map and legend).
QColor roleColour(ActorRole role);
/// Colour of a typology cell (typology matrix, map minilaterals): li2024's four cells by their ids
/// (integrative, expansive, hub-and-spoke, loose); other cells by their position in the 2×2.
QColor typologyCellColour(const TypologyCell &cell);
/// Colour of \a tie on the map: a minilateral by its cell in \a scheme (kUnclassified when it has none);
/// a bilateral alliance kBlue, an alliance group kAllianceGroup, other kinds tieKindColour().
QColor tieColour(const Tie &tie, const Dataset &dataset, const QString &scheme = TypologyScheme::defaultId());

} // namespace Palette

} // namespace atlas
