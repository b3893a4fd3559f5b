// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/maprenderer.h"

#include "models/countrycodes.h"
#include "models/dataset.h"
#include "models/geo/worldmap.h"
#include "models/palette.h"
#include "models/partialdate.h"
#include "models/snapshot.h"
#include "models/vocabulary.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

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
};

struct MapRenderer::Caches
{
    QHash<ArcKey, QList<QPolygonF>> arcs;
    BaseKey baseKey;
    QImage base;
    BaseKey fillKey;
    QHash<QString, ActorRole> fillRoles;
    QList<GroupOutline> fillGroups;
    QImage fills;
    QHash<QString, QImage> texts;
    QString legendKey;
    QImage legend;
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
    QList<QPolygonF> pieces = mWorld->projection().projectLine(greatCircle(from, to, 1.5));
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

MapRenderer::Frame MapRenderer::layout(const QRectF &target, const MapInput &input, const MapRenderOptions &options) const
{
    Frame frame;
    frame.target = target;
    frame.toTarget = options.viewport.transform(target);
    frame.pxPerUnit = frame.toTarget.m11();
    const double area = std::sqrt(std::max(1.0, target.width() * target.height()));
    frame.unit = options.scale * std::clamp(area / std::sqrt(1400.0 * 800.0), 0.85, 2.5);
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
    const Frame frame = layout(target, input, options);
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const QPaintDevice *device = painter.device();
    const QTransform &world = painter.worldTransform();
    const bool cacheable = options.rasterCache && device && world.type() <= QTransform::TxTranslate;
    if (cacheable) {
        const qreal dpr = device->devicePixelRatioF();
        BaseKey key { (target.size() * dpr).toSize(), dpr, options.viewport, frame.unit, options.showGraticule,
                      input.hidden ? *input.hidden : QSet<QString>() };
        if (!(key == mCaches->baseKey) || mCaches->base.isNull()) {
            QImage image(key.pixels, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            image.fill(Qt::transparent);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.translate(-target.topLeft());
            paintBase(p, frame, input, options);
            p.end();
            mCaches->base = image;
            mCaches->baseKey = key;
            mCaches->fills = QImage();
            ++mCacheRebuilds;
        }
        if (mCaches->fills.isNull() || !(mCaches->fillKey == key) || mCaches->fillRoles != frame.roles.roles()
            || mCaches->fillGroups != frame.groups) {
            QImage image = mCaches->base.copy();
            image.setDevicePixelRatio(dpr);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.translate(-target.topLeft());
            paintFills(p, frame, input);
            p.end();
            mCaches->fills = image;
            mCaches->fillKey = key;
            mCaches->fillRoles = frame.roles.roles();
            mCaches->fillGroups = frame.groups;
            ++mCacheRebuilds;
        }
        painter.drawImage(target.topLeft(), mCaches->fills);
    } else {
        paintBase(painter, frame, input, options);
        paintFills(painter, frame, input);
    }
    paintSelection(painter, frame, input);
    paintTies(painter, frame, input);
    if (options.showLabels)
        paintLabels(painter, frame, input, options);
    paintDecorations(painter, frame, input, options);
    painter.restore();
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
    for (const WorldMap::Country &c : mWorld->countries()) {
        const bool hidden = input.hidden && !c.id.isEmpty() && input.hidden->contains(c.id);
        painter.setPen(border);
        painter.setBrush(hidden ? Palette::kHiddenLand : Palette::kLand);
        painter.drawPath(c.path);
        if (hidden) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(hatch);
            painter.drawPath(c.path);
        }
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0xB8, 0xC4, 0xCE), 0.8 * frame.unit * px));
    painter.drawPath(outline);
    painter.restore();
}

void MapRenderer::paintFills(QPainter &painter, const Frame &frame, const MapInput &input) const
{
    painter.save();
    painter.setTransform(frame.toTarget, true);
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    painter.setPen(QPen(Palette::kBorder, 0.6 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (auto it = frame.roles.roles().cbegin(); it != frame.roles.roles().cend(); ++it) {
        if (it.value() == ActorRole::Other || (input.hidden && input.hidden->contains(it.key())))
            continue;
        if (const WorldMap::Country *c = mWorld->country(it.key())) {
            painter.setBrush(Palette::roleColour(it.value()));
            painter.drawPath(c->path);
        }
    }
    // Alliance groups: every member country outlined in the group colour.
    painter.setBrush(Qt::NoBrush);
    for (const GroupOutline &group : frame.groups) {
        QPen pen(faded(Palette::kAllianceGroup, group.faded), 1.3 * frame.unit * px, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        if (group.dashed)
            pen.setDashPattern({ 3, 2 });
        painter.setPen(pen);
        for (const QString &m : group.members)
            if (const WorldMap::Country *c = mWorld->country(m))
                painter.drawPath(c->path);
    }
    painter.restore();
}

void MapRenderer::paintSelection(QPainter &painter, const Frame &frame, const MapInput &input) const
{
    if (input.selection.kind != Selection::Kind::Actor)
        return;
    if (const WorldMap::Country *c = mWorld->country(input.selection.id)) {
        painter.save();
        painter.setTransform(frame.toTarget, true);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Palette::kText, 2.4 * frame.unit / std::max(frame.pxPerUnit, 1e-9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(c->path);
        painter.restore();
    }
}

void MapRenderer::paintTies(QPainter &painter, const Frame &frame, const MapInput &input) const
{
    const double px = 1.0 / std::max(frame.pxPerUnit, 1e-9);
    const double u = frame.unit;
    const QString selectedTie = input.selection.kind == Selection::Kind::Tie ? input.selection.id : QString();

    painter.save();
    painter.setTransform(frame.toTarget, true);
    painter.setBrush(Qt::NoBrush);
    auto strokeAll = [&](const QList<QPolygonF> &lines, const QPen &pen) {
        painter.setPen(pen);
        for (const QPolygonF &line : lines)
            painter.drawPolyline(line);
    };
    for (const Glyph &g : frame.glyphs) {
        if (g.shape == Shape::Group)
            continue;
        const bool selected = !selectedTie.isEmpty() && input.dataset->ties[g.tie].id == selectedTie;
        const bool fade = g.status == TieStatus::Suspended;
        const bool dashed = g.status == TieStatus::Proposed;
        const double w = g.width * u * (selected ? 1.4 : 1.0);
        auto pen = [&](const QColor &colour, double width, bool weak) {
            QPen p(faded(colour, fade || weak), width * px, Qt::SolidLine, dashed ? Qt::FlatCap : Qt::RoundCap, Qt::RoundJoin);
            if (dashed)
                p.setDashPattern({ 4.0 * w / width, 2.5 * w / width });
            return p;
        };
        const double outer = g.crossRegional ? w + 2.4 * u : w;
        // Casing: keeps the line readable over any fill; black when the tie is selected.
        const QColor casing = selected ? Palette::kText : QColor(255, 255, 255, 200);
        const double casingWidth = outer + (selected ? 3.0 : 1.6) * u;
        strokeAll(g.lines, pen(casing, casingWidth, false));
        strokeAll(g.weakLines, pen(casing, casingWidth, true));
        strokeAll(g.lines, pen(g.colour, outer, false));
        strokeAll(g.weakLines, pen(g.colour, outer, true));
        if (g.crossRegional) {
            // A cross-regional link is a double line: the colour on both sides of a white core.
            strokeAll(g.lines, pen(Qt::white, std::max(0.9 * u, outer - 2.4 * u), false));
            strokeAll(g.weakLines, pen(Qt::white, std::max(0.9 * u, outer - 2.4 * u), true));
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
    const QFontMetricsF fm(font);
    const double haloWidth = halo ? std::max(2.0, font.pixelSize() / 5.0) : 0;
    if (!cache) {
        QPainterPath path;
        path.addText(topLeft + QPointF(0, fm.ascent()), font, text);
        if (halo)
            painter.strokePath(path, QPen(QColor(255, 255, 255, 230), haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.fillPath(path, colour);
        return;
    }
    const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QString key = text + u'\x1f' + font.key() + u'\x1f' + QString::number(colour.rgba()) + u'\x1f'
        + QString::number(halo) + u'\x1f' + QString::number(dpr);
    auto it = mCaches->texts.find(key);
    if (it == mCaches->texts.end()) {
        if (mCaches->texts.size() > 4000)
            mCaches->texts.clear();
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

void MapRenderer::paintLabels(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const
{
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
    const QFontMetricsF tfm(tieFont);
    for (const Glyph &g : frame.glyphs) {
        if (!g.hasMarker || g.label.isEmpty())
            continue;
        const QPointF c = frame.toTarget.map(g.marker);
        const QSizeF size(tfm.horizontalAdvance(g.label), tfm.height());
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
        const QFontMetricsF fm(f);
        const QString text = labelName(d, id, options.language);
        const QSizeF size(fm.horizontalAdvance(text), fm.height());
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
        drawText(painter, QPointF(frame.target.left() + margin, top), text, font, Palette::kText, true, cache);
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

void MapRenderer::paintLegend(QPainter &painter, const Frame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const Dataset &d = *input.dataset;
    const double u = frame.unit;
    using K = LegendEntry::Kind;
    QList<LegendEntry> entries;
    entries.append({ K::Header, {}, tr("Countries") });
    const QString hubName = d.hub.isEmpty() ? QString() : actorName(d, d.hub, options.language);
    entries.append({ K::Swatch, Palette::roleColour(ActorRole::Hub),
                     hubName.isEmpty() ? ActorRoles::label(ActorRole::Hub) : tr("Hub (%1)").arg(hubName) });
    for (ActorRole role : { ActorRole::TreatyAlly, ActorRole::MinilateralPartner, ActorRole::SecurityPartner, ActorRole::Other })
        entries.append({ K::Swatch, Palette::roleColour(role), ActorRoles::label(role) });
    if (input.hidden && !input.hidden->isEmpty())
        entries.append({ K::Hatch, Palette::kHiddenLand, tr("Switched off in the member panel") });

    // Tie styles: the kinds that occur in the dataset (not only at this date, so the legend holds still
    // while the date moves).
    bool kinds[static_cast<int>(TieKind::Proposal) + 1] = {};
    bool crossRegional = false, proposed = false, suspended = false, groups = false, unclassified = false;
    QList<const TypologyCell *> cells;
    const TypologyScheme *scheme = d.typology(options.scheme);
    for (const Tie &t : d.ties) {
        kinds[static_cast<int>(t.kind)] = true;
        crossRegional |= t.region == TieRegion::CrossRegional;
        proposed |= t.status == TieStatus::Proposed || t.kind == TieKind::Proposal;
        suspended |= t.status == TieStatus::Suspended || !t.phases.isEmpty();
        for (const MembershipSpell &s : t.members)
            suspended |= s.suspended;
        groups |= t.kind == TieKind::MultilateralAlliance && t.memberIds().size() >= kGroupThreshold;
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
    if (kinds[static_cast<int>(TieKind::MultilateralAlliance)])
        entries.append({ K::Star, Palette::kAllianceGroup, tr("Small multilateral alliance") });
    if (scheme)
        std::sort(cells.begin(), cells.end(), [&](const TypologyCell *a, const TypologyCell *b) {
            return a - scheme->cells.constData() < b - scheme->cells.constData();
        });
    for (const TypologyCell *cell : std::as_const(cells))
        entries.append({ K::Star, Palette::typologyCellColour(*cell), tr("Minilateral: %1").arg(cell->name.text(options.language)) });
    if (unclassified)
        entries.append({ K::Star, Palette::kUnclassified,
                         scheme ? tr("Minilateral not placed by %1").arg(scheme->name.text(options.language)) : Vocabulary::label(TieKind::Minilateral) });
    for (TieKind kind : { TieKind::Partnership, TieKind::Dialogue, TieKind::IntelligenceSharing, TieKind::Exercise, TieKind::Agreement })
        if (kinds[static_cast<int>(kind)])
            entries.append({ K::Line, Palette::tieKindColour(kind), Vocabulary::label(kind) });
    if (crossRegional)
        entries.append({ K::Line, Palette::kText, tr("Cross-regional link (double line)"), false, false, true });
    if (proposed)
        entries.append({ K::Line, Palette::kText, tr("Proposed (dashed)"), true });
    if (suspended)
        entries.append({ K::Line, Palette::kText, tr("Suspended (faded)"), false, true });

    const QFont font = sizedFont(11.5 * u);
    const QFont headerFont = sizedFont(11.5 * u, true);
    const QFontMetricsF fm(font);
    const double row = fm.height() * 1.3;
    const double swatch = 22 * u;
    const double pad = 8 * u;
    double textWidth = 0;
    for (const LegendEntry &e : std::as_const(entries))
        textWidth = std::max(textWidth, QFontMetricsF(e.kind == K::Header ? headerFont : font).horizontalAdvance(e.text));
    // Two columns when one would cover too much of the map.
    const int columns = entries.size() * row > frame.target.height() * 0.45 ? 2 : 1;
    const int perColumn = static_cast<int>((entries.size() + columns - 1) / columns);
    const double columnWidth = swatch + 6 * u + textWidth + pad;
    const QSizeF box(columns * columnWidth + pad, perColumn * row + 2 * pad - (row - fm.height()));
    const QRectF rect(frame.target.left() + 12 * u, frame.target.bottom() - 12 * u - box.height(), box.width(), box.height());

    auto draw = [&](QPainter &p, QPointF origin) {
        p.setPen(QPen(QColor(0xC8, 0xCE, 0xD4), 1 * u));
        p.setBrush(QColor(255, 255, 255, 235));
        p.drawRoundedRect(QRectF(origin, box), 4 * u, 4 * u);
        for (int i = 0; i < entries.size(); ++i) {
            const LegendEntry &e = entries[i];
            const int col = i / perColumn;
            const int r = i % perColumn;
            const QPointF at = origin + QPointF(pad + col * columnWidth, pad + r * row);
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
                QPen pen(faded(e.colour, e.faded), w, Qt::SolidLine, e.dashed ? Qt::FlatCap : Qt::RoundCap);
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
    };

    const bool cache = options.rasterCache && painter.worldTransform().type() <= QTransform::TxTranslate && painter.device();
    if (!cache) {
        painter.save();
        draw(painter, rect.topLeft());
        painter.restore();
        return;
    }
    const qreal dpr = painter.device()->devicePixelRatioF();
    QString key = QString::number(u) + u'|' + QString::number(dpr) + u'|' + QString::number(box.width()) + u'|' + QString::number(box.height());
    for (const LegendEntry &e : std::as_const(entries))
        key += u'|' + e.text + QString::number(e.colour.rgba());
    if (key != mCaches->legendKey || mCaches->legend.isNull()) {
        QImage image((box * dpr).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        draw(p, QPointF(0.5, 0.5));
        p.end();
        mCaches->legend = image;
        mCaches->legendKey = key;
    }
    painter.drawImage(rect.topLeft() - QPointF(0.5, 0.5), mCaches->legend);
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
