// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/query/atlasdocument.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"
#include "models/render/map/spritecache.h"

#include <QSet>

#include <functional>
#include <optional>
#include <utility>

namespace atlas {

class Dataset;
class LabelBoxes;
class WorldMap;

/// Names on the map: tie labels first (beside a star's marker, on a group's centre), then actors by
/// role and country size, each in the first of eight places around its point (then eight a little
/// farther out) that is free and inside the target. A label that finds no place is dropped.
class LabelLayer : public MapLayer
{
public:
    explicit LabelLayer(const WorldMap &world) : mWorld(&world) { }

    /// One placed label.
    struct Placed
    {
        /// Callout: a numbered badge at a place that has no room for its name; KeyRow: one row
        /// ("3  Belgium") of the callouts' key, KeyBox its box (no text).
        enum class Kind { Tie, Actor, Callout, KeyRow, KeyBox };
        Kind kind = Kind::Actor;
        QString text;
        QRectF rect; //!< target coordinates
        QFont font;
        QColor colour;
        /// For a label set off from its place (no room beside it): the place, joined to the label
        /// by a thin leader line. Null otherwise.
        std::optional<QPointF> leaderFrom;
        friend bool operator==(const Placed &, const Placed &) = default;
    };
    /// Where the labels go for this frame (what paint() draws); empty when labels are off. Kept while
    /// what it depends on is the same (consecutive frames of a drag mostly are).
    QList<Placed> place(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;

    MapLayerOrder order() const override { return MapLayerOrder::Labels; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    /// The labels placed differently (their boxes and leader lines).
    MapDamage damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void prepareRepaint(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options, const QList<QRectF> &rects) const override;
    void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) override;
    void clearCaches() override;

private:
    /// A member of a tie in force whose name found no room beside its place.
    struct Crowded
    {
        QString id;
        QPointF at;
        QString text;
        QFont font;
    };
    void placeCallouts(const QList<Crowded> &numbered, const MapFrame &frame, LabelBoxes &taken, QList<Placed> &placed) const;

    QList<Placed> placeAll(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;

    /// Everything place() reads: the placement is kept while it is the same.
    struct PlaceKey
    {
        /// What of a tie's glyph the labels read.
        struct Glyph
        {
            QString label;
            QPointF marker;
            MapGlyph::Shape shape = MapGlyph::Shape::Arc;
            bool hasMarker = false;
            QColor colour;
            TieStatus status = TieStatus::InForce;
            friend bool operator==(const Glyph &, const Glyph &) = default;
        };
        QList<Glyph> glyphs;
        QStringList tied;
        QHash<QString, QPointF> position;
        QHash<QString, ActorRole> roles;
        Selection selection;
        QSet<QString> hidden;
        Language language = Language::English;
        bool labels = true;
        const Dataset *dataset = nullptr;
        QRectF target;
        QTransform toTarget;
        double unit = 1;
        QList<QRectF> headings;
        QRectF legend;
        friend bool operator==(const PlaceKey &, const PlaceKey &) = default;
    };
    static PlaceKey placeKeyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options);
    /// Where \a label draws: its text's box with the halo, then boxes along its leader line.
    static QList<QRectF> bounds(const Placed &label, const MapFrame &frame);
    /// The first of bounds(): the text's image.
    static QRectF textBounds(const Placed &label);
    /// Whether \a test holds for one of bounds(), tried in order (none made once one holds).
    static bool anyBound(const Placed &label, const MapFrame &frame, const std::function<bool(const QRectF &)> &test);
    /// \a label's leader line, from its place to its box (null: none).
    static QLineF leaderLine(const Placed &label);

    /// What a cached image of the layer was drawn from: the labels and the unit of the pens.
    struct Key
    {
        QList<Placed> labels;
        double unit = 1;
        friend bool operator==(const Key &, const Key &) = default;
    };
    mutable std::optional<std::pair<PlaceKey, QList<Placed>>> mPlaced;
    mutable MapPaintContext mPlacedContext; //!< the frame mPlaced was last found right for

    /// A callout's ring (\a rect, target coordinates): on the screen's cached images through an image
    /// per size and quarter-pixel offset (a crowded Europe has dozens, repainted with every tile they
    /// touch), else drawn.
    void drawBadge(QPainter &painter, const QRectF &rect, double unit, bool cache) const;
    /// Calls \a draw(topLeft, text, halo, alwaysCached) for each text \a label draws (\a screen: on the
    /// screen's unscaled images, where a key's row is drawn as its number and its name).
    template<typename Draw>
    void forEachText(const Placed &label, bool screen, const Draw &draw) const;
    SpriteCache<QString> mBadges { 256 };

    const WorldMap *mWorld;
    MapText mText;
    std::optional<Key> mKey;
};

} // namespace atlas
