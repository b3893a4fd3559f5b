// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"

#include <QRectF>

#include <optional>

namespace atlas {

/// The decorations over everything else: an exported figure's caption (its sources), bottom right.
class DecorationLayer : public MapLayer
{
public:
    MapLayerOrder order() const override { return MapLayerOrder::Decorations; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void clearCaches() override { mText.clear(); }

private:
    struct Caption
    {
        QString text;
        QFont font;
        QRectF rect;
    };
    static std::optional<Caption> layout(const MapFrame &frame, const MapRenderOptions &options);

    MapText mText;
};

} // namespace atlas
