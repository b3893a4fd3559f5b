// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/labellayer.h"

#include "models/domain/dataset.h"
#include "models/geo/worldmap.h"
#include "models/render/linerasterizer.h"
#include "models/render/map/labelboxes.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace atlas {

namespace {

/// Whether \a r lies inside \a target and clear of every box in \a taken.
bool isFree(const QRectF &r, const QRectF &target, const LabelBoxes &taken)
{
    return target.contains(r) && !taken.intersects(r);
}

/// The end of a leader line from \a from at the label \a r: the nearest point of its box.
QPointF leaderEnd(QPointF from, const QRectF &r)
{
    return { std::clamp(from.x(), r.left(), r.right()), std::clamp(from.y(), r.top(), r.bottom()) };
}

/// Whether a leader line from \a from to the label \a r crosses none of \a taken, from \a start
/// elevenths of its length on (a numbered badge's leader may start among its neighbours' names).
bool leaderClear(QPointF from, const QRectF &r, const LabelBoxes &taken, int start = 2)
{
    const QPointF to = leaderEnd(from, r);
    for (int i = start; i <= 10; ++i)
        if (taken.contains(from + (to - from) * (i / 11.0)))
            return false;
    return true;
}

/// cos and sin of the sixteen directions k·π/8 labels and badges are tried in (a callout's search tries
/// hundreds of places per name: the table saves the trigonometry, with the same values).
struct Direction
{
    double cosine;
    double sine;
};
const std::array<Direction, 16> &directions()
{
    static const std::array<Direction, 16> table = [] {
        std::array<Direction, 16> t {};
        for (int k = 0; k < 16; ++k) {
            const double angle = k * M_PI / 8;
            t[std::size_t(k)] = { std::cos(angle), std::sin(angle) };
        }
        return t;
    }();
    return table;
}

} // namespace

LabelLayer::PlaceKey LabelLayer::placeKeyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    PlaceKey key;
    for (const MapGlyph &g : frame.glyphs)
        key.glyphs.append({ g.label, g.marker, g.shape, g.hasMarker, g.colour, g.status });
    key.tied = frame.tied;
    key.position = frame.position;
    key.roles = frame.roles.roles();
    key.selection = input.selection;
    if (input.hidden)
        key.hidden = *input.hidden;
    key.language = options.language;
    key.labels = options.showLabels;
    key.dataset = input.dataset;
    key.target = frame.target;
    key.toTarget = frame.toTarget;
    key.unit = frame.unit;
    key.headings = frame.headings;
    key.legend = frame.legend;
    return key;
}

QList<LabelLayer::Placed> LabelLayer::place(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const MapPaintContext context(frame.serial, input, options);
    if (mPlaced && context.matches(mPlacedContext))
        return mPlaced->second; // asked again for the same frame
    PlaceKey key = placeKeyOf(frame, input, options);
    if (!mPlaced || !(mPlaced->first == key))
        mPlaced.emplace(std::move(key), placeAll(frame, input, options));
    mPlacedContext = context;
    return mPlaced->second;
}

QList<LabelLayer::Placed> LabelLayer::placeAll(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    using Shape = MapGlyph::Shape;
    QList<Placed> placed;
    if (!input.dataset || !options.showLabels)
        return placed;
    const Dataset &d = *input.dataset;
    const double u = frame.unit;
    LabelBoxes taken(frame.target, 40 * u);
    auto fits = [&](const QRectF &r) { return isFree(r, frame.target, taken); };
    for (const QRectF &heading : frame.headings)
        taken.append(heading); // the date over the map covers no label,
    if (!frame.legend.isNull())
        taken.append(frame.legend); // nor does the legend
    for (const MapGlyph &g : frame.glyphs)
        if (g.hasMarker && g.shape == Shape::Star) {
            const QPointF c = frame.toTarget.map(g.marker);
            taken.append(QRectF(c - QPointF(6 * u, 6 * u), QSizeF(12 * u, 12 * u)));
        }

    // Tie labels first (groups and stars), then actors by importance.
    const QFont tieFont = MapStyle::sizedFont(12.5 * u, true);
    for (const MapGlyph &g : frame.glyphs) {
        if (!g.hasMarker || g.label.isEmpty())
            continue;
        const QPointF c = frame.toTarget.map(g.marker);
        const QSizeF size = mText.size(g.label, tieFont);
        QList<QRectF> candidates;
        if (g.shape == Shape::Group)
            candidates = { QRectF(c - QPointF(size.width() / 2, size.height() / 2), size) };
        else
            candidates = { QRectF(c + QPointF(8 * u, -size.height() / 2), size), QRectF(c + QPointF(-8 * u - size.width(), -size.height() / 2), size),
                           QRectF(c + QPointF(-size.width() / 2, -8 * u - size.height()), size), QRectF(c + QPointF(-size.width() / 2, 8 * u), size) };
        for (const QRectF &r : std::as_const(candidates))
            if (fits(r)) {
                taken.append(r);
                const QColor colour = g.shape == Shape::Group ? Palette::kAllianceGroup : g.colour.darker(125);
                placed.append({ Placed::Kind::Tie, g.label, r, tieFont, MapStyle::faded(colour, g.status == TieStatus::Suspended), std::nullopt });
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
    // By rank, then the larger country first (each key looked up once, not at every comparison).
    struct Order
    {
        int rank;
        double area;
        QString id;
    };
    QList<Order> order;
    order.reserve(actors.size());
    for (const QString &id : std::as_const(actors)) {
        const WorldMap::Country *c = mWorld->country(id);
        order.append({ rank(id), c ? c->area : 0.0, id });
    }
    std::stable_sort(order.begin(), order.end(), [](const Order &a, const Order &b) { return a.rank != b.rank ? a.rank < b.rank : a.area > b.area; });
    for (qsizetype i = 0; i < order.size(); ++i)
        actors[i] = order[i].id;
    QList<Crowded> crowded;
    QList<Crowded> numbered;
    const QFont font = MapStyle::sizedFont(12 * u);
    const QFont selectedFont = MapStyle::sizedFont(13 * u, true);
    for (const QString &id : std::as_const(actors)) {
        if (input.hidden && input.hidden->contains(id))
            continue;
        const Actor *a = d.actor(id);
        if (!a)
            continue;
        const auto at = frame.position.constFind(id); // the capital's place, projected only when not kept
        const QPointF c = frame.toTarget.map(at != frame.position.constEnd() ? *at : mWorld->projection().project(a->lon, a->lat));
        const bool selected = rank(id) < 0;
        const QFont &f = selected ? selectedFont : font;
        const QString text = MapStyle::labelName(d, id, options.language);
        const QSizeF size = mText.size(text, f);
        // Right, left, above, below; then the four diagonals; then the same a little farther out.
        QList<QRectF> candidates;
        for (const double gap : { 4 * u, 10 * u }) {
            const double h = size.height(), w = size.width();
            candidates += { QRectF(c + QPointF(gap, -h / 2), size), QRectF(c + QPointF(-gap - w, -h / 2), size),
                            QRectF(c + QPointF(-w / 2, -gap - h), size), QRectF(c + QPointF(-w / 2, gap), size),
                            QRectF(c + QPointF(gap, -gap - h * 0.7), size), QRectF(c + QPointF(gap, gap - h * 0.3), size),
                            QRectF(c + QPointF(-gap - w, -gap - h * 0.7), size), QRectF(c + QPointF(-gap - w, gap - h * 0.3), size) };
        }
        bool done = false;
        for (const QRectF &r : candidates)
            if (fits(r)) {
                taken.append(r);
                placed.append({ Placed::Kind::Actor, text, r, f, Palette::kText, std::nullopt });
                done = true;
                break;
            }
        // An organisation in a tie (NATO with the IP4) that its own tie's label already names needs no callout.
        const bool namedByTie = std::any_of(placed.cbegin(), placed.cend(), [&](const Placed &p) { return p.kind == Placed::Kind::Tie && p.text == text; });
        if (!done && !namedByTie && frame.tied.contains(id))
            crowded.append({ id, c, text, f });
    }

    // Members of ties in force with no room beside their place (Europe, the Gulf): set off farther
    // out, nearest first, joined by a leader line that crosses no other label.
    for (const Crowded &a : std::as_const(crowded)) {
        const QSizeF size = mText.size(a.text, a.font);
        bool done = false;
        for (const double distance : { 22 * u, 34 * u, 48 * u, 64 * u }) {
            for (int k = 0; k < 16 && !done; ++k) {
                const auto [cosine, sine] = directions()[std::size_t(k)];
                const QPointF end = a.at + QPointF(cosine, -sine) * distance;
                // The label's near side or corner at the leader's end.
                const QPointF topLeft(cosine > 0.3 ? end.x() : cosine < -0.3 ? end.x() - size.width() : end.x() - size.width() / 2,
                                      sine > 0.3 ? end.y() - size.height() : sine < -0.3 ? end.y() : end.y() - size.height() / 2);
                const QRectF r(topLeft, size);
                if (fits(r) && leaderClear(a.at, r, taken)) {
                    taken.append(r);
                    placed.append({ Placed::Kind::Actor, a.text, r, a.font, Palette::kText, a.at });
                    done = true;
                }
            }
            if (done)
                break;
        }
        if (!done)
            numbered.append(a);
    }
    placeCallouts(numbered, frame, taken, placed);
    return placed;
}

void LabelLayer::placeCallouts(const QList<Crowded> &numbered, const MapFrame &frame, LabelBoxes &taken, QList<Placed> &placed) const
{
    // Still no room: a numbered badge beside the place and a key of the numbers in the emptiest
    // stretch of the map's edges, so every member of a tie in force is named on the map.
    if (numbered.isEmpty())
        return;
    const double u = frame.unit;
    const QFont badgeFont = MapStyle::sizedFont(12 * u, true); // as large as the names: print and slide minimums hold
    const QFont keyFont = MapStyle::sizedFont(12 * u);
    auto free = [&](const QRectF &r) { return isFree(r, frame.target, taken); };
    QStringList rows;
    const qsizetype before = placed.size();
    for (const Crowded &a : numbered) {
        const QString number = QString::number(rows.size() + 1);
        const QSizeF text = mText.size(number, badgeFont);
        const double d = std::max(text.width(), text.height()) + 2 * u;
        const QSizeF size(d, d);
        // Beside the place, else set off on a leader line like a name; a leader that crosses no
        // name first, else one that may pass over a name near the place.
        bool done = false;
        // Whether each place is free, asked once: the second pass only relaxes the leader's test.
        std::array<signed char, 8 * 16> freeAt;
        freeAt.fill(-1);
        for (const int start : { 6, 11 }) {
            int g = 0;
            for (const double gap : { 2 * u, 6 * u, 12 * u, 20 * u, 30 * u, 42 * u, 56 * u, 72 * u }) {
                for (int k = 0; k < 16 && !done; ++k) {
                    const auto [cosine, sine] = directions()[std::size_t(k)];
                    const QPointF centre = a.at + QPointF(cosine, -sine) * (gap + d / 2);
                    const QRectF r(centre - QPointF(d / 2, d / 2), size);
                    const bool leader = gap > 6 * u;
                    signed char &isFreeHere = freeAt[std::size_t(g * 16 + k)];
                    if (isFreeHere < 0)
                        isFreeHere = free(r) ? 1 : 0;
                    if (isFreeHere && (!leader || leaderClear(a.at, r, taken, start))) {
                        taken.append(r);
                        placed.append({ Placed::Kind::Callout, number, r, badgeFont, Palette::kText,
                                        leader ? std::optional<QPointF>(a.at) : std::nullopt });
                        rows.append(number + QStringLiteral("  ") + a.text);
                        done = true;
                    }
                }
                if (done)
                    break;
                ++g;
            }
            if (done)
                break;
        }
    }
    if (rows.isEmpty())
        return;
    const double pad = 5 * u;
    const double line = mText.size(rows.first(), keyFont).height();
    double width = 0;
    for (const QString &row : std::as_const(rows))
        width = std::max(width, mText.size(row, keyFont).width());
    const QSizeF box(width + 2 * pad, rows.size() * line + 2 * pad);
    // Down the left and right edges, then along the bottom: the free place covering the fewest places.
    QList<QPointF> candidates;
    const QRectF t = frame.target.adjusted(12 * u, 12 * u, -12 * u, -12 * u);
    for (double y = t.top(); y + box.height() <= t.bottom(); y += 8 * u)
        candidates += { QPointF(t.left(), y), QPointF(t.right() - box.width(), y) };
    for (double x = t.left(); x + box.width() <= t.right(); x += 16 * u)
        candidates += QPointF(x, t.bottom() - box.height());
    std::optional<QRectF> best;
    int bestCovered = 0;
    QList<QPointF> places;
    for (const QPointF &p : frame.position)
        places.append(frame.toTarget.map(p));
    for (const QPointF &at : std::as_const(candidates)) {
        if (best && bestCovered == 0)
            break; // none can do better
        const QRectF r(at, box);
        if (!free(r))
            continue;
        int covered = 0;
        for (const QPointF &p : std::as_const(places)) {
            covered += r.contains(p) ? 1 : 0;
            if (best && covered >= bestCovered)
                break; // no better than the best
        }
        if (!best || covered < bestCovered) {
            best = r;
            bestCovered = covered;
        }
    }
    if (!best) {
        placed.resize(before); // no room for the key (a small figure): numbers nobody can look up are left out
        return;
    }
    taken.append(*best);
    placed.append({ Placed::Kind::KeyBox, QString(), *best, keyFont, Palette::kText, std::nullopt });
    for (qsizetype i = 0; i < rows.size(); ++i)
        placed.append({ Placed::Kind::KeyRow, rows[i], QRectF(best->topLeft() + QPointF(pad, pad + i * line), mText.size(rows[i], keyFont)), keyFont,
                        Palette::kText, std::nullopt });
}

void LabelLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const bool cache = MapText::cacheable(painter, options.rasterCache);
    QList<Placed> labels = place(frame, input, options);
    if (!frame.repaint.isNull()) // repainting a part of a cached image: only the labels there
        labels.removeIf([&](const Placed &label) { return !anyBound(label, frame, [&](const QRectF &part) { return frame.repaints(part); }); });
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Leader lines: on the cached images by LineRasterizer, whose pixels are the same whatever the
    // clip (QPainter's thin-line stroker clips the line itself, and the pixel at the clip's edge of a
    // partial repaint came out lighter than in a whole one).
    QList<RasterLine> leaders;
    const double leaderWidth = std::max(0.8, 0.9 * frame.unit);
    for (const Placed &label : labels)
        if (label.leaderFrom)
            leaders.append({ leaderLine(label), MapStyle::leaderColour(), leaderWidth });
    // On the screen's images (unscaled): the same pixels as a whole repaint. A film's scaled frames
    // keep what their still figures draw.
    const bool screen = cache && painter.deviceTransform().type() <= QTransform::TxTranslate;
    if (screen && LineRasterizer::canDraw(painter)) {
        LineRasterizer::draw(painter, leaders);
    } else {
        painter.setPen(QPen(MapStyle::leaderColour(), leaderWidth));
        for (const RasterLine &leader : std::as_const(leaders))
            painter.drawLine(leader.line);
    }
    for (const Placed &label : labels) {
        if (label.kind == Placed::Kind::Callout) {
            drawBadge(painter, label.rect, frame.unit, cache);
        } else if (label.kind == Placed::Kind::KeyBox) {
            painter.setPen(QPen(QColor(0, 0, 0, 60), 1));
            painter.setBrush(QColor(255, 255, 255, 225));
            painter.drawRoundedRect(label.rect, 3 * frame.unit, 3 * frame.unit);
        }
    }
    painter.restore();
    for (const Placed &label : labels)
        forEachText(label, screen, [&](QPointF topLeft, const QString &text, bool halo, bool cached) {
            mText.draw(painter, topLeft, text, label.font, label.colour, halo, cached || cache);
        });
}

template<typename Draw>
void LabelLayer::forEachText(const Placed &label, bool screen, const Draw &draw) const
{
    if (label.kind == Placed::Kind::KeyBox)
        return;
    if (label.kind == Placed::Kind::Callout) {
        const QSizeF size = mText.size(label.text, label.font);
        draw(label.rect.center() - QPointF(size.width() / 2, size.height() / 2), label.text, false, false);
        return;
    }
    // A key's row ("3  Belgium", no halo) as its number and its name: the numbers change as
    // callouts come and go, and each row would be a new image to draw; the two parts are few.
    if (const qsizetype gap = label.text.indexOf(QStringLiteral("  ")); screen && label.kind == Placed::Kind::KeyRow && gap > 0) {
        const QString number = label.text.left(gap);
        draw(label.rect.topLeft(), number, false, true);
        draw(label.rect.topLeft() + QPointF(mText.size(number, label.font).width(), 0), label.text.mid(gap), false, true);
        return;
    }
    draw(label.rect.topLeft(), label.text, label.kind != Placed::Kind::KeyRow, false);
}

void LabelLayer::prepareRepaint(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options, const QList<QRectF> &rects) const
{
    // The screen's images (a partial repaint is of those only): every text is an image.
    for (const Placed &label : place(frame, input, options)) {
        const QRectF drawn = textBounds(label);
        if (std::any_of(rects.cbegin(), rects.cend(), [&](const QRectF &r) { return r.intersects(drawn); }))
            forEachText(label, true, [&](QPointF, const QString &text, bool halo, bool) { mText.image(text, label.font, label.colour, halo, frame.dpr); });
    }
}

void LabelLayer::drawBadge(QPainter &painter, const QRectF &rect, double unit, bool cache) const
{
    const QPen pen(Palette::kText, std::max(0.8, 0.9 * unit));
    const QColor fill(255, 255, 255, 235);
    const QTransform device = painter.deviceTransform();
    if (!cache || device.type() > QTransform::TxTranslate) {
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawEllipse(rect);
        return;
    }
    const int margin = static_cast<int>(std::ceil(pen.widthF())) + 1;
    const QPointF corner = device.map(rect.topLeft());
    const QPoint pixel(static_cast<int>(std::floor(corner.x())), static_cast<int>(std::floor(corner.y())));
    const int qx = static_cast<int>(std::floor((corner.x() - pixel.x()) * 4));
    const int qy = static_cast<int>(std::floor((corner.y() - pixel.y()) * 4));
    const QString key = QString::number(rect.width()) + u'x' + QString::number(rect.height()) + u'|' + QString::number(unit) + u'|' + QString::number(qx)
        + u'|' + QString::number(qy);
    const QImage badge = mBadges.get(key, [&] {
        QImage image(static_cast<int>(std::ceil(rect.width())) + 2 * margin + 1, static_cast<int>(std::ceil(rect.height())) + 2 * margin + 1,
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawEllipse(QRectF(QPointF(margin + qx / 4.0, margin + qy / 4.0), rect.size()));
        p.end();
        return image;
    });
    painter.drawImage(device.inverted().map(QPointF(pixel - QPoint(margin, margin))), badge); // on the device pixel
}

void LabelLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    for (const Placed &label : place(frame, input, options)) {
        if (label.kind == Placed::Kind::KeyBox)
            continue;
        const QString kind = label.kind == Placed::Kind::Tie        ? QStringLiteral("tie")
                             : label.kind == Placed::Kind::Callout ? QStringLiteral("callout")
                             : label.kind == Placed::Kind::KeyRow  ? QStringLiteral("legend")
                                                                   : QStringLiteral("country");
        report.labels.append({ label.text, kind, label.rect, double(label.font.pixelSize()) });
    }
}

QLineF LabelLayer::leaderLine(const Placed &label)
{
    return label.leaderFrom ? QLineF(*label.leaderFrom, label.kind == Placed::Kind::Callout ? label.rect.center() : leaderEnd(*label.leaderFrom, label.rect))
                            : QLineF();
}

QRectF LabelLayer::textBounds(const Placed &label)
{
    // The text's image reaches its halo (a fifth of the font size, at least 2) and two pixels beyond
    // the advance (MapText::draw); a callout's ring and the key's box their pens.
    const double m = MapText::haloWidth(label.font) + 3;
    return label.rect.adjusted(-m, -m, m + 2, m);
}

bool LabelLayer::anyBound(const Placed &label, const MapFrame &frame, const std::function<bool(const QRectF &)> &test)
{
    if (test(textBounds(label)))
        return true;
    if (!label.leaderFrom)
        return false;
    // A leader line in pieces along it (a long diagonal one's box would be mostly empty), each widened
    // by more than the line's half width and its antialiasing.
    const QLineF leader = leaderLine(label);
    const double w = frame.unit + 2;
    constexpr double kPiece = 48;
    const int pieces = std::max(1, int(std::ceil(leader.length() / kPiece)));
    for (int i = 0; i < pieces; ++i)
        if (test(QRectF(leader.pointAt(double(i) / pieces), leader.pointAt(double(i + 1) / pieces)).normalized().adjusted(-w, -w, w, w)))
            return true;
    return false;
}

QList<QRectF> LabelLayer::bounds(const Placed &label, const MapFrame &frame)
{
    QList<QRectF> parts;
    anyBound(label, frame, [&](const QRectF &part) {
        parts.append(part);
        return false;
    });
    return parts;
}

bool LabelLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    return !mKey || !(*mKey == Key { place(frame, input, options), frame.unit });
}

MapDamage LabelLayer::damage(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!mKey || mKey->unit != frame.unit)
        return MapDamage::everything();
    MapDamage damage;
    damage.compare(mKey->labels, place(frame, input, options), [](const Placed &p) { return QString::number(int(p.kind)) + u'|' + p.text; },
                   [&](const Placed &p) { return bounds(p, frame); });
    return damage;
}

void LabelLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    mKey = Key { place(frame, input, options), frame.unit };
}

void LabelLayer::clearCaches()
{
    mText.clear();
    mBadges.clear();
    mKey.reset();
    mPlaced.reset();
    mPlacedContext = {};
}

} // namespace atlas
