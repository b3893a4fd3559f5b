// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QPen>
#include <QLineF>
#include <QList>

class QPainter;
class QPainterPath;

namespace atlas {

/// One straight stroke: a round-capped line of \a width (logical units, as a QPen's) in \a colour
/// (its alpha included).
struct RasterLine
{
    QLineF line;
    QColor colour;
    qreal width = 1;
};

/// Draws many antialiased, round-capped lines straight into the QImage a painter paints on.
///
/// Why: at 300 dpi a figure's network has thousands of lines a thousand pixels long, and QPainter
/// strokes each into an outline and fills it with its general antialiasing rasterizer, cell by
/// cell, handing every 256 spans to Qt's GUI thread pool: that was most of a figure export's time.
/// Here each line is a capsule (a segment and a radius): every pixel near it gets the coverage of a
/// one-pixel ramp at the capsule's edge and is blended source-over, row by row over the capsule's
/// own span of each row. The picture is the same in kind (same geometry, colours and alpha; edges
/// within about a tenth of a pixel's coverage of QPainter's).
///
/// canDraw() tells whether the painter's state allows it; otherwise draw() falls back to QPainter,
/// so the caller needs no second path (SVG, PDF and widgets keep vector lines).
class LineRasterizer
{
public:
    /// True when \a painter paints on a QImage of format RGB32, ARGB32 premultiplied, with a
    /// transform that only scales and translates, full opacity, source-over composition and at most
    /// a rectangular clip (the renderers clip with rectangles only): the cases draw() writes pixels for.
    static bool canDraw(const QPainter &painter);
    /// Draws \a lines in order, as QPainter would with QPen(colour, width, Qt::SolidLine, Qt::RoundCap)
    /// and antialiasing (a line of no length draws nothing): into the image's pixels when canDraw(),
    /// else with \a painter.
    static void draw(QPainter &painter, const QList<RasterLine> &lines);
    /// Strokes the outline of \a path (curves flattened at device resolution, joins and caps round)
    /// in \a colour, \a width wide, as QPainter's strokePath with such a pen, when canDraw(): each
    /// pixel once, with the coverage of the union of the segments' capsules (through a coverage
    /// mask), so joints and outlines that lie on one another (two countries' shared border) are not
    /// darker. Returns false, having drawn nothing, when !canDraw(): then the caller strokes with
    /// QPainter.
    static bool strokePath(QPainter &painter, const QPainterPath &path, const QColor &colour, qreal width);
    /// QPainter::drawPath(\a path) with \a brush and \a pen, the outline by strokePath() when the
    /// pen is a solid colour (its caps and joins then round) and canDraw(): QPainter's stroker took a
    /// quarter of a 300-dpi figure's time on outlines of countries, nodes and halos of labels.
    static void fillAndStroke(QPainter &painter, const QPainterPath &path, const QBrush &brush, const QPen &pen);
};

} // namespace atlas
