// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/labellayer.h"

#include "models/domain/dataset.h"
#include "models/geo/worldmap.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"

#include <QPainter>

#include <algorithm>

namespace atlas {

QList<LabelLayer::Placed> LabelLayer::place(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    using Shape = MapGlyph::Shape;
    QList<Placed> placed;
    if (!input.dataset || !options.showLabels)
        return placed;
    const Dataset &d = *input.dataset;
    const double u = frame.unit;
    QList<QRectF> taken;
    auto fits = [&](const QRectF &r) {
        if (!frame.target.contains(r))
            return false;
        for (const QRectF &t : std::as_const(taken))
            if (t.intersects(r))
                return false;
        return true;
    };
    taken += frame.headings; // the date over the map covers no label
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
                placed.append({ Placed::Kind::Tie, g.label, r, tieFont, MapStyle::faded(colour, g.status == TieStatus::Suspended) });
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
    const QFont font = MapStyle::sizedFont(12 * u);
    const QFont selectedFont = MapStyle::sizedFont(13 * u, true);
    for (const QString &id : std::as_const(actors)) {
        if (input.hidden && input.hidden->contains(id))
            continue;
        const Actor *a = d.actor(id);
        if (!a)
            continue;
        const QPointF c = frame.toTarget.map(frame.position.value(id, mWorld->projection().project(a->lon, a->lat)));
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
        for (const QRectF &r : candidates)
            if (fits(r)) {
                taken.append(r);
                placed.append({ Placed::Kind::Actor, text, r, f, Palette::kText });
                break;
            }
    }
    return placed;
}

void LabelLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    const bool cache = MapText::cacheable(painter, options.rasterCache);
    for (const Placed &label : place(frame, input, options))
        mText.draw(painter, label.rect.topLeft(), label.text, label.font, label.colour, true, cache);
}

void LabelLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    for (const Placed &label : place(frame, input, options))
        report.labels.append({ label.text, label.kind == Placed::Kind::Tie ? QStringLiteral("tie") : QStringLiteral("country"),
                               label.rect, double(label.font.pixelSize()) });
}

LabelLayer::Key LabelLayer::keyOf(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    return { frame.signature, frame.roles.roles(), input.selection, options.language, options.scheme, options.showLabels, input.dataset,
             frame.headings };
}

bool LabelLayer::changed(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    return !mKey || !(*mKey == keyOf(frame, input, options));
}

void LabelLayer::remember(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options)
{
    mKey = keyOf(frame, input, options);
}

void LabelLayer::clearCaches()
{
    mText.clear();
    mKey.reset();
}

} // namespace atlas
