// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/render/map/mapdamage.h"

#include <QPointF>
#include <QString>

class QPainter;

namespace atlas {

struct MapFrame;
struct MapInput;
struct MapLayoutReport;
struct MapRenderOptions;

/// The order layers are painted in, bottom first. MapRenderer keeps the layers sorted by it; the first
/// five are the map itself (kept as cached images on screen), the rest are drawn over it every frame.
enum class MapLayerOrder {
    BaseMap,   //!< ocean, graticule, every country
    Fills,     //!< countries filled by role, alliance groups outlined
    Selection, //!< the selected country's outline (under the ties that start there)
    Ties,      //!< arcs, stars and the capitals of the actors with ties
    Labels,    //!< tie and actor names
    Date,      //!< the figure's title and the big date
    Legend,    //!< the key to fills and tie styles
    Decorations, //!< the figure's caption (sources)
};

/// What is drawn at a point of the map. MapRenderer::Hit is this type.
struct MapHit
{
    enum class Kind { None, Actor, Tie, Country };
    Kind kind = Kind::None;
    QString id; //!< actor id, tie id, or the alpha-3 code of a country that is no actor of the dataset
    friend bool operator==(const MapHit &, const MapHit &) = default;
};

/// One layer of the map (KDE Marble's LayerInterface, with a typed order instead of named stages).
/// A layer paints from the frame computed for the target and may answer what of its own shapes lies
/// under a point and what their tooltip says. Layers keep their own caches (mutable: painting is
/// logically const); MapRenderer owns them in paint order.
class MapLayer
{
public:
    virtual ~MapLayer() = default;

    virtual MapLayerOrder order() const = 0;

    /// Paints into \a painter, whose coordinates are the target's (MapFrame::target). A partial repaint
    /// of a cached image (MapFrame::repaint set) may call it on two threads at once, after changed()
    /// on the calling thread: it reads what changed() derived and keeps its images in SpriteCache.
    virtual void paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const = 0;

    /// What of this layer's shapes lies at \a point (target coordinates); Kind::None for nothing.
    virtual MapHit hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
    {
        Q_UNUSED(point) Q_UNUSED(frame) Q_UNUSED(input) Q_UNUSED(options)
        return {};
    }

    /// Tooltip lines (rich text, dataset text escaped) for a hit this layer answers; empty otherwise.
    virtual QString toolTip(const MapHit &hit, const MapInput &input, Language language) const
    {
        Q_UNUSED(hit) Q_UNUSED(input) Q_UNUSED(language)
        return {};
    }

    /// Records in \a report what paint() draws for the same arguments (rectangles in target coordinates).
    /// Called only when a report is asked for, also when the layer's pixels come from a cached image.
    virtual void report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
    {
        Q_UNUSED(report) Q_UNUSED(frame) Q_UNUSED(input) Q_UNUSED(options)
    }

    /// For layers kept in a cached image: whether what they draw changed since remember().
    virtual bool changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
    {
        Q_UNUSED(frame) Q_UNUSED(input) Q_UNUSED(options)
        return false;
    }
    /// For layers kept in a cached image, when changed(): where what paint() draws now may differ from
    /// what it drew at remember() (MapDamage). The default, all of it, is always right; a layer that
    /// answers less must skip nothing inside MapFrame::repaint when painting.
    virtual MapDamage damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
    {
        Q_UNUSED(frame) Q_UNUSED(input) Q_UNUSED(options)
        return MapDamage::everything();
    }
    /// For layers kept in a cached image: called on the painting thread before paint() repaints
    /// \a rects (target coordinates) of it on several threads at once. Makes here what paint() would
    /// make there: the images of new texts, whose fonts were loaded on this thread (a font used by
    /// another thread loads again there, at a millisecond per text).
    virtual void prepareRepaint(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options, const QList<QRectF> &rects) const
    {
        Q_UNUSED(frame) Q_UNUSED(input) Q_UNUSED(options) Q_UNUSED(rects)
    }
    /// Notes the state a cached image of this layer was just drawn from.
    virtual void remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
    {
        Q_UNUSED(frame) Q_UNUSED(input) Q_UNUSED(options)
    }

    /// Forgets cached images and keys (the dataset was replaced).
    virtual void clearCaches() { }
};

} // namespace atlas
