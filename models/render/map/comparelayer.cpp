// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/comparelayer.h"

#include "models/domain/dataset.h"
#include "models/geo/worldmap.h"
#include "models/i18n/translator.h"
#include "models/query/actorroles.h"
#include "models/query/datecomparison.h"
#include "models/render/map/legendlayer.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/map/tielayer.h"
#include "models/render/palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

using Shape = MapGlyph::Shape;
using Change = CompareLayer::Change;

const QColor kContinuing { 0x9A, 0x9A, 0x9A };

bool hubHidden(const MapInput &input)
{
    return input.hidden && input.dataset && input.hidden->contains(input.dataset->hub);
}

/// Where an arc's label goes: the middle point of its longest piece (map coordinates).
QPointF middleOf(const MapGlyph &glyph)
{
    const QPolygonF *longest = nullptr;
    for (const QPolygonF &line : glyph.lines)
        if (!longest || line.size() > longest->size())
            longest = &line;
    return longest && !longest->isEmpty() ? longest->at(longest->size() / 2) : glyph.marker;
}

void drawDiamond(QPainter &painter, QPointF centre, double r, Change change, double u)
{
    const QPolygonF diamond({ centre + QPointF(0, -r), centre + QPointF(r, 0), centre + QPointF(0, r), centre + QPointF(-r, 0) });
    if (change == Change::Ended) {
        QPen pen = CompareLayer::pen(change, u);
        pen.setWidthF(1.8 * u);
        painter.setPen(pen);
        painter.setBrush(Qt::white);
    } else {
        painter.setPen(QPen(Qt::white, 1.4 * u));
        painter.setBrush(CompareLayer::colour(change));
    }
    painter.drawPolygon(diamond);
}

} // namespace

CompareLayer::CompareLayer(const WorldMap &world, Part part)
    : mWorld(&world)
    , mPart(part)
    , mArcs(std::make_unique<ArcCache>(world))
{
}

CompareLayer::~CompareLayer() = default;

bool CompareLayer::replaces(const MapLayer &layer, const MapInput &input)
{
    return input.compare && (dynamic_cast<const TieLayer *>(&layer) || dynamic_cast<const LegendLayer *>(&layer));
}

QColor CompareLayer::colour(Change change)
{
    switch (change) {
    case Change::Added: return Palette::kBlue;
    case Change::Ended: return Palette::kVermillion;
    case Change::Changed: return Palette::kBluishGreen;
    case Change::Continuing: break;
    }
    return kContinuing;
}

QPen CompareLayer::pen(Change change, double unit)
{
    switch (change) {
    case Change::Added:
        return QPen(colour(change), 2.6 * unit, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
    case Change::Ended: {
        QPen pen(colour(change), 2.2 * unit, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
        pen.setDashPattern({ 3.0, 2.0 });
        return pen;
    }
    case Change::Changed: {
        QPen pen(colour(change), 2.8 * unit, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        pen.setDashPattern({ 0.1, 1.6 });
        return pen;
    }
    case Change::Continuing:
        break;
    }
    return QPen(colour(change), 1.0 * unit, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
}

QString CompareLayer::label(Change change, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "CompareLayer", source); };
    switch (change) {
    case Change::Added: return word(QT_TRANSLATE_NOOP("CompareLayer", "Added"));
    case Change::Ended: return word(QT_TRANSLATE_NOOP("CompareLayer", "Ended"));
    case Change::Changed: return word(QT_TRANSLATE_NOOP("CompareLayer", "Membership or status changed"));
    case Change::Continuing: break;
    }
    return word(QT_TRANSLATE_NOOP("CompareLayer", "Continuing"));
}

void CompareLayer::recolour(MapFrame &frame, const DateComparison &comparison)
{
    // Proposals are listed apart, not drawn as changes: they leave the frame (and so the labels).
    frame.glyphs.removeIf([&](const MapGlyph &g) { return !changeOf(comparison, g.tie); });
    frame.groups.removeIf([&](const MapGroupOutline &g) { return !changeOf(comparison, g.tie); });
    for (MapGlyph &g : frame.glyphs)
        g.colour = colour(*changeOf(comparison, g.tie));
}

std::optional<CompareLayer::Change> CompareLayer::changeOf(const DateComparison &comparison, int tie)
{
    if (comparison.added.contains(tie))
        return Change::Added;
    if (comparison.ended.contains(tie))
        return Change::Ended;
    if (std::any_of(comparison.changed.cbegin(), comparison.changed.cend(), [tie](const TieChange &c) { return c.tie == tie; }))
        return Change::Changed;
    if (comparison.continuing.contains(tie))
        return Change::Continuing;
    return std::nullopt;
}

QStringList CompareLayer::rolesChanged(const Dataset &dataset, const Snapshot &from, const Snapshot &to, bool hubHidden)
{
    const ActorRoles before = ActorRoles::compute(dataset, from, hubHidden);
    const ActorRoles after = ActorRoles::compute(dataset, to, hubHidden);
    QStringList actors;
    for (const Actor &actor : dataset.actors)
        if (before.role(actor.id) != after.role(actor.id))
            actors.append(actor.id);
    return actors;
}

const Snapshot &CompareLayer::fromSnapshot(const MapInput &input) const
{
    const QSet<QString> hidden = input.hidden ? *input.hidden : QSet<QString>();
    if (mFromDataset != input.dataset || mFromDate != input.compare->from || mFromHidden != hidden) {
        mFrom = takeSnapshot(*input.dataset, input.compare->from, hidden);
        mFromDataset = input.dataset;
        mFromDate = input.compare->from;
        mFromHidden = hidden;
    }
    return mFrom;
}

MapFrame CompareLayer::fromFrame(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    MapInput before = input;
    before.snapshot = &fromSnapshot(input);
    before.compare = nullptr;
    return MapFrame::build(frame.target, frame.area, before, options, *mWorld, *mArcs);
}

void CompareLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!input.compare || !input.dataset || !input.snapshot)
        return;
    if (mPart == Part::Lines) {
        paintLines(painter, frame, input, options);
        return;
    }
    paintEndedNames(painter, frame, input, options);
    if (!options.showLegend)
        return;
    const KeyLayout key = keyLayout(frame, input, options);
    const double u = key.unit;
    const QPointF origin = keyCorner(frame, key.size);
    painter.save();
    painter.translate(origin);
    painter.setPen(QPen(QColor(0xC8, 0xCE, 0xD4), 1 * u));
    painter.setBrush(QColor(255, 255, 255, 240));
    painter.drawRoundedRect(QRectF(QPointF(0, 0), key.size), 4 * u, 4 * u);
    const QFontMetricsF fm(key.font);
    for (qsizetype i = 0; i < key.entries.size(); ++i) {
        const Entry &e = key.entries[i];
        const QPointF at = key.at[i];
        const QRectF sw(at.x(), at.y() + fm.height() * 0.15, key.swatch, fm.height() * 0.7);
        const double cy = sw.center().y();
        double textX = at.x() + key.swatch + 6 * u;
        switch (e.kind) {
        case Entry::Kind::Header:
            textX = at.x();
            break;
        case Entry::Kind::Line:
            painter.setPen(pen(e.change, u));
            painter.drawLine(QPointF(sw.left() + 1 * u, cy), QPointF(sw.right() - 1 * u, cy));
            break;
        case Entry::Kind::Ring:
            painter.setPen(QPen(Palette::kText, 1.5 * u));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(sw.center().x(), cy), 5.5 * u, 5.5 * u);
            painter.setPen(QPen(Qt::white, 1.0 * u));
            painter.setBrush(Palette::kText);
            painter.drawEllipse(QPointF(sw.center().x(), cy), 2.5 * u, 2.5 * u);
            break;
        case Entry::Kind::Swatch:
            painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0.8 * u));
            painter.setBrush(e.colour);
            painter.drawRect(sw);
            break;
        }
        painter.setFont(e.kind == Entry::Kind::Header ? key.headerFont : key.font);
        painter.setPen(Palette::kText);
        painter.drawText(QPointF(textX, at.y() + fm.ascent()), e.text);
    }
    painter.restore();
}

void CompareLayer::paintLines(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const DateComparison &comparison = *input.compare;
    const double u = frame.unit;
    const MapFrame before = fromFrame(frame, input, options);
    // Every glyph with its change: the ties in force at the second date from this frame, the ended
    // ones from the first date's frame.
    QList<std::pair<const MapGlyph *, Change>> shown;
    for (const MapGlyph &g : frame.glyphs)
        if (const auto change = changeOf(comparison, g.tie))
            shown.append({ &g, *change });
    for (const MapGlyph &g : before.glyphs)
        if (comparison.ended.contains(g.tie))
            shown.append({ &g, Change::Ended });
    const auto selected = [&](const MapGlyph &g) {
        return input.selection.kind == Selection::Kind::Tie && input.dataset->ties[g.tie].id == input.selection.id;
    };

    painter.save();
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing, !frame.draft);
    // Quiet first: continuing ties under the changes, the added ones on top.
    for (Change change : { Change::Continuing, Change::Ended, Change::Changed, Change::Added }) {
        for (const auto &[g, c] : std::as_const(shown)) {
            if (c != change || g->shape == Shape::Group)
                continue;
            QList<QPolygonF> lines;
            for (const QList<QPolygonF> *list : { &g->lines, &g->weakLines })
                for (const QPolygonF &line : *list)
                    lines.append(frame.toTarget.map(line));
            if (selected(*g)) {
                QPen casing(Palette::kText, pen(change, u).widthF() + 3 * u, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
                painter.setPen(casing);
                for (const QPolygonF &line : std::as_const(lines))
                    painter.drawPolyline(line);
            }
            if (change != Change::Continuing) {
                // A white core under the dashes and dots keeps them legible over the fills.
                painter.setPen(QPen(QColor(255, 255, 255, 200), pen(change, u).widthF() + 1.2 * u, Qt::SolidLine, Qt::FlatCap));
                for (const QPolygonF &line : std::as_const(lines))
                    painter.drawPolyline(line);
            }
            painter.setPen(pen(change, u));
            for (const QPolygonF &line : std::as_const(lines))
                painter.drawPolyline(line);
        }
    }
    // Markers of stars and alliance groups in the colour of their change.
    for (const auto &[g, change] : std::as_const(shown))
        if (g->hasMarker && change != Change::Continuing)
            drawDiamond(painter, frame.toTarget.map(g->marker), (selected(*g) ? 7.5 : 6.0) * u, change, u);
    for (const auto &[g, change] : std::as_const(shown))
        if (g->hasMarker && change == Change::Continuing) {
            painter.setPen(QPen(Qt::white, 1.2 * u));
            painter.setBrush(kContinuing);
            const QPointF c = frame.toTarget.map(g->marker);
            const double r = 4.0 * u;
            painter.drawPolygon(QPolygonF({ c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) }));
        }
    // Capitals of the actors tied at either date; a ring around those whose role changed.
    QHash<QString, QPointF> capitals = before.position;
    capitals.insert(frame.position);
    const QStringList ringed = rolesChanged(*input.dataset, fromSnapshot(input), *input.snapshot, hubHidden(input));
    for (auto it = capitals.cbegin(); it != capitals.cend(); ++it) {
        const QPointF c = frame.toTarget.map(it.value());
        painter.setPen(QPen(Qt::white, 1.0 * u));
        painter.setBrush(Palette::kText);
        painter.drawEllipse(c, 2.6 * u, 2.6 * u);
        if (ringed.contains(it.key())) {
            painter.setPen(QPen(Palette::kText, 1.5 * u));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(c, 5.5 * u, 5.5 * u);
        }
    }
    painter.restore();
}

void CompareLayer::paintEndedNames(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const double u = frame.unit;
    const QFont font = MapStyle::sizedFont(std::max(11.5 * u, 9.5), true);
    const bool cache = MapText::cacheable(painter, options.rasterCache);
    for (const MapGlyph &g : fromFrame(frame, input, options).glyphs) {
        if (!input.compare->ended.contains(g.tie))
            continue;
        const QPointF at = frame.toTarget.map(g.shape == Shape::Arc ? middleOf(g) : g.marker);
        const QSizeF size = mText.size(g.label, font);
        mText.draw(painter, at + QPointF(-size.width() / 2, -size.height() - 7 * u), g.label, font, colour(Change::Ended).darker(115), true, cache);
    }
}

MapHit CompareLayer::hitTest(QPointF point, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (mPart != Part::Lines || !input.compare || !input.dataset || !input.snapshot)
        return {};
    const MapFrame before = fromFrame(frame, input, options);
    const double tolerance = 5 * frame.unit;
    for (const MapGlyph &g : before.glyphs) {
        if (!input.compare->ended.contains(g.tie))
            continue;
        const QString id = input.dataset->ties[g.tie].id;
        if (g.hasMarker && QLineF(frame.toTarget.map(g.marker), point).length() <= 6 * frame.unit + tolerance / 2)
            return { MapHit::Kind::Tie, id };
        for (const QPolygonF &line : g.lines) {
            const QPolygonF screen = frame.toTarget.map(line);
            for (qsizetype i = 1; i < screen.size(); ++i) {
                const QLineF segment(screen[i - 1], screen[i]);
                const QPointF d = segment.p2() - segment.p1();
                const double len2 = QPointF::dotProduct(d, d);
                const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(point - segment.p1(), d) / len2, 0.0, 1.0) : 0.0;
                if (QLineF(segment.p1() + d * t, point).length() <= tolerance)
                    return { MapHit::Kind::Tie, id };
            }
        }
    }
    return {};
}

QList<CompareLayer::Entry> CompareLayer::entries(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const DateComparison &c = *input.compare;
    const Language language = options.language;
    const auto word = [&options](const char *source) { return translateWith(options.translator, "CompareLayer", source); };
    QList<Entry> list;
    using K = Entry::Kind;
    const QString from = PartialDate::fromDate(c.from).displayString(language);
    const QString to = PartialDate::fromDate(c.to).displayString(language);
    list.append({ K::Header, word(QT_TRANSLATE_NOOP("CompareLayer", "Ties, %1 → %2")).arg(from, to) });
    const qsizetype counts[] = { c.added.size(), c.ended.size(), c.changed.size(), c.continuing.size() - c.changed.size() };
    for (Change change : { Change::Added, Change::Ended, Change::Changed, Change::Continuing }) {
        const qsizetype n = counts[static_cast<int>(change)];
        if (n > 0)
            list.append({ K::Line, word(QT_TRANSLATE_NOOP("CompareLayer", "%1 (%2)")).arg(label(change, options.translator)).arg(n), change });
    }
    if (!rolesChanged(*input.dataset, fromSnapshot(input), *input.snapshot, hubHidden(input)).isEmpty())
        list.append({ K::Ring, word(QT_TRANSLATE_NOOP("CompareLayer", "Role changed (ringed)")) });
    list.append({ K::Header, word(QT_TRANSLATE_NOOP("CompareLayer", "Countries on %1")).arg(to) });
    QSet<ActorRole> present;
    for (ActorRole role : frame.roles.roles())
        present.insert(role);
    for (ActorRole role : { ActorRole::Hub, ActorRole::TreatyAlly, ActorRole::MinilateralPartner, ActorRole::SecurityPartner })
        if (present.contains(role))
            list.append({ K::Swatch, ActorRoles::label(role, options.translator), Change::Continuing, Palette::roleColour(role) });
    list.append({ K::Swatch, ActorRoles::label(ActorRole::Other, options.translator), Change::Continuing, Palette::roleColour(ActorRole::Other) });
    return list;
}

CompareLayer::KeyLayout CompareLayer::keyLayout(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    KeyLayout key;
    key.entries = entries(frame, input, options);
    // Never below 10 px: the key is what makes the compare map readable, also on a small slide.
    const double px = std::max(12.5 * frame.unit, 10.0);
    key.unit = px / 12.5;
    const double u = key.unit;
    key.font = MapStyle::sizedFont(px);
    key.headerFont = MapStyle::sizedFont(px, true);
    const QFontMetricsF fm(key.font);
    key.row = fm.height() * 1.25;
    key.swatch = 2 * px;
    const double pad = 7 * u;
    // Two columns when one would be taller than 45 % of the target: changes left, countries right.
    const qsizetype split = std::find_if(key.entries.cbegin() + 1, key.entries.cend(),
                                         [](const Entry &e) { return e.kind == Entry::Kind::Header; })
        - key.entries.cbegin();
    const bool twoColumns = key.entries.size() * key.row + 2 * pad > 0.45 * frame.target.height();
    double x = pad, y = pad, columnWidth = 0, height = 0;
    for (qsizetype i = 0; i < key.entries.size(); ++i) {
        const Entry &e = key.entries[i];
        if (i == split && twoColumns) {
            x += columnWidth + 2 * pad;
            y = pad;
            columnWidth = 0;
        } else if (i == split) {
            y += 0.3 * key.row;
        }
        key.at.append(QPointF(x, y));
        const double w = e.kind == Entry::Kind::Header ? mText.size(e.text, key.headerFont).width()
                                                       : key.swatch + 6 * u + mText.size(e.text, key.font).width();
        columnWidth = std::max(columnWidth, w);
        y += key.row;
        height = std::max(height, y);
    }
    key.size = QSizeF(x + columnWidth + pad, height + pad - (key.row - fm.height()));
    return key;
}

QPointF CompareLayer::keyCorner(const MapFrame &frame, QSizeF size)
{
    // A bottom corner: the one over fewer capitals and points of tie lines (bottom left on a tie).
    const double u = frame.unit;
    const double bottom = frame.target.bottom() - 12 * u - size.height();
    QPointF best;
    double bestScore = -1;
    for (const QPointF at : { QPointF(frame.target.left() + 12 * u, bottom), QPointF(frame.target.right() - 12 * u - size.width(), bottom) }) {
        const QRectF box(at, size);
        double score = 0;
        for (const QPointF &p : frame.position)
            score += box.contains(frame.toTarget.map(p)) ? 20 : 0;
        for (const MapGlyph &g : frame.glyphs)
            for (const QPolygonF &line : g.lines)
                for (const QPointF &p : line)
                    score += box.contains(frame.toTarget.map(p)) ? 1 : 0;
        if (bestScore < 0 || score < bestScore) {
            bestScore = score;
            best = at;
        }
    }
    return best;
}

QRectF CompareLayer::keyRect(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!input.compare || !input.dataset || !input.snapshot || !options.showLegend)
        return {};
    const KeyLayout key = keyLayout(frame, input, options);
    return QRectF(keyCorner(frame, key.size), key.size);
}

void CompareLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!input.compare || !input.dataset || !input.snapshot)
        return;
    if (mPart == Part::Lines) {
        // Every tie drawn: those of this frame (proposals are out of it) and the ended ones.
        const MapFrame before = fromFrame(frame, input, options);
        for (const MapFrame *f : { &frame, &before })
            for (const MapGlyph &g : f->glyphs) {
                if (f == &before && !input.compare->ended.contains(g.tie))
                    continue;
                QRectF bounds;
                for (const QPolygonF &line : g.lines + g.weakLines)
                    bounds |= frame.toTarget.map(line).boundingRect();
                if (g.hasMarker)
                    bounds |= TieLayer::markerRect(g, frame, false);
                MapLayoutReport::Tie entry;
                entry.id = input.dataset->ties[g.tie].id;
                entry.bounds = bounds;
                entry.visible = bounds.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(frame.area);
                entry.clipped = !frame.area.contains(bounds);
                report.ties.append(entry);
            }
        return;
    }
    if (!options.showLegend)
        return;
    const KeyLayout key = keyLayout(frame, input, options);
    const QPointF origin = keyCorner(frame, key.size);
    report.legend = QRectF(origin, key.size);
    const double height = QFontMetricsF(key.font).height();
    for (qsizetype i = 0; i < key.entries.size(); ++i) {
        const Entry &e = key.entries[i];
        const bool header = e.kind == Entry::Kind::Header;
        const QFont &font = header ? key.headerFont : key.font;
        const double textX = key.at[i].x() + (header ? 0 : key.swatch + 6 * key.unit);
        report.labels.append({ e.text, QStringLiteral("legend"),
                               QRectF(origin + QPointF(textX, key.at[i].y()), QSizeF(mText.size(e.text, font).width(), height)),
                               double(font.pixelSize()) });
    }
}

void CompareLayer::clearCaches()
{
    mArcs->clear();
    mText.clear();
    mFromDataset = nullptr;
}

} // namespace atlas
