// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace atlas {

/// The boxes labels keep out of (taken by labels, markers, the date and the legend), with a grid over
/// the target so that asking whether a box is free looks at the boxes near it, not at every box:
/// placing a few hundred labels tries thousands of places. Answers exactly as a scan of all boxes.
class LabelBoxes
{
public:
    /// A grid of cells about \a cell wide over \a area; boxes and points outside it go to its edge cells.
    LabelBoxes(const QRectF &area, double cell);

    void append(const QRectF &box);
    /// Whether a box intersects \a r (QRectF::intersects).
    bool intersects(const QRectF &r) const;
    /// Whether a box contains \a p (QRectF::contains).
    bool contains(QPointF p) const;

private:
    int column(double x) const;
    int row(double y) const;

    /// A box by its sides, as QRectF::intersects and QRectF::contains compare them: a box of no width
    /// or height intersects and contains nothing.
    struct Box
    {
        double left, right, top, bottom;
    };

    static Box sides(const QRectF &r);

    QRectF mArea;
    double mCell;
    int mColumns;
    int mRows;
    double mColumnsPerX; //!< columns per unit of x
    double mRowsPerY;
    QList<Box> mBoxes;
    QList<QList<int>> mCells; //!< row-major: the boxes touching each cell
};

} // namespace atlas
