// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/maprenderer.h"

#include "models/concurrency/parallelfor.h"
#include "models/domain/dataset.h"
#include "models/geo/projection.h"
#include "models/geo/worldmap.h"
#include "models/query/snapshot.h"
#include "models/render/map/basemaplayer.h"
#include "models/render/map/comparelayer.h"
#include "models/render/map/datelayer.h"
#include "models/render/map/decorationlayer.h"
#include "models/render/map/filllayer.h"
#include "models/render/map/labellayer.h"
#include "models/render/map/legendlayer.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/selectionlayer.h"
#include "models/render/map/tielayer.h"

#include <QPaintDevice>
#include <QPainter>
#include <QRegion>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace atlas {

namespace {

// The cached images on screen: the base map, the base with the fills, that with the selection and
// the ties, and that with the labels (what one frame blits). Labels have their own image so that a
// label placed anew repaints only labels where it was and is, not the ties beneath (label damage is
// most of a date drag's). Layers after the labels are drawn live on every frame.
enum Tier { BaseTier, FillTier, OverlayTier, LabelTier, TierCount, Live = TierCount };

int tierOf(MapLayerOrder order)
{
    switch (order) {
    case MapLayerOrder::BaseMap:
        return BaseTier;
    case MapLayerOrder::Fills:
        return FillTier;
    case MapLayerOrder::Selection:
    case MapLayerOrder::Ties:
        return OverlayTier;
    case MapLayerOrder::Labels:
        return LabelTier;
    default:
        break;
    }
    return Live;
}

/// The image pixels of \a rects (target coordinates, images painted from \a origin), as a few
/// rectangles of whole tiles (runs of damaged tiles in a row, runs of equal rows joined); nullopt when
/// they cover so much of the image that repainting all of it is as cheap.
std::optional<QList<QRect>> pixelRects(const QList<QRectF> &rects, QPointF origin, QSize pixels)
{
    constexpr int kTile = 32;
    const int columns = (pixels.width() + kTile - 1) / kTile;
    const int rows = (pixels.height() + kTile - 1) / kTile;
    QList<bool> damaged(qsizetype(columns) * rows, false);
    const QRect image(QPoint(0, 0), pixels);
    qint64 tiles = 0;
    for (const QRectF &r : rects) {
        // A pixel more on each side against rounding; none for a rectangle on whole pixels already
        // (what the image below repainted, in whole tiles: widened, it would take the next ring).
        const QRectF at = r.translated(-origin);
        const QRect pixelsOf = at.toAlignedRect();
        const QRect aligned = (QRectF(pixelsOf) == at ? pixelsOf : pixelsOf.adjusted(-1, -1, 1, 1)) & image;
        if (aligned.isEmpty())
            continue;
        for (int y = aligned.top() / kTile; y <= aligned.bottom() / kTile; ++y)
            for (int x = aligned.left() / kTile; x <= aligned.right() / kTile; ++x)
                if (!std::exchange(damaged[qsizetype(y) * columns + x], true))
                    ++tiles;
    }
    if (tiles * 10 > qint64(columns) * rows * 6)
        return std::nullopt;
    QList<QRect> out;
    QList<QRect> open; // runs of the row above, to be extended downwards
    for (int y = 0; y < rows; ++y) {
        QList<QRect> runs;
        for (int x = 0; x < columns; ++x) {
            if (!damaged[qsizetype(y) * columns + x])
                continue;
            int end = x;
            while (end + 1 < columns && damaged[qsizetype(y) * columns + end + 1])
                ++end;
            runs.append(QRect(x, y, end - x + 1, 1));
            x = end;
        }
        QList<QRect> next;
        for (QRect run : std::as_const(runs)) {
            const auto above = std::find_if(open.begin(), open.end(), [&](const QRect &o) { return o.left() == run.left() && o.right() == run.right(); });
            if (above != open.end()) {
                run.setTop(above->top());
                open.erase(above);
            }
            next.append(run);
        }
        out += open; // runs that do not go on
        open = next;
    }
    out += open;
    for (QRect &r : out)
        r = QRect(r.left() * kTile, r.top() * kTile, r.width() * kTile, r.height() * kTile) & image;
    return out;
}

/// Copies the pixels of \a rect from \a from into \a to (same size and format).
void copyRect(QImage &to, const QImage &from, const QRect &rect)
{
    const qsizetype bytes = qsizetype(rect.width()) * 4;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        std::memcpy(to.scanLine(y) + qsizetype(rect.left()) * 4, from.constScanLine(y) + qsizetype(rect.left()) * 4, static_cast<size_t>(bytes));
}

} // namespace

struct MapRenderer::Raster
{
    QImage images[TierCount];
    QPointF origin; //!< where the images were painted from, in the target's coordinates
};

/// The frame prepare() built and the state it was built for: the paint() that follows (the view's
/// paint event) uses it instead of laying the same frame out again, and the layers' keys derived from
/// it (MapFrame::serial) are found again.
struct MapRenderer::Prepared
{
    MapFrame frame;
    QRectF target;
    MapInput input;
    /// The snapshot's ties, held: while they are, a snapshot taken anew cannot have the same address.
    QList<TieState> ties;
    QDate date;
    QSet<QString> hidden;
    MapRenderOptions options;

    bool matches(const QRectF &t, const MapInput &in, const MapRenderOptions &o) const
    {
        return t == target && in.dataset == input.dataset && in.snapshot == input.snapshot && in.hidden == input.hidden
            && in.selection == input.selection && in.compare == input.compare && in.snapshot && in.snapshot->ties.constData() == ties.constData()
            && in.snapshot->ties.size() == ties.size() && in.snapshot->date == date && (in.hidden ? *in.hidden : QSet<QString>()) == hidden
            && o == options;
    }
};

MapRenderer::MapRenderer(const WorldMap &world)
    : mWorld(&world)
    , mArcs(std::make_unique<ArcCache>(world))
    , mRaster(std::make_unique<Raster>())
{
    mLayers.push_back(std::make_unique<BaseMapLayer>(world));
    mLayers.push_back(std::make_unique<FillLayer>(world));
    mLayers.push_back(std::make_unique<SelectionLayer>(world));
    mLayers.push_back(std::make_unique<TieLayer>(world));
    mLayers.push_back(std::make_unique<LabelLayer>(world));
    auto date = std::make_unique<DateLayer>();
    mDate = date.get();
    mLayers.push_back(std::move(date));
    auto legend = std::make_unique<LegendLayer>();
    mLegend = legend.get();
    mLayers.push_back(std::move(legend));
    mLayers.push_back(std::make_unique<DecorationLayer>());
    mLayers.push_back(std::make_unique<CompareLayer>(world, CompareLayer::Part::Lines));
    auto compareKey = std::make_unique<CompareLayer>(world, CompareLayer::Part::Key);
    mCompareKey = compareKey.get();
    mLayers.push_back(std::move(compareKey));
    std::stable_sort(mLayers.begin(), mLayers.end(), [](const auto &a, const auto &b) { return a->order() < b->order(); });
}

MapRenderer::MapRenderer()
    : MapRenderer(WorldMap::builtIn())
{
}

MapRenderer::~MapRenderer() = default;

QList<const MapLayer *> MapRenderer::layers() const
{
    QList<const MapLayer *> list;
    for (const auto &layer : mLayers)
        list.append(layer.get());
    return list;
}

ActorRole MapRenderer::roleOf(const QString &actor, const MapInput &input)
{
    if (!input.dataset || !input.snapshot)
        return ActorRole::Other;
    const bool hubHidden = input.hidden && input.hidden->contains(input.dataset->hub);
    return ActorRoles::compute(*input.dataset, *input.snapshot, hubHidden).role(actor);
}

QRectF MapRenderer::mapArea(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    // The legend, the date and the title are overlays in the map's empty corners: the map takes it all.
    Q_UNUSED(input) Q_UNUSED(options)
    return target;
}

QRectF MapRenderer::legendRect(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    if (input.compare)
        return mCompareKey->keyRect(frame(target, input, options), input, options);
    return frame(target, input, options).legend;
}

MapFrame MapRenderer::frame(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    MapFrame f = MapFrame::build(target, mapArea(target, input, options), input, options, *mWorld, *mArcs);
    f.headings = mDate->boxes(f, input, options);
    if (input.compare) {
        CompareLayer::recolour(f, *input.compare);
    } else {
        f.legend = mLegend->rect(f, input, options); // labels and the callouts' key keep out of it; its layer paints there
    }
    return f;
}

MapFrame MapRenderer::paintFrame(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    if (mPrepared && mPrepared->matches(target, input, options))
        return mPrepared->frame;
    mPrepared.reset();
    return frame(target, input, options);
}

void MapRenderer::paint(QPainter &painter, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    MapFrame f = paintFrame(target, input, options);
    f.draft = options.draft;
    // Detail of the country outlines follows the pixels they end up on (export devices scale further).
    const QTransform device = painter.deviceTransform();
    f.devicePxPerUnit = f.pxPerUnit * std::sqrt(std::abs(device.determinant()));
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Cached images are blitted in the target's coordinates: a translation, or a uniform scale (the
    // points-to-pixels scale of an exported film's frames), keeps them on the pixel grid.
    const QPaintDevice *paintDevice = painter.device();
    const QTransform world = painter.worldTransform();
    const bool cacheable = options.rasterCache && !input.compare && paintDevice && world.type() <= QTransform::TxScale && world.m11() > 0
        && qFuzzyCompare(world.m11(), world.m22());
    if (cacheable) {
        paintCached(painter, f, input, options);
        mLive = liveRects(f, options);
    }
    for (const auto &layer : mLayers)
        if ((!cacheable || tierOf(layer->order()) == Live) && !CompareLayer::replaces(*layer, input))
            layer->paint(painter, f, input, options);
    painter.restore();

    if (MapLayoutReport *report = options.layoutReport) {
        *report = MapLayoutReport();
        report->size = target.size();
        report->map = f.area;
        report->day = input.snapshot ? input.snapshot->date : QDate();
        if (!options.controls.isNull())
            report->controls = options.controls;
        for (const auto &layer : mLayers)
            if (!CompareLayer::replaces(*layer, input))
                layer->report(*report, f, input, options);
    }
}

// Each tier's image is the one below it with the tier's layers painted over: repainted where a tier
// below was, and where its layers' drawing changed (MapDamage), restored there from the image below.
// A date change that changes nothing drawn only blits.
void MapRenderer::paintCached(QPainter &painter, MapFrame &f, const MapInput &input, const MapRenderOptions &options) const
{
    // On screen (no scale) outlines are one device pixel; a film's frames (scaled from points) keep the
    // outlines of the still figure they must match.
    const QTransform toDevice = painter.deviceTransform();
    updateRaster(f, input, options, toDevice, painter.device()->devicePixelRatioF() * painter.worldTransform().m11(),
                 painter.worldTransform().type() <= QTransform::TxTranslate);
    // The cached image is opaque over the whole target (the base map fills it): when the target covers
    // whole device pixels, copying it is enough, without blending each pixel over what lies beneath.
    const QRectF device = toDevice.mapRect(f.target);
    const bool aligned = toDevice.type() <= QTransform::TxTranslate && device.topLeft() == QPointF(std::round(device.left()), std::round(device.top()))
        && device.size() == QSizeF(std::round(device.width()), std::round(device.height()));
    const QPainter::CompositionMode mode = painter.compositionMode();
    if (aligned && mode == QPainter::CompositionMode_SourceOver)
        painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(mRaster->origin, mRaster->images[TierCount - 1]);
    painter.setCompositionMode(mode);
}

MapDamage MapRenderer::updateRaster(MapFrame &f, const MapInput &input, const MapRenderOptions &options, const QTransform &toDevice, qreal dpr,
                                    bool rasterOutlines) const
{
    const QRectF &target = f.target;
    f.devicePxPerUnit = f.pxPerUnit * dpr;
    f.rasterOutlines = rasterOutlines;
    f.sprites = true;
    f.dpr = dpr;
    // The images start on a device pixel (the target's corner may fall between two, e.g. in a film's
    // frame scaled from points): blitted there, they line up with the layers painted live over them.
    const QPointF corner = toDevice.map(target.topLeft());
    const QPointF origin = toDevice.inverted().map(QPointF(std::floor(corner.x()), std::floor(corner.y())));
    const QSize pixels(static_cast<int>(std::ceil(target.width() * dpr)) + 1, static_cast<int>(std::ceil(target.height() * dpr)) + 1);
    // Layer buffers are reused: a copy is a memcpy into the existing image, not an allocation.
    auto copyInto = [&](QImage &to, const QImage &from) {
        if (to.size() != from.size() || to.format() != from.format())
            to = QImage(from.size(), from.format());
        std::memcpy(to.bits(), from.constBits(), static_cast<size_t>(from.sizeInBytes()));
        to.setDevicePixelRatio(dpr);
    };
    // Each tier is repainted where it or a tier below changed: all of it (a new view, size or
    // selection), or in the rectangles its layers report (a date change: a few countries, a few ties).
    // Partial repaints need the image's pixels on whole target units (no scale, origin on the grid).
    const bool pixelGrid = dpr == 1.0 && origin == QPointF(std::round(origin.x()), std::round(origin.y()));
    MapDamage below;
    if (origin != mRaster->origin)
        below = MapDamage::everything();
    mRaster->origin = origin;
    bool partial = false; // an image repainted in part
    bool overlay = false; // the ties' or the labels' image repainted
    for (int tier = BaseTier; tier < TierCount; ++tier) {
        QImage &image = mRaster->images[tier];
        MapDamage damage = below;
        if (image.isNull() || image.size() != pixels)
            damage = MapDamage::everything();
        for (const auto &layer : mLayers)
            if (tierOf(layer->order()) == tier && layer->changed(f, input, options))
                damage.add(layer->damage(f, input, options));
        if (damage.isEmpty())
            continue;
        std::optional<QList<QRect>> part;
        if (!damage.all && pixelGrid && tier != BaseTier)
            part = pixelRects(damage.rects, origin, pixels);
        const bool whole = !part;
        const QList<QRect> rects = part.value_or(QList<QRect>());
        if (whole && tier == BaseTier) {
            image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
        } else if (whole) {
            copyInto(image, mRaster->images[tier - 1]);
        } else {
            for (const QRect &r : rects)
                copyRect(image, mRaster->images[tier - 1], r);
        }
        // The rectangles of a partial repaint on two threads, each taking the next rectangle when free
        // and painting it through its own painter on the same pixels (the rectangles do not overlap,
        // and the layers' caches are shared safely: SpriteCache). What the layers read was derived by
        // changed() above, and what they would make is made by prepareRepaint(), on this thread.
        QList<QRectF> repaint; // the rectangles in target coordinates
        for (const QRect &r : rects)
            repaint.append(QRectF(r).translated(origin));
        if (!whole) {
            for (const auto &layer : mLayers)
                if (tierOf(layer->order()) == tier)
                    layer->prepareRepaint(f, input, options, repaint);
        }
        const qsizetype count = whole ? 1 : rects.size();
        const int threads = int(std::min<qsizetype>(threadCount(0), count));
        std::atomic<qsizetype> next { 0 };
        uchar *const bits = image.bits(); // detached here, before the threads
        parallelFor(threads, threads, [&](qsizetype) {
            QImage view(bits, image.width(), image.height(), image.bytesPerLine(), image.format());
            view.setDevicePixelRatio(image.devicePixelRatio());
            MapFrame shareFrame = f;
            QPainter p(&view);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.translate(-origin);
            for (qsizetype i = next++; i < count; i = next++) {
                if (!whole) {
                    shareFrame.repaint = repaint[i];
                    p.setClipRect(rects[i].translated(origin.toPoint()));
                }
                for (const auto &layer : mLayers)
                    if (tierOf(layer->order()) == tier)
                        layer->paint(p, shareFrame, input, options);
            }
        });
        for (const auto &layer : mLayers)
            if (tierOf(layer->order()) == tier)
                layer->remember(f, input, options);
        below = MapDamage();
        if (whole)
            below.all = true;
        else
            below.add(repaint);
        if (rects.isEmpty() && !whole)
            continue; // the change lies outside the image
        partial = partial || !whole;
        if (tier >= OverlayTier)
            overlay = true;
        else
            ++mCacheRebuilds;
    }
    mPartialRebuilds += partial ? 1 : 0;
    mOverlayRebuilds += overlay ? 1 : 0;
    return below; // what the top image repainted
}

QList<QRectF> MapRenderer::liveRects(const MapFrame &f, const MapRenderOptions &options) const
{
    if (!options.caption.isEmpty())
        return { f.target }; // an exported film's caption: not worth tracking
    QList<QRectF> rects;
    // The title and the date with their halos (a fifth of the font, less than a quarter of the box).
    for (const QRectF &heading : f.headings)
        rects.append(heading.adjusted(-heading.height() / 4 - 4, -heading.height() / 4 - 4, heading.height() / 4 + 4, heading.height() / 4 + 4));
    if (!f.legend.isNull())
        rects.append(f.legend.adjusted(-2 * f.unit - 4, -2 * f.unit - 4, 2 * f.unit + 4, 2 * f.unit + 4)); // its image is two pixels larger
    return rects;
}

QRegion MapRenderer::prepare(const QRectF &target, const MapInput &input, const MapRenderOptions &options, qreal devicePixelRatio) const
{
    const QRect whole = target.toAlignedRect();
    if (!options.rasterCache || input.compare)
        return whole;
    MapFrame f = frame(target, input, options);
    f.draft = options.draft;
    const MapDamage damage = updateRaster(f, input, options, QTransform::fromScale(devicePixelRatio, devicePixelRatio), devicePixelRatio, true);
    if (input.snapshot)
        mPrepared.reset(new Prepared { f, target, input, input.snapshot->ties, input.snapshot->date, input.hidden ? *input.hidden : QSet<QString>(), options });
    QList<QRectF> live = liveRects(f, options);
    std::swap(live, mLive);
    if (damage.all)
        return whole;
    QRegion region;
    for (const QRectF &r : damage.rects)
        region += r.toAlignedRect();
    for (const QList<QRectF> *rects : { &live, &mLive }) // before and now
        for (const QRectF &r : *rects)
            region += r.toAlignedRect().adjusted(-1, -1, 1, 1);
    return region & whole;
}

void MapRenderer::clearCaches()
{
    mArcs->clear();
    *mRaster = Raster();
    mLive.clear();
    mPrepared.reset();
    for (const auto &layer : mLayers)
        layer->clearCaches();
}

MapRenderer::Hit MapRenderer::hitTest(QPointF point, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    if (!target.contains(point))
        return {};
    const MapFrame f = frame(target, input, options);
    // Topmost layer first: ties win over countries, as they are drawn on top.
    for (auto layer = mLayers.crbegin(); layer != mLayers.crend(); ++layer) {
        const Hit hit = (*layer)->hitTest(point, f, input, options);
        if (hit.kind != Hit::Kind::None)
            return hit;
    }
    return {};
}

QString MapRenderer::toolTip(const Hit &hit, const MapInput &input, Language language) const
{
    for (auto layer = mLayers.crbegin(); layer != mLayers.crend(); ++layer) {
        const QString lines = (*layer)->toolTip(hit, input, language);
        if (!lines.isEmpty())
            return QStringLiteral("<p style='white-space:pre-wrap'>") + lines + QStringLiteral("</p>");
    }
    return {};
}

} // namespace atlas
