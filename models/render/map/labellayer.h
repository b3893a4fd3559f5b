// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/actorroles.h"
#include "models/query/atlasdocument.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/maplayer.h"
#include "models/render/map/maptext.h"

#include <optional>

namespace atlas {

class Dataset;
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
    };
    /// Where the labels go for this frame (what paint() draws); empty when labels are off.
    QList<Placed> place(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const;

    MapLayerOrder order() const override { return MapLayerOrder::Labels; }
    void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
    bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const override;
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
    void placeCallouts(const QList<Crowded> &numbered, const MapFrame &frame, QList<QRectF> &taken, QList<Placed> &placed) const;

    struct Key
    {
        QList<MapGlyphKey> glyphs;
        QHash<QString, ActorRole> roles;
        Selection selection;
        Language language = Language::English;
        QString scheme;
        bool labels = true;
        const Dataset *dataset = nullptr;
        QList<QRectF> headings;
        QRectF legend;
        friend bool operator==(const Key &, const Key &) = default;
    };
    static Key keyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options);

    const WorldMap *mWorld;
    MapText mText;
    std::optional<Key> mKey;
};

} // namespace atlas
