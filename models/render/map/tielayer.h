// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/maplayer.h"

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
    void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) override;
    void clearCaches() override
    {
        mKey.reset();
        mCapitalSprites.clear();
    }

    /// The marker of a star in target coordinates (its diamond's bounding square).
    static QRectF markerRect(const MapGlyph &glyph, const MapFrame &frame, bool selected);

private:
    struct Key
    {
        QList<MapGlyphKey> glyphs;
        Selection selection;
        QString scheme;
        bool draft = false;
        const Dataset *dataset = nullptr;
        friend bool operator==(const Key &, const Key &) = default;
    };
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
    };
    mutable QList<std::pair<CapitalSpriteKey, QImage>> mCapitalSprites;

    const WorldMap *mWorld;
    std::optional<Key> mKey;
};

} // namespace atlas
