// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace atlas {

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

} // namespace Palette

} // namespace atlas
