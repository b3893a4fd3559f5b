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
    , mCells(qsizetype(mColumns) * mRows)
{
}

int LabelBoxes::column(double x) const
{
    const double c = std::floor((x - mArea.left()) / mArea.width() * mColumns);
    return static_cast<int>(std::clamp(std::isfinite(c) ? c : 0.0, 0.0, double(mColumns - 1)));
}

int LabelBoxes::row(double y) const
{
    const double r = std::floor((y - mArea.top()) / mArea.height() * mRows);
    return static_cast<int>(std::clamp(std::isfinite(r) ? r : 0.0, 0.0, double(mRows - 1)));
}

void LabelBoxes::append(const QRectF &box)
{
    const QRectF b = box.normalized();
    const int index = static_cast<int>(mBoxes.size());
    mBoxes.append(box);
    for (int r = row(b.top()); r <= row(b.bottom()); ++r)
        for (int c = column(b.left()); c <= column(b.right()); ++c)
            mCells[qsizetype(r) * mColumns + c].append(index);
}

bool LabelBoxes::intersects(const QRectF &rect) const
{
    const QRectF r = rect.normalized();
    for (int y = row(r.top()); y <= row(r.bottom()); ++y)
        for (int x = column(r.left()); x <= column(r.right()); ++x)
            for (const int i : mCells[qsizetype(y) * mColumns + x])
                if (mBoxes[i].intersects(rect))
                    return true;
    return false;
}

bool LabelBoxes::contains(QPointF p) const
{
    for (const int i : mCells[qsizetype(row(p.y())) * mColumns + column(p.x())])
        if (mBoxes[i].contains(p))
            return true;
    return false;
}

} // namespace atlas
