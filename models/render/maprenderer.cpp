// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/maprenderer.h"

#include "models/domain/countrycodes.h"
#include "models/domain/dataset.h"
#include "models/text/figurecaption.h"
#include "models/geo/worldmap.h"
#include "models/render/palette.h"
#include "models/domain/partialdate.h"
#include "models/query/snapshot.h"
#include "models/domain/vocabulary.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace atlas {

namespace {

enum class Shape { Arc, Star, Group };

// Multilateral alliances with at least this many visible members are drawn as an outlined group of
// countries (NATO, SEATO); smaller ones (ANZUS) as a star like the minilaterals.
constexpr int kGroupThreshold = 5;

struct ArcKey
{
    double a, b, c, d;
    friend bool operator==(const ArcKey &, const ArcKey &) = default;
};
size_t qHash(const ArcKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.a, k.b, k.c, k.d);
}

// Everything the cached base and fill images depend on, besides the roles.
struct BaseKey
{
    QSize pixels;
    qreal dpr = 1;
    Viewport viewport;
    double unit = 1;
    bool graticule = true;
    QSet<QString> hidden;
    friend bool operator==(const BaseKey &, const BaseKey &) = default;
};

struct GroupOutline
{
    int tie = -1;
    QStringList members;
    bool faded = false;
    bool dashed = false;
    friend bool operator==(const GroupOutline &, const GroupOutline &) = default;
};

struct GlyphKey
{
    int tie = -1;
    TieStatus status = TieStatus::InForce;
    QStringList members;
    QStringList suspended;
    friend bool operator==(const GlyphKey &, const GlyphKey &) = default;
};

struct OverlayKey
{
    QList<GlyphKey> glyphs;
    QHash<QString, ActorRole> roles;
    Selection selection;
    Language language = Language::English;
    QString scheme;
    bool labels = true;
    bool draft = false;
    const Dataset *dataset = nullptr;
    friend bool operator==(const OverlayKey &, const OverlayKey &) = default;
};

struct LegendEntry
{
    enum class Kind { Header, Swatch, Hatch, Line, Star, Outline };
    Kind kind = Kind::Swatch;
    QColor colour;
    QString text;
    bool dashed = false;
    bool faded = false;
    bool doubleLine = false;
};

QColor faded(QColor c, bool fade)
{
    if (fade)
        c.setAlphaF(0.35f);
    return c;
}

double lineWidth(TieKind kind)
{
    switch (kind) {
    case TieKind::BilateralAlliance:
        return 2.6;
    case TieKind::MultilateralAlliance:
    case TieKind::Minilateral:
        return 2.2;
    case TieKind::Proposal:
        return 1.8;
    default:
        break;
    }
    return 1.4;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

// Bends a line sideways by up to \a offset (map units) in its middle, so that parallel ties between the
// same two actors fan out instead of drawing over each other.
QPolygonF bent(const QPolygonF &line, QPointF normal, double offset)
{
    if (offset == 0 || line.size() < 2)
        return line;
    double total = 0;
    for (qsizetype i = 1; i < line.size(); ++i)
        total += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
    if (total <= 0)
        return line;
    QPolygonF out = line;
    double s = 0;
    for (qsizetype i = 1; i < line.size(); ++i) {
        s += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
        out[i] += normal * (offset * std::sin(M_PI * s / total));
    }
    return out;
}

QString actorName(const Dataset &dataset, const QString &id, Language language)
{
    if (const Actor *a = dataset.actor(id))
        return a->name.text(language);
    if (const CountryCodes::Country *c = CountryCodes::instance().byAlpha3(id))
        return c->name.text(language);
    return id;
}

// Map labels are short: an organisation's abbreviation in parentheses ("… (NATO)") stands for it.
QString labelName(const Dataset &dataset, const QString &id, Language language)
{
    const Actor *a = dataset.actor(id);
    const QString name = actorName(dataset, id, language);
    if (a && a->kind == ActorKind::Organisation && name.endsWith(u')')) {
        const qsizetype open = name.lastIndexOf(u'(');
        if (open >= 0)
            return name.mid(open + 1, name.size() - open - 2);
    }
    return name;
}

QFont sizedFont(double pixels, bool bold = false)
{
    QFont font;
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    font.setBold(bold);
    return font;
}

} // namespace

struct MapRenderer::Glyph
{
    int tie = -1;
    Shape shape = Shape::Arc;
    TieStatus status = TieStatus::InForce;
    QColor colour;
    double width = 1.4;
    bool crossRegional = false;
    QList<QPolygonF> lines;      //!< map coordinates
    QList<QPolygonF> weakLines;  //!< spokes to suspended members
    QPointF marker;              //!< map coordinates of a star's centre or a group's label
    bool hasMarker = false;
    QString label;
    QStringList members;         //!< visible members, suspended ones included
};

struct MapRenderer::Frame
{
    QRectF target;
    QTransform toTarget;
    double pxPerUnit = 1;
    double unit = 1; //!< size of one "pixel" of line widths, fonts and markers
    ActorRoles roles;
    QList<Glyph> glyphs;
    QList<GroupOutline> groups;
    QStringList tied;                 //!< actors with a drawn tie, first appearance order
    QHash<QString, QPointF> position; //!< map coordinates of the actors' capitals
    QList<GlyphKey> signature;        //!< what the ties layer depends on
    double devicePxPerUnit = 1;       //!< device pixels per map unit, for the outlines' detail
    bool rasterOutlines = false;      //!< outlines one device pixel wide (cached raster layers)
    bool draft = false;               //!< ties without antialiasing (while the date is being dragged)
    bool sprites = false;             //!< countries drawn through cached sprites (cached raster layers)
    qreal dpr = 1;                    //!< device pixel ratio of the cached layers
};

struct MapRenderer::LegendLayout
{
    QString key;
    QList<QList<LegendEntry>> columns;
    QList<double> widths;
    QSizeF box;
    double fit = 1;
    double row = 0;
    double swatch = 0;
    double pad = 0;
};

namespace {
struct Sprite
{
    QImage image;
    QPointF at; //!< target coordinates of the image's top left
};
} // namespace

struct MapRenderer::Caches
{
    QHash<quint64, Sprite> sprites; //!< (country, style) -> its fill or outline at the cached view
    bool spritesDraft = false;
    QHash<ArcKey, QList<QPolygonF>> arcs;
    BaseKey baseKey;
    QImage base;
    QHash<QString, ActorRole> fillRoles;
    QList<GroupOutline> fillGroups;
    bool fillDraft = false;
    QImage fills;
    OverlayKey overlayKey;
    QImage composed; //!< fills + ties + labels: what one frame blits
    QHash<QString, QImage> texts;
    QHash<QString, QSizeF> textSizes;
    QString legendKey;
    QImage legend;
    LegendLayout legendLayout;
};

MapRenderer::MapRenderer(const WorldMap &world)
    : mWorld(&world)
    , mCaches(std::make_unique<Caches>())
{
}

MapRenderer::MapRenderer()
    : MapRenderer(WorldMap::builtIn())
{
}

MapRenderer::~MapRenderer() = default;

QList<QPolygonF> MapRenderer::arc(QPointF from, QPointF to) const
{
    const ArcKey key { from.x(), from.y(), to.x(), to.y() };
    const auto it = mCaches->arcs.constFind(key);
    if (it != mCaches->arcs.constEnd())
        return *it;
    if (mCaches->arcs.size() > 20000)
        mCaches->arcs.clear(); // a safety valve for datasets with very many distinct pairs
    QList<QPolygonF> pieces = mWorld->projection().projectLine(greatCircle(from, to, 2.5));
    mCaches->arcs.insert(key, pieces);
    return pieces;
}

ActorRole MapRenderer::roleOf(const QString &actor, const MapInput &input)
{
    if (!input.dataset || !input.snapshot)
        return ActorRole::Other;
    const bool hubHidden = input.hidden && input.hidden->contains(input.dataset->hub);
    return ActorRoles::compute(*input.dataset, *input.snapshot, hubHidden).role(actor);
}

double MapRenderer::unitFor(const QRectF &target, const MapRenderOptions &options)
{
    const double area = std::sqrt(std::max(1.0, target.width() * target.height()));
    return options.scale * std::clamp(area / std::sqrt(1400.0 * 800.0), 0.85, 2.5);
}

QRectF MapRenderer::mapArea(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    if (!options.showLegend || !input.dataset)
        return target;
    // The legend sits in the empty band below the map (south of the southern tips of the continents);
    // where it is taller than that band, the map moves up and shrinks instead of hiding under it.
    const double u = unitFor(target, options);
    const LegendLayout &legend = legendLayout(target, u, input, options);
    const double legendTop = target.bottom() - 12 * u - legend.box.height() * legend.fit - 4 * u;
    QRectF area = target;
    for (int i = 0; i < 4; ++i) {
        const double south = Viewport().transform(area).map(EqualEarth::projectRelative(0, -57)).y();
        const double overlap = south - legendTop;
        if (overlap <= 0.5)
            break;
        area.setBottom(std::max(area.top() + 0.4 * target.height(), area.bottom() - overlap));
    }
    return area;
}

MapRenderer::Frame MapRenderer::layout(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    Frame frame;
    frame.target = target;
    frame.toTarget = options.viewport.transform(mapArea(target, input, options));
    frame.pxPerUnit = frame.toTarget.m11();
    frame.unit = unitFor(target, options);
    if (!input.dataset || !input.snapshot)
        return frame;
    const Dataset &d = *input.dataset;
    const bool hubHidden = input.hidden && input.hidden->contains(d.hub);
    frame.roles = ActorRoles::compute(d, *input.snapshot, hubHidden);

    auto positionOf = [&](const QString &id) -> std::optional<QPointF> {
        if (const Actor *a = d.actor(id))
            return QPointF(a->lon, a->lat);
        return std::nullopt;
    };
    auto note = [&](const QString &id, QPointF lonLat) {
        if (!frame.position.contains(id)) {
            frame.position.insert(id, mWorld->projection().project(lonLat));
            frame.tied.append(id);
        }
    };

    QHash<QString, int> pairCount;
    for (const TieState &state : input.snapshot->ties) {
        if (state.tie < 0 || state.tie >= d.ties.size())
            continue;
        const Tie &tie = d.ties[state.tie];
        Glyph g;
        g.tie = state.tie;
        g.status = state.status;
        g.colour = Palette::tieColour(tie, d, options.scheme);
        g.width = lineWidth(tie.kind);
        g.crossRegional = tie.region == TieRegion::CrossRegional;
        g.label = tie.label().text(options.language);
        g.members = state.allMembers();

        QList<QPointF> strong; // lon/lat of members in force
        QList<QPointF> weak;   // of suspended members
        QStringList placed;
        for (const QString &m : state.members)
            if (const auto p = positionOf(m)) {
                strong.append(*p);
                placed.append(m);
                note(m, *p);
            }
        for (const QString &m : state.suspendedMembers)
            if (const auto p = positionOf(m)) {
                weak.append(*p);
                placed.append(m);
                note(m, *p);
            }
        const qsizetype count = strong.size() + weak.size();
        if (count < 2)
            continue;
        frame.signature.append({ state.tie, state.status, state.members, state.suspendedMembers });

        if (tie.kind == TieKind::MultilateralAlliance && count >= kGroupThreshold) {
            g.shape = Shape::Group;
            g.marker = mWorld->projection().project(sphericalCentroid(strong + weak));
            g.hasMarker = true;
            frame.groups.append({ state.tie, g.members, state.status == TieStatus::Suspended, state.status == TieStatus::Proposed });
        } else if (count == 2) {
            g.shape = Shape::Arc;
            const QPointF a = strong.isEmpty() ? weak[0] : strong[0];
            const QPointF b = strong.size() > 1 ? strong[1] : weak.last();
            g.lines = arc(a, b);
            const QString key = placed[0] < placed[1] ? placed[0] + u'|' + placed[1] : placed[1] + u'|' + placed[0];
            pairCount[key] += 1;
        } else {
            g.shape = Shape::Star;
            const QPointF centre = sphericalCentroid(strong + weak);
            for (const QPointF &p : std::as_const(strong))
                g.lines += arc(centre, p);
            for (const QPointF &p : std::as_const(weak))
                g.weakLines += arc(centre, p);
            g.marker = mWorld->projection().project(centre);
            g.hasMarker = true;
        }
        frame.glyphs.append(g);
    }

    // Fan out parallel arcs between the same two actors.
    QHash<QString, int> pairSeen;
    const double spacing = 5.0 * frame.unit / std::max(frame.pxPerUnit, 1e-9);
    for (Glyph &g : frame.glyphs) {
        if (g.shape != Shape::Arc || g.members.size() != 2)
            continue;
        QStringList pair = g.members;
        std::sort(pair.begin(), pair.end());
        const QString key = pair[0] + u'|' + pair[1];
        const int n = pairCount.value(key, 1);
        if (n < 2)
            continue;
        const int i = pairSeen[key]++;
        const double offset = (i - (n - 1) / 2.0) * spacing;
        const QPointF from = frame.position.value(pair[0]);
        const QPointF to = frame.position.value(pair[1]);
        QPointF chord = to - from;
        const double len = std::hypot(chord.x(), chord.y());
        if (len <= 0)
            continue;
        const QPointF normal(-chord.y() / len, chord.x() / len);
        for (QPolygonF &line : g.lines)
            line = bent(line, normal, offset);
    }
    return frame;
}

void MapRenderer::paint(QPainter &painter, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    Frame frame = layout(target, input, options);
    frame.draft = options.draft;
    // Detail of the country outlines follows the pixels they end up on (export devices scale further).
    const QTransform device = painter.deviceTransform();
    frame.devicePxPerUnit = frame.pxPerUnit * std::sqrt(std::abs(device.determinant()));
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QPaintDevice *paintDevice = painter.device();
    const bool cacheable = options.rasterCache && paintDevice && painter.worldTransform().type() <= QTransform::TxTranslate;
    if (!cacheable) {
        paintBase(painter, frame, input, options);
        paintFills(painter, frame, input);
        paintSelection(painter, frame, input);
        paintTies(painter, frame, input);
        if (options.showLabels)
            paintLabels(painter, frame, input, options);
    } else {
        // Three cached layers: the base map (changes with the view and the toggles), the base with the
        // role fills (changes when a role changes) and the ties with their labels (changes when the ties
        // in force change). A date change that changes nothing drawn only blits them.
        const qreal dpr = paintDevice->devicePixelRatioF();
        frame.devicePxPerUnit = frame.pxPerUnit * dpr;
        frame.rasterOutlines = true;
        frame.sprites = true;
        frame.dpr = dpr;
        const BaseKey key { (target.size() * dpr).toSize(), dpr, options.viewport, frame.unit, options.showGraticule,
                            input.hidden ? *input.hidden : QSet<QString>() };
        // Layer buffers are reused: a copy is a memcpy into the existing image, not an allocation.
        auto copyInto = [&](QImage &to, const QImage &from) {
            if (to.size() != from.size() || to.format() != from.format())
                to = QImage(from.size(), from.format());
            std::memcpy(to.bits(), from.constBits(), static_cast<size_t>(from.sizeInBytes()));
            to.setDevicePixelRatio(dpr);
        };
        auto begin = [&](QPainter &p, QImage &image) {
            p.begin(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setRenderHint(QPainter::TextAntialiasing);
            p.translate(-target.topLeft());
        };
        Caches &c = *mCaches;
        bool rebuilt = false;
        if (!(key == c.baseKey) || c.base.isNull() || c.spritesDraft != options.draft) {
            c.sprites.clear(); // drawn for another view, size or quality
            c.spritesDraft = options.draft;
        }
        if (!(key == c.baseKey) || c.base.isNull()) {
            c.base = QImage(key.pixels, QImage::Format_ARGB32_Premultiplied);
            c.base.setDevicePixelRatio(dpr);
            QPainter p;
            begin(p, c.base);
            paintBase(p, frame, input, options);
            p.end();
            c.baseKey = key;
            rebuilt = true;
            ++mCacheRebuilds;
        }
        if (rebuilt || c.fills.isNull() || c.fillRoles != frame.roles.roles() || c.fillGroups != frame.groups
            || c.fillDraft != options.draft) {
            copyInto(c.fills, c.base);
            QPainter p;
            begin(p, c.fills);
            paintFills(p, frame, input);
            p.end();
            c.fillRoles = frame.roles.roles();
            c.fillGroups = frame.groups;
            c.fillDraft = options.draft;
            rebuilt = true;
            ++mCacheRebuilds;
        }
        const OverlayKey overlayKey { frame.signature, frame.roles.roles(), input.selection, options.language,
                                      options.scheme, options.showLabels, options.draft, input.dataset };
        if (rebuilt || c.composed.isNull() || !(overlayKey == c.overlayKey)) {
            copyInto(c.composed, c.fills);
            QPainter p;
            begin(p, c.composed);
            paintSelection(p, frame, input);
            paintTies(p, frame, input);
            if (options.showLabels)
                paintLabels(p, frame, input, options);
            p.end();
            c.overlayKey = overlayKey;
            ++mOverlayRebuilds;
        }
        painter.drawImage(target.topLeft(), c.composed);
    }
    paintDecorations(painter, frame, input, options);
    painter.restore();
}

void MapRenderer::clearCaches()
{
    *mCaches = Caches();
}

void MapRenderer::paintBase(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    painter.fillRect(frame.target, Qt::white);
    painter.save();
    painter.setTransform(frame.toTarget, true);
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    const QPainterPath outline = mWorld->outline();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Palette::kOcean);
    painter.drawPath(outline);
    if (options.showGraticule) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0xD6, 0xE2, 0xEC), 0.7 * frame.unit * px));
        painter.drawPath(mWorld->graticule(30));
    }
    const QPen border(Palette::kBorder, 0.6 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QBrush hatch(QColor(0xC4, 0xC4, 0xC0), Qt::BDiagPattern);
    for (int i = 0; i < mWorld->countries().size(); ++i) {
        const WorldMap::Country &c = mWorld->countries()[i];
        const QPainterPath &path = mWorld->path(i, frame.devicePxPerUnit);
        const bool hidden = input.hidden && !c.id.isEmpty() && input.hidden->contains(c.id);
        painter.setPen(border);
        painter.setBrush(hidden ? Palette::kHiddenLand : Palette::kLand);
        painter.drawPath(path);
        if (hidden) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatch);
            painter.drawPath(path);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xB8, 0xC4, 0xCE), 0.8 * frame.unit * px));
    painter.drawPath(outline);
    painter.restore();
}

void MapRenderer::paintFills(QPainter &painter, const Frame &frame, const MapInput &input) const
{
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    const QPen border(Palette::kBorder, 0.6 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // Draws country \a index with \a brush and \a pen (map units). On cached raster layers each
    // (country, style) is rendered once into a sprite aligned to the device pixels and blitted after:
    // a date change recolours countries with image copies instead of filling their outlines again.
    auto drawCountry = [&](int index, const QBrush &brush, const QPen &pen, int style) {
        const QPainterPath &path = mWorld->path(index, frame.devicePxPerUnit);
        if (!frame.sprites) {
            painter.setBrush(brush);
            painter.setPen(pen);
            painter.drawPath(path);
            return;
        }
        const quint64 key = (quint64(index) << 16) | quint64(style);
        auto it = mCaches->sprites.constFind(key);
        if (it == mCaches->sprites.constEnd()) {
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
                p.setBrush(brush);
                p.setPen(pen);
                p.drawPath(path);
            }
            it = mCaches->sprites.insert(key, sprite);
        }
        if (!it->image.isNull())
            painter.drawImage(it->at, it->image);
    };

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, !frame.draft);
    if (!frame.sprites)
        painter.setTransform(frame.toTarget, true);
    for (auto it = frame.roles.roles().cbegin(); it != frame.roles.roles().cend(); ++it) {
        if (it.value() == ActorRole::Other || (input.hidden && input.hidden->contains(it.key())))
            continue;
        const int index = mWorld->indexOf(it.key());
        if (index >= 0)
            drawCountry(index, Palette::roleColour(it.value()), border, static_cast<int>(it.value()));
    }
    // Alliance groups: every member country outlined in the group colour, once, in the strongest style of
    // its groups (in force, then suspended, then proposed). On raster devices one device pixel wide,
    // which the raster engine strokes on its fast path.
    QHash<int, int> outlined; // country index -> 0 in force, 1 suspended, 2 proposed
    for (const GroupOutline &group : frame.groups) {
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
        QPen pen(faded(Palette::kAllianceGroup, style == 1), width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
        if (style == 2)
            pen.setDashPattern({ 3, 2 });
        for (auto it = outlined.cbegin(); it != outlined.cend(); ++it)
            if (it.value() == style)
                drawCountry(it.key(), Qt::NoBrush, pen, 16 + style);
    }
    painter.restore();
}

void MapRenderer::paintSelection(QPainter &painter, const Frame &frame, const MapInput &input) const
{
    if (input.selection.kind != Selection::Kind::Actor)
        return;
    const int index = mWorld->indexOf(input.selection.id);
    if (index >= 0) {
        painter.save();
        painter.setTransform(frame.toTarget, true);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Palette::kText, 2.4 * frame.unit / std::max(frame.pxPerUnit, 1e-9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(mWorld->path(index, frame.devicePxPerUnit));
        painter.restore();
    }
}

void MapRenderer::paintTies(QPainter &painter, const Frame &frame, const MapInput &input) const
{
    if (!input.dataset)
        return;
    const double u = frame.unit;
    const QString selectedTie = input.selection.kind == Selection::Kind::Tie ? input.selection.id : QString();

    // Lines are mapped to target coordinates first and stroked with plain pens: cheaper than stroking
    // under a scaling transform, and the widths stay in target units for every device.
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, !frame.draft);
    QList<QPolygonF> lines;
    QList<QPolygonF> weakLines;
    auto strokeAll = [&](const QList<QPolygonF> &list, const QPen &pen) {
        painter.setPen(pen);
        for (const QPolygonF &line : list)
            painter.drawPolyline(line);
    };
    for (const Glyph &g : frame.glyphs) {
        if (g.shape == Shape::Group)
            continue;
        lines.clear();
        weakLines.clear();
        for (const QPolygonF &line : g.lines)
            lines.append(frame.toTarget.map(line));
        for (const QPolygonF &line : g.weakLines)
            weakLines.append(frame.toTarget.map(line));
        const bool selected = !selectedTie.isEmpty() && input.dataset->ties[g.tie].id == selectedTie;
        const bool fade = g.status == TieStatus::Suspended;
        const bool dashed = g.status == TieStatus::Proposed;
        const double w = g.width * u * (selected ? 1.4 : 1.0);
        auto pen = [&](const QColor &colour, double width, bool weak) {
            QPen p(faded(colour, fade || weak), width, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
            if (dashed)
                p.setDashPattern({ 4.0 * w / width, 2.5 * w / width });
            return p;
        };
        const double outer = g.crossRegional ? w + 2.4 * u : w;
        if (selected) {
            // A dark casing marks the selected tie.
            strokeAll(lines, pen(Palette::kText, outer + 3.0 * u, false));
            strokeAll(weakLines, pen(Palette::kText, outer + 3.0 * u, true));
        }
        strokeAll(lines, pen(g.colour, outer, false));
        strokeAll(weakLines, pen(g.colour, outer, true));
        if (g.crossRegional) {
            // A cross-regional link is a double line: the colour on both sides of a white core.
            strokeAll(lines, pen(Qt::white, std::max(0.9 * u, outer - 2.4 * u), false));
            strokeAll(weakLines, pen(Qt::white, std::max(0.9 * u, outer - 2.4 * u), true));
        }
    }
    painter.restore();

    // Markers in target coordinates (constant size at any zoom).
    painter.save();
    for (const Glyph &g : frame.glyphs) {
        if (!g.hasMarker || g.shape != Shape::Star)
            continue;
        const bool selected = !selectedTie.isEmpty() && input.dataset->ties[g.tie].id == selectedTie;
        const QPointF c = frame.toTarget.map(g.marker);
        const double r = (selected ? 7.5 : 6.0) * u;
        QPolygonF diamond({ c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) });
        painter.setPen(QPen(selected ? Palette::kText : Qt::white, (selected ? 2.0 : 1.5) * u));
        painter.setBrush(faded(g.colour, g.status == TieStatus::Suspended));
        if (g.status == TieStatus::Proposed) {
            painter.setBrush(Qt::white);
            painter.setPen(QPen(g.colour, 1.8 * u, Qt::DashLine));
        }
        painter.drawPolygon(diamond);
    }
    // Capitals of the actors with ties: a dot; organisations: a square.
    for (const QString &id : frame.tied) {
        const QPointF c = frame.toTarget.map(frame.position.value(id));
        const Actor *a = input.dataset->actor(id);
        const bool organisation = a && a->kind == ActorKind::Organisation;
        painter.setPen(QPen(Qt::white, 1.2 * u));
        painter.setBrush(organisation ? Palette::kAllianceGroup : Palette::kText);
        const double r = (organisation ? 4.5 : 2.8) * u;
        if (organisation)
            painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        else
            painter.drawEllipse(c, r, r);
    }
    painter.restore();
}

void MapRenderer::drawText(QPainter &painter, QPointF topLeft, const QString &text, const QFont &font, const QColor &colour,
                           bool halo, bool cache) const
{
    const double haloWidth = halo ? std::max(2.0, font.pixelSize() / 5.0) : 0;
    if (!cache) {
        const QFontMetricsF fm(font);
        QPainterPath path;
        path.addText(topLeft + QPointF(0, fm.ascent()), font, text);
        if (halo)
            painter.strokePath(path, QPen(QColor(255, 255, 255, 230), haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        // Real text on top of the halo, so SVG and PDF exports keep it selectable and searchable.
        painter.save();
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(topLeft + QPointF(0, fm.ascent()), text);
        painter.restore();
        return;
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QString key = text + u'\x1f' + QString::number(font.pixelSize()) + (font.bold() ? u'b' : u'r') + u'\x1f'
        + QString::number(colour.rgba()) + (halo ? u'h' : u'-') + QString::number(dpr);
    auto it = mCaches->texts.find(key);
    if (it == mCaches->texts.end()) {
        if (mCaches->texts.size() > 4000)
            mCaches->texts.clear();
        const QFontMetricsF fm(font);
        const double m = std::ceil(haloWidth);
        const QSizeF size(fm.horizontalAdvance(text) + 2 * m + 2, fm.height() + 2 * m);
        QImage image((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        QPainterPath path;
        path.addText(QPointF(m, m + fm.ascent()), font, text);
        if (halo)
            p.strokePath(path, QPen(QColor(255, 255, 255, 230), haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.fillPath(path, colour);
        p.end();
        it = mCaches->texts.insert(key, image);
    }
    const double m = std::ceil(haloWidth);
    painter.drawImage(topLeft - QPointF(m, m), *it);
}

QSizeF MapRenderer::textSize(const QString &text, const QFont &font) const
{
    const QString key = text + u'\x1f' + QString::number(font.pixelSize()) + (font.bold() ? u'b' : u'r');
    auto it = mCaches->textSizes.constFind(key);
    if (it != mCaches->textSizes.constEnd())
        return *it;
    if (mCaches->textSizes.size() > 8000)
        mCaches->textSizes.clear();
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text), fm.height());
    mCaches->textSizes.insert(key, size);
    return size;
}

void MapRenderer::paintLabels(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!input.dataset)
        return;
    const Dataset &d = *input.dataset;
    const double u = frame.unit;
    const bool cache = options.rasterCache && painter.worldTransform().type() <= QTransform::TxTranslate;
    QList<QRectF> taken;
    // Keep clear of the date and the legend (their boxes are known before they are drawn).
    auto fits = [&](const QRectF &r) {
        if (!frame.target.contains(r))
            return false;
        for (const QRectF &t : std::as_const(taken))
            if (t.intersects(r))
                return false;
        return true;
    };
    for (const Glyph &g : frame.glyphs)
        if (g.hasMarker && g.shape == Shape::Star) {
            const QPointF c = frame.toTarget.map(g.marker);
            taken.append(QRectF(c - QPointF(6 * u, 6 * u), QSizeF(12 * u, 12 * u)));
        }

    // Tie labels first (groups and stars), then actors by importance.
    const QFont tieFont = sizedFont(12.5 * u, true);
    for (const Glyph &g : frame.glyphs) {
        if (!g.hasMarker || g.label.isEmpty())
            continue;
        const QPointF c = frame.toTarget.map(g.marker);
        const QSizeF size = textSize(g.label, tieFont);
        QList<QRectF> candidates;
        if (g.shape == Shape::Group)
            candidates = { QRectF(c - QPointF(size.width() / 2, size.height() / 2), size) };
        else
            candidates = { QRectF(c + QPointF(8 * u, -size.height() / 2), size), QRectF(c + QPointF(-8 * u - size.width(), -size.height() / 2), size),
                           QRectF(c + QPointF(-size.width() / 2, -8 * u - size.height()), size), QRectF(c + QPointF(-size.width() / 2, 8 * u), size) };
        for (const QRectF &r : std::as_const(candidates))
            if (fits(r)) {
                taken.append(r);
                QColor colour = g.shape == Shape::Group ? Palette::kAllianceGroup : g.colour.darker(125);
                drawText(painter, r.topLeft(), g.label, tieFont, faded(colour, g.status == TieStatus::Suspended), true, cache);
                break;
            }
    }

    QStringList actors = frame.tied;
    if (!d.hub.isEmpty() && !frame.position.contains(d.hub))
        actors.prepend(d.hub); // the hub is labelled even before it has ties
    auto rank = [&](const QString &id) {
        if (input.selection.kind == Selection::Kind::Actor && input.selection.id == id)
            return -1;
        return static_cast<int>(frame.roles.role(id));
    };
    auto areaOf = [&](const QString &id) {
        const WorldMap::Country *c = mWorld->country(id);
        return c ? c->area : 0.0;
    };
    std::stable_sort(actors.begin(), actors.end(), [&](const QString &a, const QString &b) {
        const int ra = rank(a), rb = rank(b);
        return ra != rb ? ra < rb : areaOf(a) > areaOf(b);
    });
    const QFont font = sizedFont(12 * u);
    const QFont selectedFont = sizedFont(13 * u, true);
    for (const QString &id : std::as_const(actors)) {
        if (input.hidden && input.hidden->contains(id))
            continue;
        const Actor *a = d.actor(id);
        if (!a)
            continue;
        const QPointF c = frame.toTarget.map(frame.position.value(id, mWorld->projection().project(a->lon, a->lat)));
        const bool selected = rank(id) < 0;
        const QFont &f = selected ? selectedFont : font;
        const QString text = labelName(d, id, options.language);
        const QSizeF size = textSize(text, f);
        const double gap = 4 * u;
        const QRectF candidates[] = {
            QRectF(c + QPointF(gap, -size.height() / 2), size),
            QRectF(c + QPointF(-gap - size.width(), -size.height() / 2), size),
            QRectF(c + QPointF(-size.width() / 2, -gap - size.height()), size),
            QRectF(c + QPointF(-size.width() / 2, gap), size),
        };
        for (const QRectF &r : candidates)
            if (fits(r)) {
                taken.append(r);
                drawText(painter, r.topLeft(), text, f, Palette::kText, true, cache);
                break;
            }
    }
}

void MapRenderer::paintDecorations(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const double u = frame.unit;
    const bool cache = options.rasterCache && painter.worldTransform().type() <= QTransform::TxTranslate;
    const double margin = 12 * u;
    double top = frame.target.top() + margin;
    if (!options.title.isEmpty()) {
        const QFont font = sizedFont(16 * u, true);
        const QFontMetricsF fm(font);
        const QString title = fm.elidedText(options.title, Qt::ElideRight, frame.target.width() - 2 * margin);
        drawText(painter, QPointF(frame.target.center().x() - fm.horizontalAdvance(title) / 2, top), title, font, Palette::kText, true, cache);
        top += fm.height() + 4 * u;
    }
    if (options.showDate && input.snapshot && input.snapshot->date.isValid()) {
        const QFont font = sizedFont(std::max(30.0 * u, 0.06 * frame.target.height()), true);
        const QString text = PartialDate::fromDate(input.snapshot->date).displayString(options.language);
        if (cache) {
            // The date changes on every frame of a scrub, its words far less often ("12", "Dec", "1951",
            // "1951年"): cached per word, it costs a few image blits.
            QStringList words;
            QString current;
            for (const QChar ch : text) {
                if (ch == u' ') {
                    words.append(current + u' ');
                    current.clear();
                    continue;
                }
                current.append(ch);
                if (ch == u'年' || ch == u'月') {
                    words.append(current);
                    current.clear();
                }
            }
            if (!current.isEmpty())
                words.append(current);
            QPointF at(frame.target.left() + margin, top);
            for (const QString &word : std::as_const(words)) {
                drawText(painter, at, word, font, Palette::kText, true, true);
                at.rx() += textSize(word, font).width();
            }
        } else {
            drawText(painter, QPointF(frame.target.left() + margin, top), text, font, Palette::kText, true, false);
        }
    }
    if (options.showLegend && input.dataset)
        paintLegend(painter, frame, input, options);
    if (!options.caption.isEmpty()) {
        const QFont font = sizedFont(10 * u);
        const QFontMetricsF fm(font);
        const QString caption = fm.elidedText(options.caption, Qt::ElideRight, frame.target.width() - 2 * margin);
        drawText(painter, QPointF(frame.target.right() - margin - fm.horizontalAdvance(caption), frame.target.bottom() - margin - fm.height()),
                 caption, font, Palette::kText, true, cache);
    }
}

const MapRenderer::LegendLayout &MapRenderer::legendLayout(const QRectF &target, double u, const MapInput &input,
                                                          const MapRenderOptions &options) const
{
    const Dataset &d = *input.dataset;
    const bool hiddenAny = input.hidden && !input.hidden->isEmpty();
    const double maxHeight = std::max(0.2 * target.height(), 120.0 * u);
    // Everything the legend depends on, cheaply: it is the same on nearly every frame.
    const QString key = tr("Countries") + u'|' + QString::number(quintptr(&d)) + u'|' + QString::number(d.ties.size()) + u'|'
        + QString::number(d.placements.size()) + u'|' + QString::number(int(options.language)) + u'|' + options.scheme + u'|'
        + QString::number(u) + u'|' + QString::number(maxHeight) + u'|' + QString::number(target.width()) + u'|'
        + QString::number(target.height()) + (hiddenAny ? u'h' : u'-');
    LegendLayout &layout = mCaches->legendLayout;
    if (key == layout.key)
        return layout;
    layout = LegendLayout();
    layout.key = key;

    using K = LegendEntry::Kind;
    QList<LegendEntry> entries;
    entries.append({ K::Header, {}, tr("Countries") });
    const QString hubName = d.hub.isEmpty() ? QString() : actorName(d, d.hub, options.language);
    entries.append({ K::Swatch, Palette::roleColour(ActorRole::Hub),
                     hubName.isEmpty() ? ActorRoles::label(ActorRole::Hub) : tr("Hub (%1)").arg(hubName) });
    for (ActorRole role : { ActorRole::TreatyAlly, ActorRole::MinilateralPartner, ActorRole::SecurityPartner, ActorRole::Other })
        entries.append({ K::Swatch, Palette::roleColour(role), ActorRoles::label(role) });
    if (hiddenAny)
        entries.append({ K::Hatch, Palette::kHiddenLand, tr("Switched off in the member panel") });

    // Tie styles: the kinds that occur in the dataset (not only at this date, so the legend holds still
    // while the date moves).
    bool kinds[static_cast<int>(TieKind::Proposal) + 1] = {};
    bool crossRegional = false, proposed = false, suspended = false, groups = false, smallAlliances = false, unclassified = false;
    QList<const TypologyCell *> cells;
    const TypologyScheme *scheme = d.typology(options.scheme);
    for (const Tie &t : d.ties) {
        kinds[static_cast<int>(t.kind)] = true;
        crossRegional |= t.region == TieRegion::CrossRegional;
        proposed |= t.status == TieStatus::Proposed || t.kind == TieKind::Proposal;
        suspended |= t.status == TieStatus::Suspended || !t.phases.isEmpty();
        for (const MembershipSpell &s : t.members)
            suspended |= s.suspended;
        if (t.kind == TieKind::MultilateralAlliance) {
            const qsizetype n = t.memberIds().size();
            groups |= n >= kGroupThreshold;
            smallAlliances |= n < kGroupThreshold;
        }
        if (t.kind == TieKind::Minilateral) {
            const Placement *p = d.placement(options.scheme, t.id);
            const TypologyCell *cell = p && scheme ? scheme->cell(p->cell) : nullptr;
            if (cell && !cells.contains(cell))
                cells.append(cell);
            unclassified |= !cell;
        }
    }
    entries.append({ K::Header, {}, tr("Ties in force") });
    if (kinds[static_cast<int>(TieKind::BilateralAlliance)])
        entries.append({ K::Line, Palette::kBlue, Vocabulary::label(TieKind::BilateralAlliance) });
    if (groups)
        entries.append({ K::Outline, Palette::kAllianceGroup, tr("Alliance (members outlined)") });
    if (smallAlliances)
        entries.append({ K::Star, Palette::kAllianceGroup, tr("Small multilateral alliance") });
    for (TieKind kind : { TieKind::Partnership, TieKind::Dialogue, TieKind::IntelligenceSharing, TieKind::Exercise, TieKind::Agreement })
        if (kinds[static_cast<int>(kind)])
            entries.append({ K::Line, Palette::tieKindColour(kind), Vocabulary::label(kind) });
    if (!cells.isEmpty() || unclassified) {
        QString by = scheme ? scheme->name.text(options.language) : QString();
        if (scheme)
            if (const Source *source = d.source(scheme->source))
                by = FigureCaption::shortCitation(*source, options.language);
        entries.append({ K::Header, {}, by.isEmpty() ? tr("Minilaterals") : tr("Minilaterals (%1)").arg(by) });
        if (scheme)
            std::sort(cells.begin(), cells.end(), [&](const TypologyCell *a, const TypologyCell *b) {
                return a - scheme->cells.constData() < b - scheme->cells.constData();
            });
        for (const TypologyCell *cell : std::as_const(cells))
            entries.append({ K::Star, Palette::typologyCellColour(*cell), cell->name.text(options.language) });
        if (unclassified)
            entries.append({ K::Star, Palette::kUnclassified, tr("not placed") });
    }
    if (crossRegional || proposed || suspended) {
        entries.append({ K::Header, {}, tr("Line styles") });
        if (crossRegional)
            entries.append({ K::Line, Palette::kText, tr("Cross-regional link (double line)"), false, false, true });
        if (proposed)
            entries.append({ K::Line, Palette::kText, tr("Proposed (dashed)"), true });
        if (suspended)
            entries.append({ K::Line, Palette::kText, tr("Suspended (faded)"), false, true });
    }

    // Columns of at most rowsPerColumn rows, so the legend stays in the empty band below the map;
    // a section header never ends a column.
    const QFont font = sizedFont(11.5 * u);
    const QFont headerFont = sizedFont(11.5 * u, true);
    const QFontMetricsF fm(font);
    const double row = fm.height() * 1.2;
    const double swatch = 20 * u;
    const double pad = 7 * u;
    // The fewest rows that keep the legend within the target's width; the band below the map is the
    // aim (maxHeight), a narrow target gets a taller legend, and one that still does not fit is scaled.
    QList<QList<LegendEntry>> &columns = layout.columns;
    QList<double> &widths = layout.widths;
    QSizeF &box = layout.box;
    const double availableWidth = target.width() - 24 * u;
    const int minRows = std::max(5, static_cast<int>((maxHeight - 2 * pad) / row));
    for (int rowsPerColumn = std::min<int>(minRows, static_cast<int>(entries.size())); rowsPerColumn <= entries.size(); ++rowsPerColumn) {
        columns = { QList<LegendEntry>() };
        for (const LegendEntry &e : std::as_const(entries)) {
            if (columns.last().size() >= rowsPerColumn || (e.kind == K::Header && columns.last().size() >= rowsPerColumn - 1))
                columns.append(QList<LegendEntry>());
            columns.last().append(e);
        }
        widths.clear();
        int rows = 0;
        double totalWidth = pad;
        for (const QList<LegendEntry> &column : std::as_const(columns)) {
            double w = 0;
            for (const LegendEntry &e : column)
                w = std::max(w, e.kind == K::Header ? textSize(e.text, headerFont).width() : swatch + 6 * u + textSize(e.text, font).width());
            widths.append(w);
            rows = std::max(rows, static_cast<int>(column.size()));
            totalWidth += w + 2 * pad;
        }
        box = QSizeF(totalWidth - pad, rows * row + 2 * pad - (row - fm.height()));
        if (box.width() <= availableWidth)
            break;
    }
    layout.fit = std::max(0.1, std::min({ 1.0, availableWidth / box.width(), (target.height() - 24 * u) / box.height() }));
    layout.row = row;
    layout.swatch = swatch;
    layout.pad = pad;
    return layout;
}

void MapRenderer::paintLegend(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const double u = frame.unit;
    const bool cache = options.rasterCache && painter.worldTransform().type() <= QTransform::TxTranslate && painter.device();
    const qreal dpr = cache ? painter.device()->devicePixelRatioF() : 1.0;
    const LegendLayout &layout = legendLayout(frame.target, u, input, options);
    const QList<QList<LegendEntry>> &columns = layout.columns;
    const QList<double> &widths = layout.widths;
    const QSizeF box = layout.box;
    const double fit = layout.fit;
    const double row = layout.row;
    const double swatch = layout.swatch;
    const double pad = layout.pad;
    using K = LegendEntry::Kind;
    const QFont font = sizedFont(11.5 * u);
    const QFont headerFont = sizedFont(11.5 * u, true);
    const QFontMetricsF fm(font);
    const QString key = layout.key + u'|' + QString::number(dpr);
    // Bottom left or bottom right, whichever hides fewer capitals of actors with ties.
    auto corner = [&](QSizeF size) {
        const QPointF left(frame.target.left() + 12 * u - 0.5, frame.target.bottom() - 12 * u - size.height() + 1.5);
        const QPointF right(frame.target.right() - 12 * u - size.width() + 0.5, left.y());
        int underLeft = 0, underRight = 0;
        for (const QPointF &p : frame.position) {
            const QPointF at = frame.toTarget.map(p);
            underLeft += QRectF(left, size).contains(at) ? 1 : 0;
            underRight += QRectF(right, size).contains(at) ? 1 : 0;
        }
        return underRight < underLeft ? right : left;
    };
    if (cache && key == mCaches->legendKey && !mCaches->legend.isNull()) {
        painter.drawImage(corner(mCaches->legend.deviceIndependentSize()), mCaches->legend);
        return;
    }


    auto draw = [&](QPainter &p, QPointF origin) {
        p.setPen(QPen(QColor(0xC8, 0xCE, 0xD4), 1 * u));
        p.setBrush(QColor(255, 255, 255, 235));
        p.drawRoundedRect(QRectF(origin, box), 4 * u, 4 * u);
        double x = origin.x() + pad;
        for (int col = 0; col < columns.size(); ++col) {
            for (int r = 0; r < columns[col].size(); ++r) {
                const LegendEntry &e = columns[col][r];
                const QPointF at(x, origin.y() + pad + r * row);
                const QRectF sw(at.x(), at.y() + fm.height() * 0.15, swatch, fm.height() * 0.7);
                const double cy = sw.center().y();
                switch (e.kind) {
                case K::Header:
                    break;
                case K::Swatch:
                case K::Hatch:
                    p.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0.8 * u));
                    p.setBrush(e.colour);
                    p.drawRect(sw);
                    if (e.kind == K::Hatch)
                        p.fillRect(sw, QBrush(QColor(0xA0, 0xA0, 0xA0), Qt::BDiagPattern));
                    break;
                case K::Outline:
                    p.setPen(QPen(e.colour, 1.6 * u));
                    p.setBrush(Palette::roleColour(ActorRole::TreatyAlly));
                    p.drawRect(sw);
                    break;
                case K::Line: {
                    const double w = (e.doubleLine ? 4.2 : 2.4) * u;
                    QPen pen(faded(e.colour, e.faded), w, Qt::SolidLine, Qt::FlatCap);
                    if (e.dashed)
                        pen.setDashPattern({ 4, 2.5 });
                    p.setPen(pen);
                    p.drawLine(QPointF(sw.left() + 2 * u, cy), QPointF(sw.right() - 2 * u, cy));
                    if (e.doubleLine) {
                        p.setPen(QPen(Qt::white, 1.4 * u));
                        p.drawLine(QPointF(sw.left() + 2 * u, cy), QPointF(sw.right() - 2 * u, cy));
                    }
                    break;
                }
                case K::Star: {
                    const QPointF c(sw.center().x(), cy);
                    p.setPen(QPen(e.colour, 1.6 * u));
                    p.drawLine(c, QPointF(sw.left(), sw.top()));
                    p.drawLine(c, QPointF(sw.left(), sw.bottom()));
                    p.drawLine(c, QPointF(sw.right(), cy));
                    const double rr = 4.5 * u;
                    p.setPen(QPen(Qt::white, 1.2 * u));
                    p.setBrush(e.colour);
                    p.drawPolygon(QPolygonF({ c + QPointF(0, -rr), c + QPointF(rr, 0), c + QPointF(0, rr), c + QPointF(-rr, 0) }));
                    break;
                }
                }
                const double textX = e.kind == K::Header ? at.x() : at.x() + swatch + 6 * u;
                p.setFont(e.kind == K::Header ? headerFont : font);
                p.setPen(Palette::kText);
                p.drawText(QPointF(textX, at.y() + fm.ascent()), e.text);
            }
            x += widths[col] + 2 * pad;
        }
    };

    if (!cache) {
        painter.save();
        painter.translate(corner(box * fit));
        painter.scale(fit, fit);
        draw(painter, QPointF(0, 0));
        painter.restore();
        return;
    }
    QImage image((box * fit * dpr).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.translate(0.5, 0.5);
    p.scale(fit, fit);
    draw(p, QPointF(0, 0));
    p.end();
    mCaches->legend = image;
    mCaches->legendKey = key;
    painter.drawImage(corner(image.deviceIndependentSize()), image);
}

MapRenderer::Hit MapRenderer::hitTest(QPointF point, const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    Hit hit;
    if (!target.contains(point))
        return hit;
    const Frame frame = layout(target, input, options);
    const double tolerance = 5 * frame.unit;
    if (input.dataset) {
        // Markers, then lines, topmost (last drawn) first.
        for (auto g = frame.glyphs.crbegin(); g != frame.glyphs.crend(); ++g) {
            if (g->hasMarker && g->shape == Shape::Star) {
                const QPointF c = frame.toTarget.map(g->marker);
                if (std::hypot(c.x() - point.x(), c.y() - point.y()) <= 6 * frame.unit + tolerance / 2)
                    return { Hit::Kind::Tie, input.dataset->ties[g->tie].id };
            }
        }
        // Capitals before lines: a click on the capital's dot means the actor, not the tie ending there.
        for (const QString &id : frame.tied) {
            const QPointF c = frame.toTarget.map(frame.position.value(id));
            if (std::hypot(c.x() - point.x(), c.y() - point.y()) <= 4 * frame.unit)
                return { Hit::Kind::Actor, id };
        }
        for (auto g = frame.glyphs.crbegin(); g != frame.glyphs.crend(); ++g) {
            for (const QList<QPolygonF> *lines : { &g->lines, &g->weakLines })
                for (const QPolygonF &line : *lines) {
                    const QPolygonF screen = frame.toTarget.map(line);
                    if (!screen.boundingRect().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
                        continue;
                    for (qsizetype i = 1; i < screen.size(); ++i)
                        if (distanceToSegment(point, screen[i - 1], screen[i]) <= tolerance)
                            return { Hit::Kind::Tie, input.dataset->ties[g->tie].id };
                }
        }
    }
    const int country = mWorld->countryAt(frame.toTarget.inverted().map(point));
    if (country < 0)
        return hit;
    const QString id = mWorld->countries()[country].id;
    if (input.dataset && input.dataset->actor(id))
        return { Hit::Kind::Actor, id };
    return { Hit::Kind::Country, id };
}

QString MapRenderer::toolTip(const Hit &hit, const MapInput &input, Language language) const
{
    if (hit.kind == Hit::Kind::None || !input.dataset)
        return {};
    const Dataset &d = *input.dataset;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList lines;
    if (hit.kind == Hit::Kind::Actor || hit.kind == Hit::Kind::Country) {
        lines.append(QStringLiteral("<b>%1</b>").arg(esc(actorName(d, hit.id, language))));
        if (input.hidden && input.hidden->contains(hit.id)) {
            lines.append(esc(tr("Switched off in the member panel")));
        } else {
            lines.append(esc(ActorRoles::label(roleOf(hit.id, input))));
            QStringList ties;
            if (input.snapshot)
                for (const TieState &s : input.snapshot->ties)
                    if (s.allMembers().contains(hit.id) && s.tie >= 0 && s.tie < d.ties.size())
                        ties.append(esc(d.ties[s.tie].label().text(language)));
            if (!ties.isEmpty())
                lines.append(esc(tr("Ties at this date:")) + u' ' + ties.join(QStringLiteral(", ")));
        }
    } else if (const Tie *tie = d.tie(hit.id)) {
        lines.append(QStringLiteral("<b>%1</b>").arg(esc(tie->name.text(language))));
        TieStatus status = tie->status;
        QStringList members;
        if (input.snapshot)
            if (const TieState *s = input.snapshot->state(d.tieIndex(hit.id))) {
                status = s->status;
                for (const QString &m : s->members)
                    members.append(esc(actorName(d, m, language)));
                for (const QString &m : s->suspendedMembers)
                    members.append(esc(tr("%1 (suspended)").arg(actorName(d, m, language))));
            }
        lines.append(esc(Vocabulary::label(tie->kind) + QStringLiteral(" · ") + Vocabulary::label(status) + QStringLiteral(" · ")
                         + Vocabulary::label(tie->region)));
        const QString end = tie->end.isValid() ? tie->end.displayString(language) : tr("ongoing");
        lines.append(esc(tr("%1 – %2").arg(tie->start.displayString(language), end)));
        if (!members.isEmpty())
            lines.append(esc(tr("Members:")) + u' ' + members.join(QStringLiteral(", ")));
        for (const TypologyScheme &scheme : d.typologies)
            if (const Placement *p = d.placement(scheme.id, tie->id))
                if (const TypologyCell *cell = scheme.cell(p->cell))
                    lines.append(esc(tr("%1: %2").arg(scheme.name.text(language), cell->name.text(language))));
        if (!tie->note.isEmpty())
            lines.append(QStringLiteral("<i>%1</i>").arg(esc(tie->note.text(language))));
    }
    return QStringLiteral("<p style='white-space:pre-wrap'>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
}

} // namespace atlas
