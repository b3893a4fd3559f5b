// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/map/legendlayer.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/i18n/translator.h"
#include "models/query/actorroles.h"
#include "models/query/snapshot.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapinput.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/palette.h"
#include "models/text/figurecaption.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace atlas {

/// A word of the legend in the options' language (the scene's translator; the application's when none).
static QString word(const MapRenderOptions &options, const char *source)
{
    return translateWith(options.translator, "MapRenderer", source);
}

QList<LegendLayer::Entry> LegendLayer::entries(const MapInput &input, const MapRenderOptions &options, const ActorRoles *known)
{
    const Dataset &d = *input.dataset;
    const bool hiddenAny = input.hidden && !input.hidden->isEmpty();
    using K = Entry::Kind;
    QList<Entry> entries;
    entries.append({ K::Header, {}, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Countries")) });
    const QString hubName = d.hub.isEmpty() ? QString() : MapStyle::actorName(d, d.hub, options.language);
    entries.append({ K::Swatch, Palette::roleColour(ActorRole::Hub),
                     hubName.isEmpty() ? ActorRoles::label(ActorRole::Hub, options.translator) : word(options, QT_TRANSLATE_NOOP("MapRenderer", "Hub (%1)")).arg(hubName) });
    const ActorRoles roles = known ? *known : ActorRoles::compute(d, *input.snapshot, input.hidden && input.hidden->contains(d.hub));
    QSet<ActorRole> present;
    for (const ActorRole role : roles.roles())
        present.insert(role);
    for (ActorRole role : { ActorRole::TreatyAlly, ActorRole::MinilateralPartner, ActorRole::SecurityPartner })
        if (present.contains(role))
            entries.append({ K::Swatch, Palette::roleColour(role), ActorRoles::label(role, options.translator) });
    entries.append({ K::Swatch, Palette::roleColour(ActorRole::Other), ActorRoles::label(ActorRole::Other, options.translator) });
    if (hiddenAny)
        entries.append({ K::Hatch, Palette::kHiddenLand, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Switched off in the member panel")) });

    // Tie styles: only what is on the map at this date (the ties of the snapshot).
    bool kinds[static_cast<int>(TieKind::Proposal) + 1] = {};
    bool crossRegional = false, proposed = false, suspended = false, groups = false, smallAlliances = false, unclassified = false;
    QList<const TypologyCell *> cells;
    const TypologyScheme *scheme = d.typology(options.scheme);
    for (const TieState &state : input.snapshot->ties) {
        if (state.tie < 0 || state.tie >= d.ties.size() || state.members.size() + state.suspendedMembers.size() < 2)
            continue;
        const Tie &t = d.ties[state.tie];
        kinds[static_cast<int>(t.kind)] = true;
        crossRegional |= t.region == TieRegion::CrossRegional;
        proposed |= state.status == TieStatus::Proposed || t.kind == TieKind::Proposal;
        suspended |= state.status == TieStatus::Suspended || !state.suspendedMembers.isEmpty();
        if (t.kind == TieKind::MultilateralAlliance) {
            const qsizetype n = state.members.size() + state.suspendedMembers.size();
            groups |= n >= MapStyle::kGroupThreshold;
            smallAlliances |= n < MapStyle::kGroupThreshold;
        }
        if (t.kind == TieKind::Minilateral) {
            const Placement *p = d.placement(options.scheme, t.id);
            const TypologyCell *cell = p && scheme ? scheme->cell(p->cell) : nullptr;
            if (cell && !cells.contains(cell))
                cells.append(cell);
            unclassified |= !cell;
        }
    }
    entries.append({ K::Header, {}, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Ties in force")) });
    if (kinds[static_cast<int>(TieKind::BilateralAlliance)])
        entries.append({ K::Line, Palette::kBlue, Vocabulary::label(TieKind::BilateralAlliance, options.translator) });
    if (groups)
        entries.append({ K::Outline, Palette::kAllianceGroup, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Alliance (members outlined)")) });
    if (smallAlliances)
        entries.append({ K::Star, Palette::kAllianceGroup, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Small multilateral alliance")) });
    for (TieKind kind : { TieKind::Partnership, TieKind::Dialogue, TieKind::IntelligenceSharing, TieKind::Exercise, TieKind::Agreement })
        if (kinds[static_cast<int>(kind)])
            entries.append({ K::Line, Palette::tieKindColour(kind), Vocabulary::label(kind, options.translator) });
    if (!cells.isEmpty() || unclassified) {
        QString by = scheme ? scheme->name.text(options.language) : QString();
        if (scheme)
            if (const Source *source = d.source(scheme->source))
                by = FigureCaption::shortCitation(*source, options.language);
        entries.append({ K::Header, {}, by.isEmpty() ? word(options, QT_TRANSLATE_NOOP("MapRenderer", "Minilaterals")) : word(options, QT_TRANSLATE_NOOP("MapRenderer", "Minilaterals (%1)")).arg(by) });
        if (scheme)
            std::sort(cells.begin(), cells.end(), [&](const TypologyCell *a, const TypologyCell *b) {
                return a - scheme->cells.constData() < b - scheme->cells.constData();
            });
        for (const TypologyCell *cell : std::as_const(cells))
            entries.append({ K::Star, Palette::typologyCellColour(*cell), cell->name.text(options.language) });
        if (unclassified)
            entries.append({ K::Star, Palette::kUnclassified, word(options, QT_TRANSLATE_NOOP("MapRenderer", "not placed")) });
    }
    if (crossRegional || proposed || suspended) {
        entries.append({ K::Header, {}, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Line styles")) });
        if (crossRegional)
            entries.append({ K::Line, Palette::kText, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Cross-regional link (double line)")), false, false, true });
        if (proposed)
            entries.append({ K::Line, Palette::kText, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Proposed (dashed)")), true });
        if (suspended)
            entries.append({ K::Line, Palette::kText, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Suspended (faded)")), false, true });
    }
    return entries;
}

const LegendLayer::Layout &LegendLayer::layout(const QRectF &target, double u, const MapInput &input, const MapRenderOptions &options,
                                               const ActorRoles *roles) const
{
    const Dataset &d = *input.dataset;
    // A corner overlay: at most about 40 % of the target's height and half its width, and at most
    // kMaxShare of its area (scaled down when the entries need more).
    const double maxHeight = 0.4 * target.height();
    const QList<Entry> all = options.legendCollapsed ? QList<Entry> { { Entry::Kind::Header, {}, word(options, QT_TRANSLATE_NOOP("MapRenderer", "Legend ▸")) } } : entries(input, options, roles);
    // Everything the legend depends on: it is the same on nearly every frame.
    QString key = QString::number(quintptr(&d)) + u'|' + QString::number(int(options.language)) + u'|' + options.scheme + u'|'
        + QString::number(u) + u'|' + QString::number(target.width()) + u'|' + QString::number(target.height());
    for (const Entry &e : all)
        key += u'|' + QString::number(int(e.kind)) + e.text;
    Layout &layout = mLayout;
    if (key == layout.key)
        return layout;
    layout = Layout();
    layout.key = key;

    // Columns of at most rowsPerColumn rows, so the legend stays in the empty band below the map;
    // a section header never ends a column.
    using K = Entry::Kind;
    const QFont font = MapStyle::sizedFont(11.5 * u);
    const QFont headerFont = MapStyle::sizedFont(11.5 * u, true);
    const QFontMetricsF fm(font);
    const double row = fm.height() * 1.2;
    const double swatch = 20 * u;
    const double pad = 7 * u;
    // The fewest rows that keep the legend within the target's width; the band below the map is the
    // aim (maxHeight), a narrow target gets a taller legend, and one that still does not fit is scaled.
    QList<QList<Entry>> &columns = layout.columns;
    QList<double> &widths = layout.widths;
    QSizeF &box = layout.box;
    const double availableWidth = 0.5 * target.width();
    const int minRows = std::max(5, static_cast<int>((maxHeight - 2 * pad) / row));
    for (int rowsPerColumn = std::min<int>(minRows, static_cast<int>(all.size())); rowsPerColumn <= all.size(); ++rowsPerColumn) {
        columns = { QList<Entry>() };
        for (const Entry &e : all) {
            if (columns.last().size() >= rowsPerColumn || (e.kind == K::Header && columns.last().size() >= rowsPerColumn - 1))
                columns.append(QList<Entry>());
            columns.last().append(e);
        }
        widths.clear();
        int rows = 0;
        double totalWidth = pad;
        for (const QList<Entry> &column : std::as_const(columns)) {
            double w = 0;
            for (const Entry &e : column)
                w = std::max(w, e.kind == K::Header ? mText.size(e.text, headerFont).width() : swatch + 6 * u + mText.size(e.text, font).width());
            widths.append(w);
            rows = std::max(rows, static_cast<int>(column.size()));
            totalWidth += w + 2 * pad;
        }
        box = QSizeF(totalWidth - pad, rows * row + 2 * pad - (row - fm.height()));
        if (box.width() <= availableWidth)
            break;
    }
    const double areaFit = std::sqrt(kMaxShare * target.width() * target.height() / std::max(1.0, box.width() * box.height()));
    layout.fit = std::max(0.1, std::min({ 1.0, areaFit, availableWidth / box.width(), (target.height() - 24 * u) / box.height() }));
    layout.row = row;
    layout.swatch = swatch;
    layout.pad = pad;
    return layout;
}

QSizeF LegendLayer::size(const QRectF &target, double unit, const MapInput &input, const MapRenderOptions &options) const
{
    const Layout &l = layout(target, unit, input, options);
    return l.box * l.fit;
}

QList<QPointF> LegendLayer::corners(const MapFrame &frame, QSizeF size, const MapRenderOptions &options)
{
    const double u = frame.unit;
    const double left = frame.target.left() + 12 * u - 0.5;
    const double right = frame.target.right() - 12 * u - size.width() + 0.5;
    const double bottom = frame.target.bottom() - 12 * u - size.height() + 1.5;
    const double top = frame.target.top() + (options.title.isEmpty() ? 12 * u : 40 * u);
    return { { left, bottom }, { right, bottom }, { right, top }, { left, top } };
}

qsizetype LegendLayer::cornerIndex(const MapFrame &frame, QSizeF size, const MapRenderOptions &options)
{
    const QList<QPointF> at = corners(frame, size, options);
    if (!frame.legend.isNull())
        if (const qsizetype placed = at.indexOf(frame.legend.topLeft()); placed >= 0)
            return placed;
    // Bottom left, bottom right, top right, top left: the one clear of the big date, the title and
    // the view's buttons that covers the least of the ties, markers and capitals.
    const double u = frame.unit;
    qsizetype best = 0;
    double bestScore = -1;
    for (qsizetype i = 0; i < at.size(); ++i) {
        const QRectF box = QRectF(at[i], size).adjusted(-4 * u, -4 * u, 4 * u, 4 * u);
        double score = box.intersects(options.controls) ? 1e6 : 0;
        for (const QRectF &heading : frame.headings) // the title and the big date, wherever it went
            score += box.intersects(heading) ? 1e6 : 0;
        for (const QPointF &p : frame.position)
            score += box.contains(frame.toTarget.map(p)) ? 20 : 0;
        // The lines' points: thousands per frame with a large dataset, so a corner stops counting once
        // it can no longer beat the best (ties go to the earlier corner, as before).
        for (qsizetype k = 0; k < frame.glyphs.size() && (bestScore < 0 || score < bestScore); ++k) {
            const MapGlyph &g = frame.glyphs[k];
            if (g.hasMarker && box.contains(frame.toTarget.map(g.marker)))
                score += 40;
            for (const QList<QPolygonF> *lines : { &g.lines, &g.weakLines })
                for (const QPolygonF &line : *lines)
                    for (const QPointF &p : line)
                        score += box.contains(frame.toTarget.map(p)) ? 1 : 0;
        }
        if (bestScore < 0 || score < bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

void LegendLayer::draw(QPainter &p, const Layout &layout, double u)
{
    using K = Entry::Kind;
    const QFont font = MapStyle::sizedFont(11.5 * u);
    const QFont headerFont = MapStyle::sizedFont(11.5 * u, true);
    const QFontMetricsF fm(font);
    const double swatch = layout.swatch;
    p.setPen(QPen(QColor(0xC8, 0xCE, 0xD4), 1 * u));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(QPointF(0, 0), layout.box), 4 * u, 4 * u);
    layout.forEachEntry(QPointF(0, 0), u, [&](const Entry &e, QPointF at, double textX) {
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
            QPen pen(MapStyle::faded(e.colour, e.faded), w, Qt::SolidLine, Qt::FlatCap);
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
        p.setFont(e.kind == K::Header ? headerFont : font);
        p.setPen(Palette::kText);
        p.drawText(QPointF(textX, at.y() + fm.ascent()), e.text);
    });
}

void LegendLayer::paint(QPainter &painter, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!options.showLegend || !input.dataset || !input.snapshot)
        return;
    const double u = frame.unit;
    const bool cache = MapText::cacheable(painter, options.rasterCache) && painter.device();
    const qreal dpr = cache ? painter.device()->devicePixelRatioF() : 1.0;
    const Layout &l = layout(frame.target, u, input, options, &frame.roles);
    if (!cache) {
        painter.save();
        const QSizeF size = l.box * l.fit;
        painter.translate(corners(frame, size, options).at(cornerIndex(frame, size, options)));
        painter.scale(l.fit, l.fit);
        draw(painter, l, u);
        painter.restore();
        return;
    }
    const QString key = l.key + u'|' + QString::number(dpr);
    if (key != mImageKey || mImage.isNull()) {
        QImage image((l.box * l.fit * dpr).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.translate(0.5, 0.5);
        p.scale(l.fit, l.fit);
        draw(p, l, u);
        p.end();
        mImage = image;
        mImageKey = key;
    }
    // The image is a little larger than the legend: placed in the legend's corner by its own size.
    painter.drawImage(corners(frame, mImage.deviceIndependentSize(), options).at(cornerIndex(frame, l.box * l.fit, options)), mImage);
}

void LegendLayer::report(MapLayoutReport &report, const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!options.showLegend || !input.dataset || !input.snapshot)
        return;
    const double u = frame.unit;
    const Layout &l = layout(frame.target, u, input, options, &frame.roles);
    const QSizeF size = l.box * l.fit;
    const QPointF origin = corners(frame, size, options).at(cornerIndex(frame, size, options));
    report.legend = QRectF(origin, l.box * l.fit);
    const QFont font = MapStyle::sizedFont(11.5 * u);
    const QFont headerFont = MapStyle::sizedFont(11.5 * u, true);
    const double height = QFontMetricsF(font).height();
    l.forEachEntry(QPointF(0, 0), u, [&](const Entry &e, QPointF at, double textX) {
        const QFont &f = e.kind == Entry::Kind::Header ? headerFont : font;
        const QRectF rect(textX, at.y(), mText.size(e.text, f).width(), height);
        report.labels.append({ e.text, QStringLiteral("legend"),
                               QRectF(origin + rect.topLeft() * l.fit, rect.size() * l.fit), f.pixelSize() * l.fit });
    });
}

QRectF LegendLayer::rect(const MapFrame &frame, const MapInput &input, const MapRenderOptions &options) const
{
    if (!options.showLegend || !input.dataset || !input.snapshot)
        return {};
    const Layout &l = layout(frame.target, frame.unit, input, options, &frame.roles);
    const QSizeF size = l.box * l.fit;
    return QRectF(corners(frame, size, options).at(cornerIndex(frame, size, options)), size);
}

void LegendLayer::clearCaches()
{
    mText.clear();
    mLayout = Layout();
    mImageKey.clear();
    mImage = QImage();
}

} // namespace atlas
