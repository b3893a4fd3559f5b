// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/reportfigure.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/geo/projection.h"
#include "models/geo/worldmap.h"
#include "models/query/actorroles.h"
#include "models/query/timelinemodel.h"
#include "models/render/figurerenderer.h"
#include "models/render/map/mapframing.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/mapstyle.h"
#include "models/render/maprenderer.h"
#include "models/render/palette.h"
#include "models/render/scene.h"
#include "models/render/timeaxis.h"
#include "models/render/timelinerenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace atlas {

namespace {

constexpr double kMapSmallestText = 12.0; // MapRenderer's country labels, in its units
constexpr double kGroupThreshold = 5;     // MapRenderer draws larger multilateral alliances as groups

/// The ties the map draws: in the snapshot, with two or more placed members.
QList<const TieState *> drawnTies(const Scene &scene)
{
    QList<const TieState *> ties;
    for (const TieState &state : scene.snapshot.ties) {
        int placed = 0;
        for (const QString &m : state.allMembers())
            placed += scene.dataset->actor(m) ? 1 : 0;
        if (placed >= 2 && state.tie >= 0 && state.tie < scene.dataset->ties.size())
            ties.append(&state);
    }
    return ties;
}

double mapUnitFactor(const QRectF &area)
{
    const double a = std::sqrt(std::max(1.0, area.width() * area.height()));
    return std::clamp(a / std::sqrt(1400.0 * 800.0), 0.85, 2.5);
}

/// Which lanes the strip shows and over which days.
struct StripPlan
{
    TimelineModel model;
    TimelineView view;
    double labelWidth = 0;
    double lanesHeight = 0;
    double axisHeight = 0;
    double height() const { return lanesHeight + axisHeight; }
};

StripPlan planStrip(const Scene &scene, const QFontMetricsF &label, const QFontMetricsF &axis, double maxHeight,
                    double width)
{
    const Dataset &d = *scene.dataset;
    StripPlan plan;
    const QDate date = scene.date;
    // Half a year beyond the first and last year ticks, so their labels fit within the strip.
    const QDate from = std::max(scene.firstDay, QDate(date.year() - 16, 7, 1));
    const QDate end = std::max(scene.lastDay, date);
    const QDate to = std::min(end, QDate(date.year() + 2, 6, 30));
    plan.view.fromDay = static_cast<double>(from.toJulianDay());
    plan.view.toDay = static_cast<double>(to.toJulianDay()) + 1;
    plan.view.rowHeight = label.height() * 1.15;
    plan.axisHeight = axis.height() * 1.9;
    const int maxRows = std::max(2, static_cast<int>((maxHeight - plan.axisHeight) / plan.view.rowHeight));

    // Ties in force at the date (those on the map) and those that began, ended or had an event within
    // the strip's range; when they do not all fit, the ones whose last change is longest ago give way.
    QSet<QString> atDate;
    for (const TieState *s : drawnTies(scene))
        atDate.insert(d.ties[s->tie].id);
    const TimelineModel all(d, scene.hidden, end);
    QHash<QString, double> lastChange;
    const auto inRange = [&plan](double day) { return day >= plan.view.fromDay && day < plan.view.toDay; };
    for (const TimelineLane &lane : all.lanes()) {
        double last = -1;
        for (const TimelineBar &bar : lane.bars) {
            if (inRange(double(bar.fromDay)))
                last = std::max(last, double(bar.fromDay));
            if (!bar.openEnd && inRange(double(bar.toDay)))
                last = std::max(last, double(bar.toDay));
        }
        for (const TimelineMarker &marker : lane.markers)
            if (inRange(double(marker.fromDay)) && marker.fromDay <= date.toJulianDay())
                last = std::max(last, double(marker.fromDay));
        if (last >= 0 || atDate.contains(lane.tieId))
            lastChange.insert(lane.tieId, last);
    }
    QSet<QString> chosen(lastChange.keyBegin(), lastChange.keyEnd());
    const auto rebuild = [&] {
        plan.model = TimelineModel(d, scene.hidden, end, [&chosen](const QString &id) { return chosen.contains(id); });
    };
    rebuild();
    while (plan.model.rows().size() > maxRows && !chosen.isEmpty()) {
        // Ties not on the map go first, then the longest unchanged.
        const auto weaker = [&](const QString &a, const QString &b) {
            const bool aMap = atDate.contains(a);
            const bool bMap = atDate.contains(b);
            if (aMap != bMap)
                return !aMap;
            return lastChange.value(a) != lastChange.value(b) ? lastChange.value(a) < lastChange.value(b) : a > b;
        };
        QString drop = *chosen.cbegin();
        for (const QString &id : std::as_const(chosen))
            if (weaker(id, drop))
                drop = id;
        chosen.remove(drop);
        rebuild();
    }
    for (const TimelineLane &lane : plan.model.lanes())
        plan.labelWidth = std::max(plan.labelWidth, label.horizontalAdvance(d.ties[lane.tie].label().text(scene.language)));
    plan.labelWidth = std::min(plan.labelWidth + label.averageCharWidth(), 0.3 * width);
    plan.lanesHeight = static_cast<double>(plan.model.rows().size()) * plan.view.rowHeight;
    return plan;
}

void paintStrip(QPainter &painter, const QRectF &box, const Scene &scene, const StripPlan &plan, const QFont &labelFont,
                const QFont &axisFont, FigureLayout *layout)
{
    const Dataset &d = *scene.dataset;
    const QFontMetricsF fm(labelFont, painter.device());
    const double gap = fm.averageCharWidth();
    const QRectF lanes(box.left() + plan.labelWidth + gap, box.top(), box.width() - plan.labelWidth - gap, plan.lanesHeight);
    TimelineView view = plan.view;
    view.selectedTie = scene.selectedTie();
    view.translator = scene.translator.get();
    painter.save();
    painter.setFont(labelFont);
    TimelineRenderer::paint(painter, lanes, plan.model, view);
    painter.restore();

    painter.save();
    painter.setFont(labelFont);
    painter.setPen(Palette::kText);
    const double pt = labelFont.pointSizeF();
    const QList<TimelineRow> &rows = plan.model.rows();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const double top = view.y(lanes, static_cast<double>(r));
        if (rows[r].isHeading()) {
            const QString text = TimelineModel::groupLabel(rows[r].group, scene.translator.get());
            if (layout) {
                QFont bold = labelFont;
                bold.setBold(true);
                const QFontMetricsF bm(bold, painter.device());
                layout->addLabel(QStringLiteral("lane-group"), text,
                                 QRectF(lanes.left() + 6, top, std::min(bm.horizontalAdvance(text), lanes.width() - 12), view.rowHeight), pt);
            }
            continue;
        }
        const TimelineLane &lane = plan.model.lanes()[rows[r].lane];
        const QString text = fm.elidedText(d.ties[lane.tie].label().text(scene.language), Qt::ElideRight, plan.labelWidth);
        const QRectF rect(box.left(), top, plan.labelWidth, view.rowHeight);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, text);
        if (layout) {
            layout->lanes.append(lane.tieId);
            const double w = fm.horizontalAdvance(text);
            layout->addLabel(QStringLiteral("lane"), text, QRectF(rect.right() - w, top, w, view.rowHeight), pt);
        }
    }
    painter.restore();

    const double line = std::max(0.5, pt / 10);
    const QRectF axisBox(lanes.left(), lanes.bottom(), lanes.width(), plan.axisHeight);
    TimelineRenderer::paintDateAxis(painter, axisBox, view, axisFont, scene.language, line * 0.6);
    TimelineRenderer::paintCursor(painter, lanes, view, scene.date, line * 1.5);
    if (layout) {
        const QFontMetricsF am(axisFont, painter.device());
        const TimeAxisTicks ticks = TimeAxis::ticks(view.fromDay, view.toDay, lanes.width(), am, scene.language);
        for (const TimeAxisTick &tick : ticks.major) {
            const double w = am.horizontalAdvance(tick.label);
            const double x = view.x(lanes, tick.day) - w / 2;
            if (x < axisBox.left() - 0.5 || x + w > axisBox.right() + 0.5)
                continue; // left out by paintDateAxis
            layout->addLabel(QStringLiteral("axis"), tick.label, QRectF(x, axisBox.top() + line * 2, w, am.height()),
                             axisFont.pointSizeF());
        }
    }
}

/// The legend's size for \a entries in \a font, one column.
QSizeF legendSize(const QList<FigureLegendEntry> &entries, const QFontMetricsF &fm)
{
    double w = 0;
    for (const FigureLegendEntry &e : entries)
        w = std::max(w, fm.horizontalAdvance(e.text) + (e.kind == FigureLegendEntry::Kind::Header ? 0 : 2.6 * fm.height()));
    return { w, static_cast<double>(entries.size()) * fm.height() * 1.3 };
}

/// Paints the legend in columns of \a perColumn rows, each \a columnWidth wide, from \a box's top left.
void paintLegend(QPainter &painter, const QRectF &box, const QList<FigureLegendEntry> &entries, const QFont &font,
                 qsizetype perColumn, double columnWidth, FigureLayout *layout)
{
    using K = FigureLegendEntry::Kind;
    const QFontMetricsF fm(font, painter.device());
    const double row = fm.height() * 1.3;
    const double key = 2.0 * fm.height();
    QFont header = font;
    header.setBold(true);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const FigureLegendEntry &e = entries[i];
        const double x = box.left() + static_cast<double>(i / perColumn) * columnWidth;
        const double y = box.top() + static_cast<double>(i % perColumn) * row;
        const QRectF keyBox(x, y + row * 0.2, key, row * 0.6);
        QColor colour = e.colour;
        if (e.faded)
            colour.setAlphaF(0.35f);
        switch (e.kind) {
        case K::Header:
            break;
        case K::Swatch:
            painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
            painter.setBrush(colour);
            painter.drawRect(keyBox);
            break;
        case K::Line:
            painter.setPen(QPen(colour, std::max(1.2, fm.height() / 6), e.dashed ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(keyBox.left(), keyBox.center().y()), QPointF(keyBox.right(), keyBox.center().y()));
            break;
        case K::Outline: // as the map draws NATO: its members filled and outlined in the alliance's colour
            painter.setPen(QPen(colour, std::max(1.0, fm.height() / 7)));
            painter.setBrush(Palette::roleColour(ActorRole::TreatyAlly));
            painter.drawRect(keyBox);
            break;
        case K::Marker: { // a diamond, as the map marks minilaterals and small alliances
            const QPointF c = keyBox.center();
            const double r = row * 0.3;
            painter.setPen(QPen(Qt::white, 0.6));
            painter.setBrush(colour);
            painter.drawPolygon(QPolygonF({ c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) }));
            break;
        }
        }
        const bool isHeader = e.kind == K::Header;
        const double left = isHeader ? x : keyBox.right() + 0.6 * fm.height();
        const QRectF textBox(left, y, x + columnWidth - 0.5 * fm.height() - left, row);
        painter.setFont(isHeader ? header : font);
        painter.setPen(Palette::kText);
        const QString text = QFontMetricsF(isHeader ? header : font, painter.device()).elidedText(e.text, Qt::ElideRight, textBox.width());
        painter.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter, text);
        if (layout)
            layout->addLabel(QStringLiteral("legend"), text,
                             QRectF(left, y, std::min(textBox.width(), fm.horizontalAdvance(text) * (isHeader ? 1.1 : 1.0)), row),
                             font.pointSizeF());
    }
    painter.restore();
}

} // namespace

double ReportFigure::minimumTextPt(const QSizeF &pagePoints)
{
    if (pagePoints.height() <= 0)
        return 7;
    const double aspect = pagePoints.width() / pagePoints.height();
    return std::abs(aspect - 16.0 / 9.0) < 0.02 ? 14 : 7;
}

QFont ReportFigure::font(double pt, bool bold)
{
    QFont f;
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

double ReportFigure::paintWrapped(QPainter &painter, const QString &text, const QFont &font, const QRectF &box, bool paint,
                                  FigureLayout *layout, const QString &kind)
{
    QTextLayout textLayout(text, font, painter.device());
    QTextOption option(Qt::AlignLeft);
    option.setWrapMode(QTextOption::WordWrap);
    textLayout.setTextOption(option);
    textLayout.beginLayout();
    double y = 0;
    double width = 0;
    while (true) {
        QTextLine line = textLayout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(box.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
        width = std::max(width, line.naturalTextWidth());
    }
    textLayout.endLayout();
    if (paint) {
        painter.save();
        painter.setPen(Palette::kText);
        textLayout.draw(&painter, box.topLeft());
        painter.restore();
        if (layout && !text.isEmpty())
            layout->addLabel(kind, text, QRectF(box.left(), box.top(), width, y), font.pointSizeF());
    }
    return y;
}

Viewport ReportFigure::frameToData(const Scene &scene, const EqualEarth &projection, const QRectF &area, double padding,
                                   double *usedHeight)
{
    return MapFraming::frame(*scene.dataset, drawnTies(scene), projection, area, padding, usedHeight);
}

QList<FigureLegendEntry> ReportFigure::legendEntries(const Scene &scene)
{
    using K = FigureLegendEntry::Kind;
    const Dataset &d = *scene.dataset;
    const auto word = [&scene](const char *source) { return scene.translate("ReportFigure", source); };
    QList<FigureLegendEntry> entries;
    const bool hubHidden = scene.hidden.contains(d.hub);
    const ActorRoles roles = ActorRoles::compute(d, scene.snapshot, hubHidden);
    QList<ActorRole> present;
    for (auto it = roles.roles().cbegin(); it != roles.roles().cend(); ++it)
        if (!present.contains(it.value()))
            present.append(it.value());
    entries.append({ K::Header, {}, word(QT_TRANSLATE_NOOP("ReportFigure", "Countries")) });
    for (ActorRole role : { ActorRole::Hub, ActorRole::TreatyAlly, ActorRole::MinilateralPartner, ActorRole::SecurityPartner })
        if (present.contains(role))
            entries.append({ K::Swatch, Palette::roleColour(role), ActorRoles::label(role, scene.translator.get()) });

    QList<FigureLegendEntry> ties;
    bool proposed = false;
    bool suspended = false;
    const QString schemeId = scene.schemeOrDefault();
    const TypologyScheme *scheme = d.typology(schemeId);
    for (const TieState *state : drawnTies(scene)) {
        const Tie &tie = d.ties[state->tie];
        proposed |= state->status == TieStatus::Proposed;
        suspended |= state->status == TieStatus::Suspended || !state->suspendedMembers.isEmpty();
        FigureLegendEntry e { K::Line, Palette::tieColour(tie, d, schemeId), Vocabulary::label(tie.kind, scene.translator.get()) };
        if (tie.kind == TieKind::Minilateral) {
            e.kind = K::Marker;
            const Placement *p = d.placement(schemeId, tie.id);
            const TypologyCell *cell = p && scheme ? scheme->cell(p->cell) : nullptr;
            e.text = cell ? word(QT_TRANSLATE_NOOP("ReportFigure", "Minilateral: %1")).arg(cell->name.text(scene.language))
                          : word(QT_TRANSLATE_NOOP("ReportFigure", "Minilateral (not placed)"));
        } else if (tie.kind == TieKind::MultilateralAlliance) {
            // The map outlines the members of a large alliance (NATO) and marks a small one (ANZUS).
            if (state->members.size() + state->suspendedMembers.size() >= MapStyle::kGroupThreshold) {
                e.kind = K::Outline;
                e.colour = Palette::kAllianceGroup;
                e.text = word(QT_TRANSLATE_NOOP("ReportFigure", "Alliance (members outlined)"));
            } else {
                e.kind = K::Marker;
            }
        }
        if (!ties.contains(e))
            ties.append(e);
    }
    if (!ties.isEmpty()) {
        entries.append({ K::Header, {}, word(QT_TRANSLATE_NOOP("ReportFigure", "Ties in force")) });
        entries += ties;
    }
    if (proposed || suspended) {
        entries.append({ K::Header, {}, word(QT_TRANSLATE_NOOP("ReportFigure", "Line styles")) });
        if (proposed)
            entries.append({ K::Line, Palette::kText, word(QT_TRANSLATE_NOOP("ReportFigure", "Proposed (dashed)")), true });
        if (suspended)
            entries.append({ K::Line, Palette::kText, word(QT_TRANSLATE_NOOP("ReportFigure", "Suspended (faded)")), false, true });
    }
    return entries;
}

MapRenderOptions ReportFigure::mapOptions(const Scene &scene, const QRectF &area, double minPt, const Viewport &viewport)
{
    MapRenderOptions map;
    map.viewport = viewport;
    map.language = scene.language;
    map.translator = scene.translator.get();
    map.scheme = scene.schemeOrDefault();
    map.showLegend = false;
    map.showDate = false; // the caption carries the date
    // The map's pixel sizes are whole numbers: aim half a point above the minimum.
    map.scale = std::max(1.0, scene.textScale) * (minPt + 0.5) / (kMapSmallestText * mapUnitFactor(area));
    return map;
}

void ReportFigure::recordMap(const MapLayoutReport &report, FigureLayout *layout)
{
    if (!layout)
        return;
    for (const MapLayoutReport::Label &l : report.labels)
        layout->addLabel(l.kind, l.text, l.rect, l.px); // painted in points: a pixel of the target is a point
    for (const MapLayoutReport::Tie &t : report.ties)
        if (t.visible)
            layout->ties.append(t.id);
}

void ReportFigure::paint(QPainter &painter, const QRectF &target, const Scene &scene, const FigureOptions &options,
                         const MapRenderer &map, FigureLayout *layout)
{
    const double minPt = minimumTextPt(target.size());
    const double unit = std::min(target.width(), target.height()) / 595.0;
    const double textPt = std::max(minPt, 8 * unit);
    const double smallPt = std::max(minPt, 7.5 * unit);
    const double margin = 18 * unit;
    const double gap = 8 * unit;
    QRectF body = target.adjusted(margin, margin, -margin, -margin);
    const auto region = [layout](const char *name, const QRectF &r) {
        if (layout)
            layout->regions.insert(QLatin1String(name), r);
    };

    if (!options.title.isEmpty()) {
        const QFont titleFont = font(std::max(minPt * 1.4, 15 * unit), true);
        const double h = paintWrapped(painter, options.title, titleFont, body, true, layout, QStringLiteral("title"));
        region("title", QRectF(body.left(), body.top(), body.width(), h));
        body.setTop(body.top() + h + gap);
    }

    // The numbered references: laid out in \a columns over \a box's width, from its top; returns
    // their height, and paints them when \a paint.
    const QFont refFont = font(smallPt);
    const double colGap = 12 * unit;
    const auto references = [&](const QRectF &box, int columns, bool paint) {
        const double colWidth = (box.width() - (columns - 1) * colGap) / columns;
        QList<double> heights;
        for (const QString &ref : options.references)
            heights.append(paintWrapped(painter, ref, refFont, QRectF(0, 0, colWidth, 0), false) + 1.5 * unit);
        const qsizetype perColumn = (options.references.size() + columns - 1) / columns;
        double total = 0;
        for (int c = 0; c < columns; ++c) {
            double y = 0;
            for (qsizetype i = c * perColumn; i < std::min(options.references.size(), (c + 1) * perColumn); ++i) {
                if (paint)
                    paintWrapped(painter, options.references[i], refFont, QRectF(box.left() + c * (colWidth + colGap), box.top() + y, colWidth, heights[i]),
                                 true, layout, QStringLiteral("reference"));
                y += heights[i];
            }
            total = std::max(total, y);
        }
        return total;
    };

    // The caption under the figure: at the foot, or above the references when they run across it.
    const QFont captionFont = font(textPt);
    const double captionHeight = options.caption.isEmpty() ? 0 : paintWrapped(painter, options.caption, captionFont, body, false);
    const auto paintCaption = [&] {
        if (options.caption.isEmpty())
            return;
        const QRectF box(body.left(), body.bottom() - captionHeight, body.width(), captionHeight);
        paintWrapped(painter, options.caption, captionFont, box, true, layout, QStringLiteral("caption"));
        region("caption", box);
        body.setBottom(box.top() - gap);
    };

    // Legend beside the map, on the right.
    const QFont legendFont = font(textPt);
    const QList<FigureLegendEntry> entries = legendEntries(scene);
    const QFontMetricsF legendMetrics(legendFont, painter.device());
    const QSizeF legendExtent = legendSize(entries, legendMetrics);
    const double legendRow = legendMetrics.height() * 1.3;
    const auto legendColumnsFor = [&](double height) {
        const qsizetype perColumn = std::max<qsizetype>(1, static_cast<qsizetype>(height / legendRow));
        return std::pair { perColumn, std::max<qsizetype>(1, (entries.size() + perColumn - 1) / perColumn) };
    };

    // On a wide page (a slide) the references go under the legend when they fit there, so the map and
    // the strip keep the page's height; otherwise they run across the foot, above the caption.
    bool referencesBeside = false;
    double rightWidth = 0;
    if (!options.references.isEmpty() && body.width() >= 1.5 * body.height()) {
        const double height = body.height() - (captionHeight > 0 ? captionHeight + gap : 0);
        const auto [perColumn, columns] = legendColumnsFor(height);
        const double legendWidth = std::min(legendExtent.width() + 1.5 * legendMetrics.height(), 0.5 * body.width() / static_cast<double>(columns))
            * static_cast<double>(columns);
        const double legendHeight = legendRow * static_cast<double>(std::min<qsizetype>(perColumn, entries.size()));
        // A map framed to the Pacific is wider than high: on a slide it is limited by the height, and the
        // column beside it may take up to half the width before the map gets smaller.
        for (const double share : { 0.3, 0.38, 0.46 }) {
            rightWidth = std::max(legendWidth, share * body.width());
            const QRectF area(body.right() - rightWidth, body.top() + legendHeight + gap, rightWidth, height - legendHeight - gap);
            if (references(area, 1, false) > area.height())
                continue;
            paintCaption();
            const double h = references(area, 1, true);
            region("references", QRectF(area.left(), area.top(), area.width(), h));
            referencesBeside = true;
            break;
        }
    }
    if (!options.references.isEmpty() && !referencesBeside) {
        const int columns = body.width() > 700 && options.references.size() > 3 ? 2 : 1;
        const double h = references(QRectF(body.left(), 0, body.width(), 0), columns, false);
        const QRectF refs(body.left(), body.bottom() - h, body.width(), h);
        references(refs, columns, true);
        region("references", refs);
        body.setBottom(refs.top() - gap * 0.75);
    }
    if (!referencesBeside)
        paintCaption();

    // As many legend columns as the height beside the map needs (a slide's large type may need two).
    const auto [perColumn, legendColumns] = legendColumnsFor(body.height());
    const double columnWidth = std::min(legendExtent.width() + 1.5 * legendMetrics.height(), 0.5 * body.width() / static_cast<double>(legendColumns));
    const double legendWidth = referencesBeside ? rightWidth : columnWidth * static_cast<double>(legendColumns);
    const double legendHeight = legendRow * static_cast<double>(std::min<qsizetype>(perColumn, entries.size()));
    const QRectF legendBox(body.right() - legendWidth, body.top(), legendWidth, legendHeight);
    paintLegend(painter, legendBox, entries, legendFont, perColumn, columnWidth, layout);
    region("legend", legendBox);

    // Map above the timeline strip, left of the legend.
    const QRectF left(body.left(), body.top(), body.width() - legendWidth - 2 * gap, body.height());
    const QFont axisFont = font(smallPt);
    const StripPlan strip = planStrip(scene, QFontMetricsF(legendFont, painter.device()),
                                      QFontMetricsF(axisFont, painter.device()), 0.42 * left.height(), left.width());
    QRectF mapBox(left.left(), left.top(), left.width(), left.height() - strip.height() - gap);
    const double padding = 24 * unit;
    double used = mapBox.height();
    frameToData(scene, map.world().projection(), mapBox, padding, &used);
    mapBox.setHeight(used);
    const Viewport viewport = frameToData(scene, map.world().projection(), mapBox, padding);
    MapRenderOptions mapOptions = ReportFigure::mapOptions(scene, mapBox, minPt, viewport);
    MapLayoutReport mapReport;
    if (layout)
        mapOptions.layoutReport = &mapReport;
    painter.save();
    painter.setClipRect(mapBox);
    map.paint(painter, mapBox, scene.mapInput(), mapOptions);
    painter.restore();
    painter.save();
    painter.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), 0.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(mapBox);
    painter.restore();
    region("map", mapBox);
    recordMap(mapReport, layout);

    const QRectF stripBox(left.left(), mapBox.bottom() + gap, left.width(), strip.height());
    paintStrip(painter, stripBox, scene, strip, legendFont, axisFont, layout);
    region("timeline", stripBox);
}

} // namespace atlas
