// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/tie.h"

#include <QColor>
#include <QFont>
#include <QString>

namespace atlas {

class Dataset;

/// Small drawing rules that several map layers share: line widths, fading, fonts and the names that
/// labels and tooltips show.
namespace MapStyle {

/// Multilateral alliances with at least this many visible members are drawn as an outlined group of
/// countries (NATO, SEATO); smaller ones (ANZUS) as a star like the minilaterals.
constexpr int kGroupThreshold = 5;

/// \a c, at 35 % opacity when \a fade (suspended ties and members).
QColor faded(QColor c, bool fade);
/// The thin line from a place to its label when the label is set off (dark grey, half opaque).
inline QColor leaderColour() { return QColor(0x22, 0x22, 0x22, 140); }
/// Width of a tie's line in units (MapFrame::unit) by its kind.
double lineWidth(TieKind kind);
/// The default font at \a pixels pixels (at least 1).
QFont sizedFont(double pixels, bool bold = false);
/// An actor's name, or a country's for a code that is no actor, or the id itself.
QString actorName(const Dataset &dataset, const QString &id, Language language);
/// Map labels are short: an organisation's abbreviation in parentheses ("… (NATO)") stands for it.
QString labelName(const Dataset &dataset, const QString &id, Language language);

} // namespace MapStyle

} // namespace atlas
