// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/tielayer.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/geo/worldmap.h"
#include "models/query/snapshot.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/linerasterizer.h"
#include "models/render/palette.h"

#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <utility>

namespace atlas {

namespace {

using Shape = MapGlyph::Shape;

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

bool isSelected(const MapGlyph &g, const MapInput &input)
{
    return input.selection.kind == Selection::Kind::Tie && !input.selection.id.isEmpty()
        && input.dataset->ties[g.tie].id == input.selection.id;
}

// An arrowhead where a line meets the projection's seam, pointing off the edge: the line goes on from
// the other edge of the map (where the matching arrowhead points the other way).
void paintSeams(QPainter &painter, const MapGlyph &g, const MapFrame &frame, const QColor &colour)
{
    if (g.seams.isEmpty())
        return;
    const double u = frame.unit;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (const QLineF &seam : g.seams) {
        const QPointF tip = frame.toTarget.map(seam.p2());
        QPointF dir = tip - frame.toTarget.map(seam.p1());
        const double len = std::hypot(dir.x(), dir.y());
        if (len <= 0)
            continue;
        dir /= len;
        const QPointF side(-dir.y(), dir.x());
        const double l = 7 * u, w = 4 * u;
        painter.drawPolygon(QPolygonF({ tip, tip - dir * l + side * w, tip - dir * l * 0.6, tip - dir * l - side * w }));
    }
    painter.restore();
}

/// Strokes \a lines (target coordinates) with \a pen. A polyline goes through QStroker and the gray
/// rasterizer, whose cost grows with every pixel of the outline: at 4K most of a frame. On an image
/// LineRasterizer can draw into (the cached layers of the screen, antialiased), an opaque solid pen's
/// segments are capsules written straight into the pixels (their round ends fill the joints, an opaque
/// colour drawn twice shows no seam). Otherwise, on the raster engine, straight segments given to
/// drawLines() with a solid, flat-ended pen and no scaling take QRasterizer's thick-line path, several
/// times cheaper than a polyline; each segment is lengthened by half the width at the inner joints, so
/// neighbours overlap. Translucent pens, dashes and other devices keep the polyline, where an overlap
/// would show; \a raster false keeps QPainter. Solid strokes skip the segments that lie wholly outside \a clip (target coordinates;
/// null: none are skipped). \a segments and \a capsules are scratch space.
void strokeLines(QPainter &painter, const QList<QPolygonF> &lines, const QPen &pen, const QRectF &clip, bool raster, QList<QLineF> &segments,
                 QList<RasterLine> &capsules)
{
    if (lines.isEmpty())
        return;
    // A segment whose box, widened by the pen and its joints' overlap, misses the clip draws nothing there.
    const QRectF near = clip.isNull() ? clip : clip.adjusted(-pen.widthF() - 2, -pen.widthF() - 2, pen.widthF() + 2, pen.widthF() + 2);
    const auto skipped = [&](QPointF a, QPointF b) {
        return !near.isNull()
            && (std::max(a.x(), b.x()) < near.left() || std::min(a.x(), b.x()) > near.right() || std::max(a.y(), b.y()) < near.top()
                || std::min(a.y(), b.y()) > near.bottom());
    };
    if (raster && pen.style() == Qt::SolidLine && pen.color().alpha() == 255 && !pen.isCosmetic() && LineRasterizer::canDraw(painter)) {
        capsules.clear();
        for (const QPolygonF &line : lines)
            for (qsizetype i = 1; i < line.size(); ++i)
                if (!skipped(line[i - 1], line[i]))
                    capsules.append({ QLineF(line[i - 1], line[i]), pen.color(), pen.widthF() });
        LineRasterizer::draw(painter, capsules);
        return;
    }
    const QTransform t = painter.transform();
    const bool fast = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster && pen.style() == Qt::SolidLine
        && pen.capStyle() == Qt::FlatCap && pen.color().alpha() == 255 && painter.opacity() >= 1.0 && !pen.isCosmetic()
        && t.type() <= QTransform::TxScale && t.m11() > 0 && qFuzzyCompare(t.m11(), t.m22());
    if (!fast) {
        painter.setPen(pen);
        for (const QPolygonF &line : lines)
            painter.drawPolyline(line);
        return;
    }
    const double width = pen.widthF() * t.m11();
    segments.clear();
    for (const QPolygonF &line : lines) {
        for (qsizetype i = 1; i < line.size(); ++i) {
            if (skipped(line[i - 1], line[i]))
                continue;
            QPointF a = t.map(line[i - 1]);
            QPointF b = t.map(line[i]);
            const QPointF d = b - a;
            const double length = std::hypot(d.x(), d.y());
            if (length <= 0)
                continue;
            const QPointF overlap = d * (width / 2 / length);
            if (i > 1)
                a -= overlap;
            if (i + 1 < line.size())
                b += overlap;
            segments.append(QLineF(a, b));
        }
    }
    QPen devicePen(pen);
    devicePen.setWidthF(width);
    const bool identity = t.isIdentity();
    if (!identity) {
        painter.save();
        painter.resetTransform();
    }
    painter.setPen(devicePen);
    painter.drawLines(segments);
    if (!identity)
        painter.restore();
}

} // namespace

QRectF TieLayer::markerRect(const MapGlyph &glyph, const MapFrame &frame, bool selected)
{
    const QPointF c = frame.toTarget.map(glyph.marker);
    const double r = (selected ? 7.5 : 6.0) * frame.unit;
    return QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
}

void TieLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(options)
    if (!input.dataset)
        return;
    const double u = frame.unit;
    using MapStyle::faded;

    // Lines are mapped to target coordinates first and stroked with plain pens: cheaper than stroking
    // under a scaling transform, and the widths stay in target units for every device.
    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, !frame.draft);
    QList<QPolygonF> lines;
    QList<QPolygonF> weakLines;
    QList<QLineF> segments;
    QList<RasterLine> capsules;
    // LineRasterizer on the screen's cached images (a film's scaled frames keep QPainter's strokes,
    // as the still figures they must match).
    const bool raster = frame.sprites && frame.rasterOutlines;
    auto strokeAll = [&](const QList<QPolygonF> &list, const QPen &pen) { strokeLines(painter, list, pen, frame.repaint, raster, segments, capsules); };
    // With a tie selected, every other tie steps back (faded), and the selected one is drawn last, on top.
    const bool tieSelected = std::any_of(frame.glyphs.cbegin(), frame.glyphs.cend(), [&](const MapGlyph &g) { return isSelected(g, input); });
    const auto inPass = [&](const MapGlyph &g, int pass) {
        const bool selected = isSelected(g, input);
        if (selected != (pass == 1))
            return false;
        painter.setOpacity(tieSelected && !selected ? kDimmedOpacity : 1.0);
        return true;
    };
    // Repainting a part of a cached image (MapFrame::repaint), ties wholly outside it are skipped.
    QList<bool> shown;
    if (frame.repaint.isNull()) {
        for (const MapGlyph &g : frame.glyphs)
            shown.append(g.shape != Shape::Group);
    } else {
        const QList<Drawn> &drawnNow = current(frame, input, options).glyphs; // the glyphs but groups, in order
        qsizetype next = 0;
        for (const MapGlyph &g : frame.glyphs)
            shown.append(g.shape != Shape::Group && drawnNow[next++].repaints(frame));
    }
    for (int pass = 0; pass < 2; ++pass)
    for (qsizetype i = 0; i < frame.glyphs.size(); ++i) {
        const MapGlyph &g = frame.glyphs[i];
        if (!shown[i] || !inPass(g, pass))
            continue;
        lines.clear();
        weakLines.clear();
        for (const QPolygonF &line : g.lines)
            lines.append(frame.toTarget.map(line));
        for (const QPolygonF &line : g.weakLines)
            weakLines.append(frame.toTarget.map(line));
        const bool selected = isSelected(g, input);
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
        paintSeams(painter, g, frame, faded(g.colour, fade));
        if (g.crossRegional) {
            // A cross-regional link is a double line: the colour on both sides of a white core.
            strokeAll(lines, pen(Qt::white, std::max(0.9 * u, outer - 2.4 * u), false));
            strokeAll(weakLines, pen(Qt::white, std::max(0.9 * u, outer - 2.4 * u), true));
        }
    }
    painter.restore();

    // Markers in target coordinates (constant size at any zoom).
    painter.save();
    for (int pass = 0; pass < 2; ++pass)
    for (qsizetype i = 0; i < frame.glyphs.size(); ++i) {
        const MapGlyph &g = frame.glyphs[i];
        if (!shown[i] || !g.hasMarker || g.shape != Shape::Star || !inPass(g, pass))
            continue;
        const bool selected = isSelected(g, input);
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
    painter.setOpacity(1.0);
    for (const Capital &capital : frame.repaint.isNull() ? capitals(frame, input) : current(frame, input, options).capitals)
        if (frame.repaints(capital.bounds))
            drawCapital(painter, frame, capital.at, capital.organisation);
    painter.restore();
}

void TieLayer::drawCapital(QPainter &painter, const MapFrame &frame, QPointF centre, bool organisation) const
{
    const double u = frame.unit;
    const double r = (organisation ? 4.5 : 2.8) * u;
    auto draw = [&](QPainter &p, QPointF c) {
        p.setPen(QPen(Qt::white, 1.2 * u));
        p.setBrush(organisation ? Palette::kAllianceGroup : Palette::kText);
        if (organisation)
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        else
            p.drawEllipse(c, r, r);
    };
    if (!frame.sprites || !frame.rasterOutlines) {
        draw(painter, centre);
        return;
    }
    // On the cached raster layers of the screen (not a film's scaled frames, which must match the
    // stills), through a sprite per shape and quarter-pixel offset: a hundred
    // capitals cost a hundred small blits instead of a hundred stroked and filled outlines.
    const QTransform toDevice = painter.deviceTransform();
    const double extent = r + u; // half the sprite, the white ring included
    const QPointF corner = toDevice.map(centre - QPointF(extent, extent));
    const QPoint pixel(static_cast<int>(std::floor(corner.x())), static_cast<int>(std::floor(corner.y())));
    const int qx = static_cast<int>(std::floor((corner.x() - pixel.x()) * 4));
    const int qy = static_cast<int>(std::floor((corner.y() - pixel.y()) * 4));
    const CapitalSpriteKey key { u, frame.dpr, organisation, qx, qy };
    const QImage sprite = mCapitalSprites.get(key, [&] {
        const int side = static_cast<int>(std::ceil(2 * extent * frame.dpr)) + 2;
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHints(painter.renderHints());
        p.scale(frame.dpr, frame.dpr);
        draw(p, QPointF(extent, extent) + QPointF(qx, qy) / 4.0 / frame.dpr);
        p.end();
        return image;
    });
    painter.save();
    painter.setTransform(QTransform());
    painter.drawImage(pixel, sprite);
    painter.restore();
}

MapHit TieLayer::hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(options)
    if (!input.dataset)
        return {};
    const double tolerance = 5 * frame.unit;
    for (auto g = frame.glyphs.crbegin(); g != frame.glyphs.crend(); ++g) {
        if (g->hasMarker && g->shape == Shape::Star) {
            const QPointF c = frame.toTarget.map(g->marker);
            if (std::hypot(c.x() - point.x(), c.y() - point.y()) <= 6 * frame.unit + tolerance / 2)
                return { MapHit::Kind::Tie, input.dataset->ties[g->tie].id };
        }
    }
    for (const QString &id : frame.tied) {
        const QPointF c = frame.toTarget.map(frame.position.value(id));
        if (std::hypot(c.x() - point.x(), c.y() - point.y()) <= 4 * frame.unit)
            return { MapHit::Kind::Actor, id };
    }
    for (auto g = frame.glyphs.crbegin(); g != frame.glyphs.crend(); ++g) {
        for (const QList<QPolygonF> *lines : { &g->lines, &g->weakLines })
            for (const QPolygonF &line : *lines) {
                const QPolygonF screen = frame.toTarget.map(line);
                if (!screen.boundingRect().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(point))
                    continue;
                for (qsizetype i = 1; i < screen.size(); ++i)
                    if (distanceToSegment(point, screen[i - 1], screen[i]) <= tolerance)
                        return { MapHit::Kind::Tie, input.dataset->ties[g->tie].id };
            }
    }
    return {};
}

QString TieLayer::toolTip(const MapHit &hit, const MapInput &input, Language language) const
{
    if (hit.kind != MapHit::Kind::Tie || !input.dataset)
        return {};
    const Dataset &d = *input.dataset;
    const Tie *tie = d.tie(hit.id);
    if (!tie)
        return {};
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QStringList lines;
    lines.append(QStringLiteral("<b>%1</b>").arg(esc(tie->name.text(language))));
    TieStatus status = tie->status;
    QStringList members;
    if (input.snapshot)
        if (const TieState *s = input.snapshot->state(d.tieIndex(hit.id))) {
            status = s->status;
            for (const QString &m : s->members)
                members.append(esc(MapStyle::actorName(d, m, language)));
            for (const QString &m : s->suspendedMembers)
                members.append(esc(tr("%1 (suspended)").arg(MapStyle::actorName(d, m, language))));
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
    return lines.join(QStringLiteral("<br>"));
}

void TieLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Q_UNUSED(options)
    if (!input.dataset || !input.snapshot)
        return;
    QHash<int, const MapGlyph *> glyphOf;
    for (const MapGlyph &g : frame.glyphs)
        glyphOf.insert(g.tie, &g);
    for (const TieState &state : input.snapshot->ties) {
        if (state.tie < 0 || state.tie >= input.dataset->ties.size())
            continue;
        MapLayoutReport::Tie entry;
        entry.id = input.dataset->ties[state.tie].id;
        if (const MapGlyph *g = glyphOf.value(state.tie)) {
            QRectF bounds;
            for (const QList<QPolygonF> *lines : { &g->lines, &g->weakLines })
                for (const QPolygonF &line : *lines)
                    bounds |= frame.toTarget.map(line).boundingRect();
            if (g->shape == Shape::Star) {
                entry.glyph = markerRect(*g, frame, isSelected(*g, input));
                bounds |= *entry.glyph;
            } else if (g->shape == Shape::Group) {
                for (const QString &m : g->members) {
                    const int index = mWorld->indexOf(m);
                    if (index >= 0)
                        bounds |= frame.toTarget.mapRect(mWorld->countries()[index].bounds);
                    else if (frame.position.contains(m))
                        bounds |= QRectF(frame.toTarget.map(frame.position.value(m)), QSizeF(0.01, 0.01));
                }
            }
            entry.bounds = bounds;
            entry.visible = bounds.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(frame.area);
            entry.clipped = !frame.area.contains(bounds);
        }
        report.ties.append(entry);
    }
}

TieLayer::Drawn TieLayer::drawn(const MapGlyph &g, const MapFrame &frame, bool selected)
{
    Drawn d { g.tie, g.shape, g.status, g.colour, g.width, g.crossRegional, g.lines, g.weakLines, g.seams, g.marker, g.hasMarker, {}, {} };
    // How far its pixels reach from its lines: half its widest stroke (as paint() strokes it: the
    // casing of a selected tie, the outer line of a cross-regional one), a pixel of antialiasing and
    // one to spare.
    const double u = frame.unit;
    const double w = g.width * u * (selected ? 1.4 : 1.0);
    const double outer = g.crossRegional ? w + 2.4 * u : w;
    const double reach = (selected ? outer + 3.0 * u : outer) / 2 + 2;
    QRectF box;
    for (const QList<QPolygonF> *lines : { &g.lines, &g.weakLines })
        for (const QPolygonF &line : *lines)
            box |= frame.toTarget.mapRect(line.boundingRect());
    if (!box.isNull())
        box.adjust(-reach, -reach, reach, reach);
    // The seams' arrowheads (paintSeams: 7 units back from the tip, 4 to each side).
    const double arrow = std::hypot(7.0, 4.0) * u + 2;
    for (const QLineF &seam : g.seams) {
        const QPointF tip = frame.toTarget.map(seam.p2());
        const QRectF head(tip - QPointF(arrow, arrow), QSizeF(2 * arrow, 2 * arrow));
        box |= head;
        d.pieces.append(head);
    }
    // Runs of segments whose box stays within a few tiles of the cached images' damage grid (a
    // rectangle of points by their corners: QRectF's union skips a rectangle of no size).
    constexpr double kPiece = 48;
    for (const QList<QPolygonF> *lines : { &g.lines, &g.weakLines })
        for (const QPolygonF &line : *lines) {
            if (line.size() < 2)
                continue;
            QPointF low = frame.toTarget.map(line[0]);
            QPointF high = low;
            QPointF last = low;
            for (qsizetype i = 1; i < line.size(); ++i) {
                const QPointF p = frame.toTarget.map(line[i]);
                const QPointF lo(std::min(low.x(), p.x()), std::min(low.y(), p.y()));
                const QPointF hi(std::max(high.x(), p.x()), std::max(high.y(), p.y()));
                if (i > 1 && (hi.x() - lo.x() > kPiece || hi.y() - lo.y() > kPiece)) {
                    d.pieces.append(QRectF(low, high).adjusted(-reach, -reach, reach, reach));
                    low = QPointF(std::min(last.x(), p.x()), std::min(last.y(), p.y()));
                    high = QPointF(std::max(last.x(), p.x()), std::max(last.y(), p.y()));
                } else {
                    low = lo;
                    high = hi;
                }
                last = p;
            }
            d.pieces.append(QRectF(low, high).adjusted(-reach, -reach, reach, reach));
        }
    if (g.hasMarker && g.shape == Shape::Star) {
        const double r = 9.5 * u + 2;
        const QRectF marker(frame.toTarget.map(g.marker) - QPointF(r, r), QSizeF(2 * r, 2 * r));
        box |= marker;
        d.pieces.append(marker);
    }
    d.bounds = box;
    return d;
}

bool TieLayer::Drawn::repaints(const MapFrame &frame) const
{
    return frame.repaints(bounds) && (frame.repaint.isNull() || std::any_of(pieces.cbegin(), pieces.cend(), [&](const QRectF &piece) { return frame.repaints(piece); }));
}

QList<TieLayer::Capital> TieLayer::capitals(const MapFrame &frame, const MapInput &input)
{
    QList<Capital> list;
    if (!input.dataset)
        return list;
    const double r = 5.7 * frame.unit + 3; // an organisation's square with its white ring (drawCapital)
    for (const QString &id : frame.tied) {
        const Actor *a = input.dataset->actor(id);
        const QPointF c = frame.toTarget.map(frame.position.value(id));
        list.append({ id, c, a && a->kind == ActorKind::Organisation, QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)) });
    }
    return list;
}

TieLayer::Key TieLayer::keyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    Key key;
    for (const MapGlyph &g : frame.glyphs)
        if (g.shape != Shape::Group) {
            key.glyphs.append(drawn(g, frame, input.dataset && isSelected(g, input)));
            key.tieSelected = key.tieSelected || (input.dataset && isSelected(g, input));
        }
    key.capitals = capitals(frame, input);
    key.selection = input.selection;
    key.scheme = options.scheme;
    key.draft = options.draft;
    key.dataset = input.dataset;
    key.toTarget = frame.toTarget;
    key.target = frame.target;
    key.unit = frame.unit;
    return key;
}

const TieLayer::Key &TieLayer::current(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const MapPaintContext context(frame.serial, input, options);
    if (!context.matches(mCurrentContext)) {
        mCurrent = keyOf(frame, input, options);
        mCurrentContext = context;
    }
    return mCurrent;
}

bool TieLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    return !mKey || !(*mKey == current(frame, input, options));
}

MapDamage TieLayer::damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    Key now = current(frame, input, options);
    if (!mKey)
        return MapDamage::everything();
    Key before = *mKey;
    before.glyphs.clear();
    before.capitals.clear();
    const QList<Drawn> glyphs = std::exchange(now.glyphs, {});
    const QList<Capital> capitals = std::exchange(now.capitals, {});
    if (!(before == now))
        return MapDamage::everything();
    MapDamage damage;
    damage.compare(mKey->glyphs, glyphs, [](const Drawn &d) { return d.tie; }, [](const Drawn &d) { return d.pieces; });
    damage.compare(mKey->capitals, capitals, [](const Capital &c) { return c.id; }, [](const Capital &c) { return c.bounds; });
    return damage;
}

void TieLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    mKey = current(frame, input, options);
}

} // namespace atlas
