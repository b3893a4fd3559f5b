// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/query/actorroles.h"
#include "models/query/atlasdocument.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/mapinput.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;
class QRegion;
class QTransform;

namespace atlas {

class ArcCache;
class DateLayer;
class CompareLayer;
class LegendLayer;
class WorldMap;
struct MapFrame;

/// Paints the world map with the ties in force into any QPainter (widget, QImage, PDF, SVG) and answers
/// what lies under a point. The one renderer of the map: MapView calls it in paintEvent, figure export
/// calls it on its own device. It computes the frame (MapFrame: where the map goes, the glyph of every
/// tie) once per paint and hands it to its layers in paint order (MapLayerOrder: base map, fills,
/// selection, ties, labels, date, legend, decorations); each layer lives in models/render/map/.
/// Great-circle arcs are projected once per pair of points and kept, so a date change only re-runs the
/// cheap part. With MapRenderOptions::rasterCache, the layers up to the labels are kept as three
/// images (base map; with the fills; with selection, ties and labels), each redrawn only when one of
/// its layers reports a change, and then only where it changed (MapDamage): a date change that
/// recolours a country or adds a tie repaints that country's or that tie's rectangle.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    using Hit = MapHit;

    explicit MapRenderer(const WorldMap &world);
    MapRenderer();
    ~MapRenderer();
    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;

    const WorldMap &world() const { return *mWorld; }

    void paint(QPainter &painter, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;
    void paint(QPainter &painter, const QRectF &target, const AtlasDocument &document, const MapRenderOptions &options) const
    {
        paint(painter, target, MapInput::fromDocument(document), options);
    }

    /// The part of \a target the map is fitted into: all of it (legend, date and title are overlays).
    /// Viewport arithmetic (zoom about a point, pan) works in this rectangle.
    QRectF mapArea(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;

    /// Where the legend (or, collapsed, its "Legend" tab) is drawn in \a target; null when there is none.
    /// A click there opens or closes it (MapView).
    QRectF legendRect(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;

    /// What is drawn at \a targetPoint: a tie (line or marker), an actor (capital marker or country) or
    /// a country that is not in the dataset. Ties win over countries, as they are drawn on top.
    Hit hitTest(QPointF targetPoint, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;

    /// Tooltip for \a hit as rich text with every dataset text escaped; dataset names in \a language.
    QString toolTip(const Hit &hit, const MapInput &input, Language language) const;

    /// For a view that keeps its last frame (a widget's backing store) and repaints only a region of it:
    /// brings the cached images (MapRenderOptions::rasterCache) up to date for painting \a input in
    /// \a target at \a devicePixelRatio without scaling, and returns the part of \a target whose pixels
    /// differ from the frame painted before: what the layers repainted in the cached images, and the
    /// date, title and legend drawn over them (before and now). A paint() of the same frame then blits
    /// the cached image, and painting only the returned region leaves the target equal to a whole
    /// repaint, provided every frame since the last whole repaint went through prepare() first.
    /// All of \a target when nothing is cached (no rasterCache, compare mode) or everything changed.
    QRegion prepare(const QRectF &target, const MapInput &input, const MapRenderOptions &options, qreal devicePixelRatio = 1.0) const;

    /// How often the cached base and fill images were rebuilt, and in how many updates the ties' or
    /// the labels' images were (for the benchmark, and MapView's timing of a full frame).
    int cacheRebuilds() const { return mCacheRebuilds; }
    int overlayRebuilds() const { return mOverlayRebuilds; }
    /// In how many updates cached images were repainted only in the changed parts (MapDamage).
    int partialRebuilds() const { return mPartialRebuilds; }
    /// Forgets the cached images and arcs; call when the dataset was replaced.
    void clearCaches();

    /// The role (and so the fill) of \a actor in \a input's snapshot; hidden actors have none.
    static ActorRole roleOf(const QString &actor, const MapInput &input);

    /// The layers in paint order (for tests and tools; painting goes through paint()).
    QList<const MapLayer *> layers() const;

private:
    MapFrame frame(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;
    void paintCached(QPainter &painter, MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    /// Repaints the cached images where \a frame changes them, for a device reached through \a toDevice
    /// at \a dpr; returns where the top image was repainted (target coordinates), or all.
    MapDamage updateRaster(MapFrame &frame, const MapInput &input, const MapRenderOptions &options, const QTransform &toDevice, qreal dpr,
                           bool rasterOutlines) const;
    /// Where the layers drawn over the cached images every frame (date, title, legend) draw, generously.
    QList<QRectF> liveRects(const MapFrame &frame, const MapRenderOptions &options) const;

    /// The frame for paint(): the one prepare() built when the state is the same, else a new one.
    MapFrame paintFrame(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;

    struct Raster;
    struct Prepared;
    mutable std::unique_ptr<Prepared> mPrepared;
    const WorldMap *mWorld;
    std::unique_ptr<ArcCache> mArcs;
    std::vector<std::unique_ptr<MapLayer>> mLayers; //!< sorted by order()
    const LegendLayer *mLegend = nullptr;
    const DateLayer *mDate = nullptr; //!< its title and date boxes go into every MapFrame (labels avoid them)
    const CompareLayer *mCompareKey = nullptr;
    std::unique_ptr<Raster> mRaster;
    mutable QList<QRectF> mLive; //!< liveRects() of the last frame painted or prepared
    mutable int mCacheRebuilds = 0;
    mutable int mOverlayRebuilds = 0;
    mutable int mPartialRebuilds = 0;
};

} // namespace atlas
