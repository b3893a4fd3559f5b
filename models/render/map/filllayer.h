// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/maplayer.h"

#include <QBrush>
#include <QHash>
#include <QImage>
#include <QPen>
#include <QTransform>

#include <optional>

namespace atlas {

class WorldMap;

/// Countries filled by their role at the date, and the members of large alliances outlined in the
/// alliance colour. On cached raster layers every (country, style) is drawn once into a sprite and
/// blitted after, so a date change recolours countries with image copies.
class FillLayer : public MapLayer
{
public:
    explicit FillLayer(const WorldMap &world) : mWorld(&world) { }

    MapLayerOrder order() const override { return MapLayerOrder::Fills; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) override;
    void clearCaches() override;

private:
    struct Sprite
    {
        QImage image;
        QPointF at; //!< target coordinates of the image's top left
    };
    // What the sprites were drawn for: the view, the size and the quality.
    struct SpriteKey
    {
        QSize pixels;
        qreal dpr = 1;
        QTransform toTarget;
        double unit = 1;
        bool draft = false;
        friend bool operator==(const SpriteKey &, const SpriteKey &) = default;
    };
    struct Key
    {
        QHash<QString, ActorRole> roles;
        QList<MapGroupOutline> groups;
        bool draft = false;
        friend bool operator==(const Key &, const Key &) = default;
    };
    void drawCountry(QPainter &painter, const MapFrame &frame, int index, const QBrush &brush, const QPen &pen, int style) const;

    const WorldMap *mWorld;
    mutable QHash<quint64, Sprite> mSprites; //!< (country, style) -> its fill or outline at mSpriteKey
    mutable std::optional<SpriteKey> mSpriteKey;
    std::optional<Key> mKey;
};

} // namespace atlas
