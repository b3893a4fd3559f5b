// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/spritecache.h"

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
    /// The countries whose fill or outline changed (their sprites' rectangles).
    MapDamage damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
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
    /// One country drawn: its index and style (a role's fill, or 16 + an outline's style), in order.
    struct Item
    {
        int country = -1;
        int style = 0;
        quint64 key() const { return (quint64(country) << 16) | quint64(style); }
        friend bool operator==(const Item &, const Item &) = default;
    };
    /// What paint() draws, in order, and for what view.
    struct Key
    {
        QList<Item> items;
        QTransform toTarget;
        QRectF target;
        double unit = 1;
        bool draft = false;
        friend bool operator==(const Key &, const Key &) = default;
    };
    static Key keyOf(const WorldMap &world, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options);
    /// keyOf() for \a frame, kept under its serial (read by every call of one paint).
    const Key &current(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    mutable MapPaintContext mCurrentContext;
    mutable Key mCurrent;
    /// Where country \a index is drawn (its sprite's rectangle), target coordinates.
    QRectF bounds(const MapFrame &frame, int index) const;
    void drawCountry(QPainter &painter, const MapFrame &frame, int index, const QBrush &brush, const QPen &pen, int style) const;

    const WorldMap *mWorld;
    SpriteCache<quint64, Sprite> mSprites { 1 << 16 }; //!< (country, style) -> its fill or outline at mSpriteKey
    mutable QMutex mSpriteKeyLock; //!< paint() may run on two threads at once (MapRenderer)
    mutable std::optional<SpriteKey> mSpriteKey;
    std::optional<Key> mKey;
};

} // namespace atlas
