// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/geo/viewport.h"

#include <QList>
#include <QRectF>

namespace atlas {

class Dataset;
class EqualEarth;
struct TieState;

/// Which part of the map shows some ties: the one rule for "frame to the data", used by the report
/// figure (the ties it draws), the map view when a tie is selected (its members) and by the region
/// presets (the ties in force among the region's members).
namespace MapFraming {

/// The viewport that fits the projected capitals of the members of \a ties and the arcs the map draws
/// between them into \a area with \a padding pixels around, keeping the projection. Large multilateral
/// alliances (drawn as outlined groups) add their members' capitals only. When the data is wider than
/// \a area's shape, \a usedHeight receives the height it needs (else \a area's height). A null
/// viewport (Viewport()) when there is nothing to frame.
Viewport frame(const Dataset &dataset, const QList<const TieState *> &ties, const EqualEarth &projection, const QRectF &area,
               double padding, double *usedHeight = nullptr);

/// The viewport between \a from (at 0) and \a to (at 1) at \a t: the zoom geometrically, so that a
/// zoom-in feels steady, the centre linearly.
Viewport interpolate(const Viewport &from, const Viewport &to, double t);

} // namespace MapFraming

} // namespace atlas
