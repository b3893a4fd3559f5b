// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/labelboxes.h"

#include <algorithm>
#include <cmath>

namespace atlas {

LabelBoxes::LabelBoxes(const QRectF &area, double cell)
    : mArea(area)
    , mCell(std::max(cell, 1.0))
    , mColumns(std::clamp(static_cast<int>(std::ceil(area.width() / mCell)), 1, 256))
    , mRows(std::clamp(static_cast<int>(std::ceil(area.height() / mCell)), 1, 256))
    , mColumnsPerX(mColumns / area.width())
    , mRowsPerY(mRows / area.height())
    , mCells(qsizetype(mColumns) * mRows)
{
}

int LabelBoxes::column(double x) const
{
    const double c = std::floor((x - mArea.left()) * mColumnsPerX);
    return static_cast<int>(std::clamp(std::isfinite(c) ? c : 0.0, 0.0, double(mColumns - 1)));
}

int LabelBoxes::row(double y) const
{
    const double r = std::floor((y - mArea.top()) * mRowsPerY);
    return static_cast<int>(std::clamp(std::isfinite(r) ? r : 0.0, 0.0, double(mRows - 1)));
}

LabelBoxes::Box LabelBoxes::sides(const QRectF &r)
{
    // As QRectF::intersects and QRectF::contains take them: x and x + width, the smaller first
    // (QRectF::normalized() would compute the right side again, an ulp away).
    const double x2 = r.x() + r.width(), y2 = r.y() + r.height();
    return { std::min(r.x(), x2), std::max(r.x(), x2), std::min(r.y(), y2), std::max(r.y(), y2) };
}

void LabelBoxes::append(const QRectF &box)
{
    const Box b = sides(box);
    const int index = static_cast<int>(mBoxes.size());
    mBoxes.append(b);
    const int lastRow = row(b.bottom), firstColumn = column(b.left), lastColumn = column(b.right);
    for (int r = row(b.top); r <= lastRow; ++r)
        for (int c = firstColumn; c <= lastColumn; ++c)
            mCells[qsizetype(r) * mColumns + c].append(index);
}

bool LabelBoxes::intersects(const QRectF &rect) const
{
    const Box r = sides(rect);
    if (r.left == r.right || r.top == r.bottom)
        return false;
    const int lastRow = row(r.bottom), firstColumn = column(r.left), lastColumn = column(r.right);
    for (int y = row(r.top); y <= lastRow; ++y)
        for (int x = firstColumn; x <= lastColumn; ++x)
            for (const int i : mCells[qsizetype(y) * mColumns + x]) {
                const Box &b = mBoxes[i];
                if (b.left < b.right && b.top < b.bottom && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom)
                    return true;
            }
    return false;
}

bool LabelBoxes::contains(QPointF p) const
{
    for (const int i : mCells[qsizetype(row(p.y())) * mColumns + column(p.x())]) {
        const Box &b = mBoxes[i];
        if (b.left < b.right && b.top < b.bottom && b.left <= p.x() && p.x() <= b.right && b.top <= p.y() && p.y() <= b.bottom)
            return true;
    }
    return false;
}

} // namespace atlas
