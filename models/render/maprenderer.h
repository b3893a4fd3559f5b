// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/query/atlasdocument.h"
#include "models/geo/viewport.h"
#include "models/domain/localizedtext.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <memory>

class QPainter;

namespace atlas {

class Dataset;
class WorldMap;
struct Snapshot;

/// How the map is drawn: what part of it, in which language, with which decorations.
struct MapRenderOptions
{
    Viewport viewport;
    Language language = Language::English; //!< of the dataset's names (UI words follow the translator)
    bool showLegend = true;
    bool showDate = true;
    bool showLabels = true;
    bool showGraticule = true;
    QString title;   //!< drawn at the top when not empty (exported figures)
    QString caption; //!< drawn at the bottom when not empty (exported figures: sources)
    QString scheme = QStringLiteral("li2024"); //!< typology whose cells colour the minilaterals
    double scale = 1.0;       //!< multiplies text, line and marker sizes
    bool rasterCache = false; //!< keep the base map as images between frames (screen painting only)
    bool draft = false;       //!< ties without antialiasing: for frames while the date is being dragged
};

/// What the map shows: the dataset, the snapshot at the date, the hidden members and the selection.
/// Refers to data it does not own; build it for one paint or hit test.
struct MapInput
{
    const Dataset *dataset = nullptr;
    const Snapshot *snapshot = nullptr;
    const QSet<QString> *hidden = nullptr;
    Selection selection;

    static MapInput fromDocument(const AtlasDocument &document)
    {
        return { &document.dataset(), &document.snapshot(), &document.hiddenActors(), document.selection() };
    }
};

/// Paints the world map with the ties in force into any QPainter (widget, QImage, PDF, SVG) and answers
/// what lies under a point. The one renderer of the map: MapView calls it in paintEvent, figure export
/// calls it on its own device. Country geometry comes projected from WorldMap; great-circle arcs are
/// projected once per pair of points and kept, so a date change only re-runs the cheap part. With
/// MapRenderOptions::rasterCache, the base map and the country fills are kept as images until the
/// size, the view, the roles or the toggles change.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    struct Hit
    {
        enum class Kind { None, Actor, Tie, Country };
        Kind kind = Kind::None;
        QString id; //!< actor id, tie id, or the alpha-3 code of a country that is no actor of the dataset
        friend bool operator==(const Hit &, const Hit &) = default;
    };

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

    /// The part of \a target the map is fitted into: all of it, or less when the legend needs the space
    /// below the map. Viewport arithmetic (zoom about a point, pan) works in this rectangle.
    QRectF mapArea(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;

    /// What is drawn at \a targetPoint: a tie (line or marker), an actor (capital marker or country) or
    /// a country that is not in the dataset. Ties win over countries, as they are drawn on top.
    Hit hitTest(QPointF targetPoint, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;

    /// Tooltip for \a hit as rich text with every dataset text escaped; dataset names in \a language.
    QString toolTip(const Hit &hit, const MapInput &input, Language language) const;

    /// How often the cached base and fill images, and the ties layer, were rebuilt (for the benchmark).
    int cacheRebuilds() const { return mCacheRebuilds; }
    int overlayRebuilds() const { return mOverlayRebuilds; }
    /// Forgets the cached images and arcs; call when the dataset was replaced.
    void clearCaches();

    /// The role (and so the fill) of \a actor in \a input's snapshot; hidden actors have none.
    static ActorRole roleOf(const QString &actor, const MapInput &input);

private:
    struct Glyph;
    struct Frame;
    struct Caches;
    struct LegendLayout;

    static double unitFor(const QRectF &target, const MapRenderOptions &options);
    const LegendLayout &legendLayout(const QRectF &target, double unit, const MapInput &input, const MapRenderOptions &options) const;

    Frame layout(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const;
    QList<QPolygonF> arc(QPointF fromLonLat, QPointF toLonLat) const;

    void paintBase(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const;
    void paintFills(QPainter &painter, const Frame &frame, const MapInput &input) const;
    void paintTies(QPainter &painter, const Frame &frame, const MapInput &input) const;
    void paintSelection(QPainter &painter, const Frame &frame, const MapInput &input) const;
    void paintLabels(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const;
    void paintDecorations(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const;
    void paintLegend(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const;
    QSizeF textSize(const QString &text, const QFont &font) const;
    void drawText(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour,
                  bool halo, bool cache) const;

    const WorldMap *mWorld;
    std::unique_ptr<Caches> mCaches;
    mutable int mCacheRebuilds = 0;
    mutable int mOverlayRebuilds = 0;
};

} // namespace atlas
