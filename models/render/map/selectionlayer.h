// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"
#include "models/render/map/maplayer.h"

#include <optional>

namespace atlas {

class WorldMap;

/// The selected actor's country outlined in dark (a selected tie is marked by the ties layer).
class SelectionLayer : public MapLayer
{
public:
    explicit SelectionLayer(const WorldMap &world) : mWorld(&world) { }

    MapLayerOrder order() const override { return MapLayerOrder::Selection; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) override;
    void clearCaches() override { mKey.reset(); }

private:
    const WorldMap *mWorld;
    std::optional<Selection> mKey;
};

} // namespace atlas
