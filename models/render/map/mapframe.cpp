// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/mapframe.h"

#include "models/query/inforce.h"

#include "models/domain/dataset.h"
#include "models/geo/projection.h"
#include "models/geo/worldmap.h"
#include "models/query/inforce.h"
#include "models/query/snapshot.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QtMath>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <utility>

namespace atlas {

namespace {

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

// Notes the ends of the pieces of one projected line that meet the seam (between consecutive pieces).
void addSeams(const QList<QPolygonF> &pieces, QList<QLineF> &seams)
{
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        const QPolygonF &a = pieces[i];
        const QPolygonF &b = pieces[i + 1];
        if (a.size() >= 2)
            seams.append(QLineF(a[a.size() - 2], a.last()));
        if (b.size() >= 2)
            seams.append(QLineF(b[1], b.first()));
    }
}

} // namespace

namespace {

bool sameState(const TieState &a, const TieState &b)
{
    if (a.tie != b.tie || a.status != b.status || a.members != b.members || a.suspendedMembers != b.suspendedMembers || a.pairs.size() != b.pairs.size())
        return false;
    for (qsizetype i = 0; i < a.pairs.size(); ++i)
        if (a.pairs[i].a != b.pairs[i].a || a.pairs[i].b != b.pairs[i].b || a.pairs[i].status != b.pairs[i].status)
            return false;
    return true;
}

} // namespace

struct ArcCache::Parts
{
    QString context;
    QHash<int, std::pair<TieState, TiePart>> parts; //!< by tie index
};

ArcCache::ArcCache(const WorldMap &world)
    : mParts(std::make_unique<Parts>())
    , mWorld(&world)
{
}

ArcCache::~ArcCache() = default;

void ArcCache::clear()
{
    mArcs.clear();
    *mParts = Parts();
}

const ArcCache::TiePart *ArcCache::part(const TieState &state, const QString &context) const
{
    if (context != mParts->context)
        return nullptr;
    const auto it = mParts->parts.constFind(state.tie);
    return it != mParts->parts.constEnd() && sameState(it->first, state) ? &it->second : nullptr;
}

const ArcCache::TiePart &ArcCache::keep(const TieState &state, const QString &context, TiePart part)
{
    if (context != mParts->context || mParts->parts.size() > 20000) {
        mParts->parts.clear();
        mParts->context = context;
    }
    auto &entry = mParts->parts[state.tie];
    entry = { state, std::move(part) };
    return entry.second;
}

QList<QPolygonF> ArcCache::arc(QPointF from, QPointF to)
{
    const Key key { from.x(), from.y(), to.x(), to.y() };
    const auto it = mArcs.constFind(key);
    if (it != mArcs.constEnd())
        return *it;
    if (mArcs.size() > 20000)
        mArcs.clear(); // a safety valve for datasets with very many distinct pairs
    QList<QPolygonF> pieces = mWorld->projection().projectLine(greatCircle(from, to, 2.5));
    mArcs.insert(key, pieces);
    return pieces;
}

double MapFrame::unitFor(const QRectF &target, const MapRenderOptions &options)
{
    const double area = std::sqrt(std::max(1.0, target.width() * target.height()));
    return options.scale * std::clamp(area / std::sqrt(1400.0 * 800.0), 0.85, 2.5);
}

QString MapFrame::tieId(const MapGlyph &glyph, const MapInput &input) const
{
    if (!input.dataset || glyph.tie < 0 || glyph.tie >= input.dataset->ties.size())
        return {};
    return input.dataset->ties[glyph.tie].id;
}

MapFrame MapFrame::build(const QRectF &target, const QRectF &area, const MapInput &input, const MapRenderOptions &options,
                         const WorldMap &world, ArcCache &arcs)
{
    using Shape = MapGlyph::Shape;
    static std::atomic<quint64> serials { 0 };
    MapFrame frame;
    frame.serial = ++serials;
    frame.target = target;
    frame.area = area;
    frame.toTarget = options.viewport.transform(area);
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
    // What a tie's part depends on besides its state: the dataset, the words and colours, and with
    // members hidden, the date (a marker's centre counts the hidden members in force then).
    QString context = QString::number(quintptr(&d)) + u'|' + options.scheme + u'|' + QString::number(int(options.language));
    if (input.hidden && !input.hidden->isEmpty()) {
        QStringList hidden(input.hidden->cbegin(), input.hidden->cend());
        hidden.sort();
        context += u'|' + QString::number(input.snapshot->date.toJulianDay()) + u'|' + hidden.join(u',');
    }

    // One tie's glyph (before fanning), its signature and the capitals it notes.
    auto partOf = [&](const TieState &state, const Tie &tie) {
        ArcCache::TiePart part;
        MapGlyph g;
        g.tie = state.tie;
        g.status = state.status;
        g.colour = Palette::tieColour(tie, d, options.scheme);
        g.width = MapStyle::lineWidth(tie.kind);
        g.crossRegional = tie.region == TieRegion::CrossRegional;
        g.label = tie.label().text(options.language);
        g.members = state.allMembers();

        QList<QPointF> strong; // lon/lat of members in force
        QList<QPointF> weak;   // of suspended members
        auto note = [&](const QString &m, QList<QPointF> &into) {
            const int index = d.actorIndex(m);
            if (index < 0)
                return;
            const QPointF lonLat(d.actors[index].lon, d.actors[index].lat);
            into.append(lonLat);
            part.noted.append({ m, index, world.projection().project(lonLat) });
        };
        for (const QString &m : state.members)
            note(m, strong);
        for (const QString &m : state.suspendedMembers)
            note(m, weak);
        const qsizetype count = strong.size() + weak.size();
        if (count < 2)
            return part;
        // Where a group's or a minilateral's marker goes: the centre of all its members in force,
        // hidden ones included, so the marker keeps its place while members are toggled.
        auto stableCentre = [&]() {
            if (!input.hidden || input.hidden->isEmpty())
                return sphericalCentroid(strong + weak);
            QList<QPointF> all;
            if (const auto full = tieStateAt(tie, input.snapshot->date.toJulianDay()))
                for (const QString &m : full->allMembers())
                    if (const auto p = positionOf(m))
                        all.append(*p);
            return sphericalCentroid(all.size() >= count ? all : strong + weak);
        };
        QStringList suspendedPairs;
        for (const auto &[x, y] : state.suspendedPairs())
            suspendedPairs.append(x + u'|' + y);
        part.signature = MapGlyphKey { state.tie, state.status, state.members, state.suspendedMembers, suspendedPairs };

        if (tie.kind == TieKind::MultilateralAlliance && count >= MapStyle::kGroupThreshold) {
            g.shape = Shape::Group;
            g.marker = world.projection().project(stableCentre());
            g.hasMarker = true;
            part.group = MapGroupOutline { state.tie, g.members, state.status == TieStatus::Suspended, state.status == TieStatus::Proposed };
        } else if (count == 2) {
            g.shape = Shape::Arc;
            const QPointF a = strong.isEmpty() ? weak[0] : strong[0];
            const QPointF b = strong.size() > 1 ? strong[1] : weak.last();
            g.lines = arcs.arc(a, b);
            addSeams(g.lines, g.seams);
            const auto &[x, y] = std::minmax(part.noted[0].actor, part.noted[1].actor);
            part.pair = quint64(quint32(x) + 1) << 32 | (quint32(y) + 1);
            const bool inOrder = part.noted[0].id < part.noted[1].id;
            part.pairFrom = part.noted[inOrder ? 0 : 1].at;
            part.pairTo = part.noted[inOrder ? 1 : 0].at;
        } else if (!state.pairs.isEmpty()) {
            // A tie with a suspended leg (ANZUS's US–New Zealand after 1986) is drawn pair by pair,
            // the suspended pairs faded, so that the legs still in force stay whole.
            g.shape = Shape::Star;
            auto legs = [&](const QList<std::pair<QString, QString>> &pairs, QList<QPolygonF> &into) {
                for (const auto &[x, y] : pairs) {
                    const auto p = positionOf(x);
                    const auto q = positionOf(y);
                    if (!p || !q)
                        continue;
                    const QList<QPolygonF> pieces = arcs.arc(*p, *q);
                    addSeams(pieces, g.seams);
                    into += pieces;
                }
            };
            legs(state.inForcePairs(), g.lines);
            legs(state.suspendedPairs(), g.weakLines);
            g.marker = world.projection().project(stableCentre());
            g.hasMarker = true;
        } else {
            g.shape = Shape::Star;
            const QPointF centre = stableCentre();
            for (const QPointF &p : std::as_const(strong)) {
                const QList<QPolygonF> pieces = arcs.arc(centre, p);
                addSeams(pieces, g.seams);
                g.lines += pieces;
            }
            for (const QPointF &p : std::as_const(weak)) {
                const QList<QPolygonF> pieces = arcs.arc(centre, p);
                addSeams(pieces, g.seams);
                g.weakLines += pieces;
            }
            g.marker = world.projection().project(centre);
            g.hasMarker = true;
        }
        part.glyph = std::move(g);
        return part;
    };

    // Each actor's place once (the first tie that notes it), and the arcs that may fan out.
    QList<bool> placed(d.actors.size(), false);
    QHash<quint64, int> pairCount;
    struct Fan
    {
        qsizetype glyph;
        quint64 pair;
        QPointF from, to;
    };
    QList<Fan> fans;
    for (const TieState &state : input.snapshot->ties) {
        if (state.tie < 0 || state.tie >= d.ties.size())
            continue;
        const ArcCache::TiePart *kept = arcs.part(state, context);
        const ArcCache::TiePart &part = kept ? *kept : arcs.keep(state, context, partOf(state, d.ties[state.tie]));
        for (const ArcCache::TiePart::Noted &noted : part.noted)
            if (!std::exchange(placed[noted.actor], true)) {
                frame.position.insert(noted.id, noted.at);
                frame.tied.append(noted.id);
            }
        if (!part.glyph)
            continue;
        frame.signature.append(*part.signature);
        if (part.group)
            frame.groups.append(*part.group);
        if (part.pair) {
            pairCount[part.pair] += 1;
            if (part.glyph->members.size() == 2)
                fans.append({ frame.glyphs.size(), part.pair, part.pairFrom, part.pairTo });
        }
        frame.glyphs.append(*part.glyph);
    }

    // Fan out parallel arcs between the same two actors.
    QHash<quint64, int> pairSeen;
    const double spacing = 5.0 * frame.unit / std::max(frame.pxPerUnit, 1e-9);
    for (const Fan &fan : std::as_const(fans)) {
        const int n = pairCount.value(fan.pair, 1);
        if (n < 2)
            continue;
        const int i = pairSeen[fan.pair]++;
        const double offset = (i - (n - 1) / 2.0) * spacing;
        const QPointF chord = fan.to - fan.from;
        const double len = std::hypot(chord.x(), chord.y());
        if (len <= 0)
            continue;
        const QPointF normal(-chord.y() / len, chord.x() / len);
        MapGlyph &g = frame.glyphs[fan.glyph];
        for (QPolygonF &line : g.lines)
            line = bent(line, normal, offset);
        g.seams.clear();
        addSeams(g.lines, g.seams);
    }
    return frame;
}

} // namespace atlas
