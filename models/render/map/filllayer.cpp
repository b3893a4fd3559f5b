// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/filllayer.h"

#include "models/geo/worldmap.h"
#include "models/render/linerasterizer.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace atlas {

// Draws country \a index with \a brush and \a pen (map units), directly or through its sprite.
void FillLayer::drawCountry(QPainter &painter, const MapFrame &frame, int index, const QBrush &brush, const QPen &pen, int style) const
{
    const QPainterPath &path = mWorld->path(index, frame.devicePxPerUnit);
    if (!frame.sprites) {
        LineRasterizer::fillAndStroke(painter, path, brush, pen);
        return;
    }
    const quint64 key = (quint64(index) << 16) | quint64(style);
    const Sprite sprite = mSprites.get(key, [&] {
        const qreal dpr = frame.dpr;
        const QRectF bounds = frame.toTarget.mapRect(mWorld->countries()[index].bounds).adjusted(-3, -3, 3, 3) & frame.target;
        Sprite drawn;
        if (!bounds.isEmpty()) {
            // Whole device pixels, so the sprite's pixels fall exactly on the layer's.
            const QRect device = QRectF(bounds.topLeft() * dpr, bounds.size() * dpr).toAlignedRect();
            drawn.at = QPointF(device.topLeft()) / dpr;
            drawn.image = QImage(device.size(), QImage::Format_ARGB32_Premultiplied);
            drawn.image.setDevicePixelRatio(dpr);
            drawn.image.fill(Qt::transparent);
            QPainter p(&drawn.image);
            p.setRenderHint(QPainter::Antialiasing, !frame.draft);
            p.translate(-drawn.at);
            p.setTransform(frame.toTarget, true);
            LineRasterizer::fillAndStroke(p, path, brush, pen);
        }
        return drawn;
    });
    if (!sprite.image.isNull())
        painter.drawImage(sprite.at, sprite.image);
}

FillLayer::Key FillLayer::keyOf(const WorldMap &world, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    Key key { {}, frame.toTarget, frame.target, frame.unit, options.draft };
    // In a fixed order (the roles are a hash): the same scene gives the same drawing, byte for byte.
    QStringList actors = frame.roles.roles().keys();
    actors.sort();
    for (const QString &actor : std::as_const(actors)) {
        const ActorRole role = frame.roles.role(actor);
        if (role == ActorRole::Other || (input.hidden && input.hidden->contains(actor)))
            continue;
        const int index = world.indexOf(actor);
        if (index >= 0)
            key.items.append({ index, static_cast<int>(role) });
    }
    // Alliance groups: every member country outlined in the group colour, once, in the strongest style of
    // its groups (in force, then suspended, then proposed).
    QMap<int, int> outlined; // country index -> 0 in force, 1 suspended, 2 proposed (ordered: a fixed drawing order)
    for (const MapGroupOutline &group : frame.groups) {
        const int style = group.dashed ? 2 : group.faded ? 1 : 0;
        for (const QString &m : group.members) {
            const int index = world.indexOf(m);
            if (index < 0)
                continue;
            auto it = outlined.find(index);
            if (it == outlined.end())
                outlined.insert(index, style);
            else
                *it = std::min(*it, style);
        }
    }
    for (int style = 0; style < 3; ++style)
        for (auto it = outlined.cbegin(); it != outlined.cend(); ++it)
            if (it.value() == style)
                key.items.append({ it.key(), 16 + style });
    return key;
}

QRectF FillLayer::bounds(const MapFrame &frame, int index) const
{
    // The sprite's rectangle (drawCountry) and a pixel of rounding.
    return frame.toTarget.mapRect(mWorld->countries()[index].bounds).adjusted(-5, -5, 5, 5);
}

void FillLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (frame.sprites) {
        const SpriteKey spriteKey { (frame.target.size() * frame.dpr).toSize(), frame.dpr, frame.toTarget, frame.unit, frame.draft };
        QMutexLocker lock(&mSpriteKeyLock);
        if (!mSpriteKey || !(*mSpriteKey == spriteKey)) {
            mSprites.clear(); // drawn for another view, size or quality
            mSpriteKey = spriteKey;
        }
    }
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    const QPen border(Palette::kBorder, 0.6 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // Group outlines on raster devices are one device pixel wide, which the raster engine strokes on
    // its fast path.
    const double width = frame.rasterOutlines ? 1.0 / std::max(frame.devicePxPerUnit, 1e-9) : 1.1 * frame.unit * px;
    QPen outlines[3];
    for (int style = 0; style < 3; ++style) {
        outlines[style] = QPen(MapStyle::faded(Palette::kAllianceGroup, style == 1), width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
        if (style == 2)
            outlines[style].setDashPattern({ 3, 2 });
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, !frame.draft);
    if (!frame.sprites)
        painter.setTransform(frame.toTarget, true);
    for (const Item &item : current(frame, input, options).items) {
        if (!frame.repaints(bounds(frame, item.country)))
            continue;
        if (item.style < 16)
            drawCountry(painter, frame, item.country, Palette::roleColour(static_cast<ActorRole>(item.style)), border, item.style);
        else
            drawCountry(painter, frame, item.country, Qt::NoBrush, outlines[item.style - 16], item.style);
    }
    painter.restore();
}

const FillLayer::Key &FillLayer::current(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const MapPaintContext context(frame.serial, input, options);
    if (!context.matches(mCurrentContext)) {
        mCurrent = keyOf(*mWorld, frame, input, options);
        mCurrentContext = context;
    }
    return mCurrent;
}

bool FillLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    return !mKey || !(*mKey == current(frame, input, options));
}

MapDamage FillLayer::damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const Key &now = current(frame, input, options);
    if (!mKey || mKey->toTarget != now.toTarget || mKey->target != now.target || mKey->unit != now.unit || mKey->draft != now.draft)
        return MapDamage::everything();
    MapDamage damage;
    damage.compare(mKey->items, now.items, [](const Item &item) { return item.key(); }, [&](const Item &item) { return bounds(frame, item.country); });
    return damage;
}

void FillLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    mKey = current(frame, input, options);
}

void FillLayer::clearCaches()
{
    mSprites.clear();
    mSpriteKey.reset();
    mKey.reset();
    mCurrentContext = {};
}

} // namespace atlas
