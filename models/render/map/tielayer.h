// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/spritecache.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <optional>

namespace atlas {

class Dataset;
class WorldMap;

/// The ties in force: arcs between two members, stars from a centre to three or more, the capitals of
/// the actors with ties (dots; squares for organisations). Alliances drawn as outlined groups are the
/// fills layer's. Answers for markers, capitals and lines under a point, and the tie's tooltip.
class TieLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(MapRenderer)

public:
    explicit TieLayer(const WorldMap &world) : mWorld(&world) { }

    /// Opacity of the other ties while one is selected: they stay readable as context, the selection stands out.
    static constexpr double kDimmedOpacity = 0.22;

    MapLayerOrder order() const override { return MapLayerOrder::Ties; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// Star markers, then capitals (a click on a capital's dot means the actor), then lines; topmost first.
    MapHit hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    QString toolTip(const MapHit &hit, const MapInput &input, Language language) const override;
    /// Every tie of the snapshot, drawn or not, with its marker and the bounds of what is drawn.
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// The ties and capitals drawn differently (their bounds), when the selection and the view are the same.
    MapDamage damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) override;
    void clearCaches() override
    {
        mKey.reset();
        mCapitalSprites.clear();
        mCurrentContext = {};
    }

    /// The marker of a star in target coordinates (its diamond's bounding square).
    static QRectF markerRect(const MapGlyph &glyph, const MapFrame &frame, bool selected);

private:
    /// One tie as drawn (its lines and marker), with the bounds of its pixels in target coordinates.
    struct Drawn
    {
        int tie = -1;
        MapGlyph::Shape shape = MapGlyph::Shape::Arc;
        TieStatus status = TieStatus::InForce;
        QColor colour;
        double width = 0;
        bool crossRegional = false;
        QList<QPolygonF> lines;
        QList<QPolygonF> weakLines;
        QList<QLineF> seams;
        QPointF marker;
        bool hasMarker = false;
        QRectF bounds;
        /// Where its pixels are, more closely: boxes along its lines (a run of segments each, with the
        /// stroke's reach) and its marker's. A long arc across the map damages a band, not a box.
        QList<QRectF> pieces;
        /// Whether it may show in the part of the target being painted (MapFrame::repaint).
        bool repaints(const MapFrame &frame) const;
        friend bool operator==(const Drawn &, const Drawn &) = default;
    };
    /// One capital's dot or square.
    struct Capital
    {
        QString id;
        QPointF at; //!< target coordinates
        bool organisation = false;
        QRectF bounds;
        friend bool operator==(const Capital &, const Capital &) = default;
    };
    /// What paint() draws, in order, and what applies to all of it.
    struct Key
    {
        QList<Drawn> glyphs;
        QList<Capital> capitals;
        Selection selection;
        bool tieSelected = false; //!< a selected tie is drawn: the others are dimmed
        QString scheme;
        bool draft = false;
        const Dataset *dataset = nullptr;
        QTransform toTarget;
        QRectF target;
        double unit = 1;
        friend bool operator==(const Key &, const Key &) = default;
    };
    static Drawn drawn(const MapGlyph &glyph, const MapFrame &frame, bool selected);
    /// keyOf() for \a frame, kept under its serial (changed(), damage(), each rectangle's paint() and
    /// remember() of one frame all read it).
    const Key &current(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;
    mutable MapPaintContext mCurrentContext;
    mutable Key mCurrent;
    static QList<Capital> capitals(const MapFrame &frame, const MapInput &input);
    static Key keyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options);
    /// The dot (or an organisation's square) at an actor's capital, \a centre in target coordinates.
    void drawCapital(QPainter &painter, const MapFrame &frame, QPointF centre, bool organisation) const;

    /// Capital markers as device-pixel sprites (MapFrame::sprites), per unit, pixel ratio, shape and
    /// quarter-pixel offset.
    struct CapitalSpriteKey
    {
        double unit = 0;
        qreal dpr = 1;
        bool organisation = false;
        int qx = 0;
        int qy = 0;
        friend bool operator==(const CapitalSpriteKey &, const CapitalSpriteKey &) = default;
        friend size_t qHash(const CapitalSpriteKey &key, size_t seed = 0) { return qHashMulti(seed, key.unit, key.dpr, key.organisation, key.qx, key.qy); }
    };
    SpriteCache<CapitalSpriteKey> mCapitalSprites { 64 };

    const WorldMap *mWorld;
    std::optional<Key> mKey;
};

} // namespace atlas
