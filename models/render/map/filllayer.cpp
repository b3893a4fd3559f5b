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
    auto it = mSprites.constFind(key);
    if (it == mSprites.constEnd()) {
        const qreal dpr = frame.dpr;
        const QRectF bounds = frame.toTarget.mapRect(mWorld->countries()[index].bounds).adjusted(-3, -3, 3, 3) & frame.target;
        Sprite sprite;
        if (!bounds.isEmpty()) {
            // Whole device pixels, so the sprite's pixels fall exactly on the layer's.
            const QRect device = QRectF(bounds.topLeft() * dpr, bounds.size() * dpr).toAlignedRect();
            sprite.at = QPointF(device.topLeft()) / dpr;
            sprite.image = QImage(device.size(), QImage::Format_ARGB32_Premultiplied);
            sprite.image.setDevicePixelRatio(dpr);
            sprite.image.fill(Qt::transparent);
            QPainter p(&sprite.image);
            p.setRenderHint(QPainter::Antialiasing, !frame.draft);
            p.translate(-sprite.at);
            p.setTransform(frame.toTarget, true);
            LineRasterizer::fillAndStroke(p, path, brush, pen);
        }
        it = mSprites.insert(key, sprite);
    }
    if (!it->image.isNull())
        painter.drawImage(it->at, it->image);
}

void FillLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(options)
    if (frame.sprites) {
        const SpriteKey spriteKey { (frame.target.size() * frame.dpr).toSize(), frame.dpr, frame.toTarget, frame.unit, frame.draft };
        if (!mSpriteKey || !(*mSpriteKey == spriteKey)) {
            mSprites.clear(); // drawn for another view, size or quality
            mSpriteKey = spriteKey;
        }
    }
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    const QPen border(Palette::kBorder, 0.6 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, !frame.draft);
    if (!frame.sprites)
        painter.setTransform(frame.toTarget, true);
    // In a fixed order (the roles are a hash): the same scene gives the same drawing, byte for byte.
    QStringList actors = frame.roles.roles().keys();
    actors.sort();
    for (const QString &actor : std::as_const(actors)) {
        const ActorRole role = frame.roles.role(actor);
        if (role == ActorRole::Other || (input.hidden && input.hidden->contains(actor)))
            continue;
        const int index = mWorld->indexOf(actor);
        if (index >= 0)
            drawCountry(painter, frame, index, Palette::roleColour(role), border, static_cast<int>(role));
    }
    // Alliance groups: every member country outlined in the group colour, once, in the strongest style of
    // its groups (in force, then suspended, then proposed). On raster devices one device pixel wide,
    // which the raster engine strokes on its fast path.
    QMap<int, int> outlined; // country index -> 0 in force, 1 suspended, 2 proposed (ordered: a fixed drawing order)
    for (const MapGroupOutline &group : frame.groups) {
        const int style = group.dashed ? 2 : group.faded ? 1 : 0;
        for (const QString &m : group.members) {
            const int index = mWorld->indexOf(m);
            if (index < 0)
                continue;
            auto it = outlined.find(index);
            if (it == outlined.end())
                outlined.insert(index, style);
            else
                *it = std::min(*it, style);
        }
    }
    const double width = frame.rasterOutlines ? 1.0 / std::max(frame.devicePxPerUnit, 1e-9) : 1.1 * frame.unit * px;
    for (int style = 0; style < 3; ++style) {
        QPen pen(MapStyle::faded(Palette::kAllianceGroup, style == 1), width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
        if (style == 2)
            pen.setDashPattern({ 3, 2 });
        for (auto it = outlined.cbegin(); it != outlined.cend(); ++it)
            if (it.value() == style)
                drawCountry(painter, frame, it.key(), Qt::NoBrush, pen, 16 + style);
    }
    painter.restore();
}

bool FillLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(input)
    return !mKey || !(*mKey == Key { frame.roles.roles(), frame.groups, options.draft });
}

void FillLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    Q_UNUSED(input)
    mKey = Key { frame.roles.roles(), frame.groups, options.draft };
}

void FillLayer::clearCaches()
{
    mSprites.clear();
    mSpriteKey.reset();
    mKey.reset();
}

} // namespace atlas
