// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/tie.h"
#include "models/query/inforce.h"
#include "models/query/actorroles.h"

#include <QColor>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QStringList>
#include <QTransform>

#include <memory>
#include <optional>

namespace atlas {

class WorldMap;
struct MapInput;
struct MapRenderOptions;

struct MapGlyph;
struct MapGlyphKey;
struct MapGroupOutline;

/// Great-circle arcs projected once per pair of points and kept: a date change re-uses them. Also
/// keeps what MapFrame::build derives from each tie's state (its glyph before fanning, the capitals
/// it notes): consecutive frames of a drag mostly show the same states, laid out once.
class ArcCache
{
public:
    explicit ArcCache(const WorldMap &world);
    ~ArcCache();
    /// The projected pieces (split at the seam) of the great circle between two lon/lat points.
    QList<QPolygonF> arc(QPointF fromLonLat, QPointF toLonLat);
    void clear();

    /// One tie's part of a frame, for one state of the tie (MapFrame::build).
    struct TiePart;
    /// The part kept for \a state under \a context (what else it depends on), or nullptr.
    const TiePart *part(const TieState &state, const QString &context) const;
    const TiePart &keep(const TieState &state, const QString &context, TiePart part);

private:
    struct Parts;
    std::unique_ptr<Parts> mParts;
    struct Key
    {
        double a, b, c, d;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.a, k.b, k.c, k.d); }
    };
    const WorldMap *mWorld;
    QHash<Key, QList<QPolygonF>> mArcs;
};

/// How one tie in force is drawn: its lines and marker in map coordinates.
struct MapGlyph
{
    enum class Shape { Arc, Star, Group };
    int tie = -1;
    Shape shape = Shape::Arc;
    TieStatus status = TieStatus::InForce;
    QColor colour;
    double width = 1.4;
    bool crossRegional = false;
    QList<QPolygonF> lines;      //!< map coordinates
    QList<QPolygonF> weakLines;  //!< spokes to suspended members, or suspended legs (drawn faded)
    /// Where a line is cut by the projection's seam (the map's left or right edge): p2() is the cut
    /// point, p1() a point just before it on the line, so p1() -> p2() points across the seam to where
    /// the line continues on the other edge. Map coordinates.
    QList<QLineF> seams;
    QPointF marker;              //!< map coordinates of a star's centre or a group's label
    bool hasMarker = false;
    QString label;
    QStringList members;         //!< visible members, suspended ones included
};

/// An alliance drawn as its members' countries outlined.
struct MapGroupOutline
{
    int tie = -1;
    QStringList members;
    bool faded = false;
    bool dashed = false;
    friend bool operator==(const MapGroupOutline &, const MapGroupOutline &) = default;
};

/// What a drawn tie depends on: the cached ties and labels are redrawn when one of these changes.
struct MapGlyphKey
{
    int tie = -1;
    TieStatus status = TieStatus::InForce;
    QStringList members;
    QStringList suspended;
    QStringList suspendedPairs; //!< "A|B" for each suspended leg (TieState::suspendedPairs())
    friend bool operator==(const MapGlyphKey &, const MapGlyphKey &) = default;
};

struct ArcCache::TiePart
{
    std::optional<MapGlyph> glyph; //!< before fanning; none when fewer than two members have a place
    std::optional<MapGlyphKey> signature;
    std::optional<MapGroupOutline> group;
    /// A member with a place: its id, its index in the dataset's actors, its capital's map coordinates.
    struct Noted
    {
        QString id;
        int actor = -1;
        QPointF at;
    };
    QList<Noted> noted; //!< the members with a place, in order
    /// An arc's two members (parallel arcs fan out): both actors' indices plus one, the smaller in the
    /// high half (0: not an arc), and their capitals in the order of their ids (the side a fan bends to).
    quint64 pair = 0;
    QPointF pairFrom, pairTo;
};

/// The layout of the map for one target, computed once per paint or hit test and read by every
/// layer: where the map goes, the unit of sizes, the actors' roles, and the glyph of every tie drawn.
struct MapFrame
{
    /// A number no other frame built in this process has (0: not built): layers keep what they derive
    /// from a frame under it, as a frame is read by several calls of a paint.
    quint64 serial = 0;
    QRectF target;
    QRectF area;      //!< the part of the target the map is fitted into (MapRenderer::mapArea)
    QList<QRectF> headings; //!< the title and the big date drawn over the map: labels and the legend keep out of them
    QRectF legend; //!< the legend's box over the map, placed once per frame by MapRenderer (null: none); labels keep out of it
    QTransform toTarget;
    double pxPerUnit = 1;
    double unit = 1; //!< size of one "pixel" of line widths, fonts and markers
    ActorRoles roles;
    QList<MapGlyph> glyphs;
    QList<MapGroupOutline> groups;
    QStringList tied;                 //!< actors with a drawn tie, first appearance order
    QHash<QString, QPointF> position; //!< map coordinates of the actors' capitals
    QList<MapGlyphKey> signature;     //!< what the ties layer depends on
    double devicePxPerUnit = 1;       //!< device pixels per map unit, for the outlines' detail
    bool rasterOutlines = false;      //!< outlines one device pixel wide (cached raster layers)
    bool draft = false;               //!< ties without antialiasing (while the date is being dragged)
    bool sprites = false;             //!< countries drawn through cached sprites (cached raster layers)
    qreal dpr = 1;                    //!< device pixel ratio of the cached layers
    /// The part of the target a cached image is being repainted in (the painter is clipped to it):
    /// layers may skip what lies wholly outside. Null: all of it.
    QRectF repaint;
    /// Whether \a bounds (target coordinates) may show in the part being painted.
    bool repaints(const QRectF &bounds) const { return repaint.isNull() || repaint.intersects(bounds); }

    /// Size of one unit in \a target: grows with the target's area, times the options' scale.
    static double unitFor(const QRectF &target, const MapRenderOptions &options);

    /// Lays out \a input in \a target with the map fitted into \a area; arcs come from \a arcs.
    static MapFrame build(const QRectF &target, const QRectF &area, const MapInput &input, const MapRenderOptions &options,
                          const WorldMap &world, ArcCache &arcs);

    /// The tie id of \a glyph (empty when the input has no dataset).
    QString tieId(const MapGlyph &glyph, const MapInput &input) const;
};

} // namespace atlas
