// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/selectionlayer.h"

#include "models/geo/worldmap.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/palette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace atlas {

void SelectionLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(options)
    if (input.selection.kind != Selection::Kind::Actor)
        return;
    const int index = mWorld->indexOf(input.selection.id);
    if (index < 0)
        return;
    painter.save();
    painter.setTransform(frame.toTarget, true);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Palette::kText, 2.4 * frame.unit / std::max(frame.pxPerUnit, 1e-9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(mWorld->path(index, frame.devicePxPerUnit));
    painter.restore();
}

bool SelectionLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(frame) Q_UNUSED(options)
    return !mKey || !(*mKey == input.selection);
}

void SelectionLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    Q_UNUSED(frame) Q_UNUSED(options)
    mKey = input.selection;
}

} // namespace atlas
