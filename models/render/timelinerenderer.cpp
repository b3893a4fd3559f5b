// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/timelinerenderer.h"

#include "models/i18n/translator.h"

#include "models/render/palette.h"
#include "models/render/timeaxis.h"

#include <QLinearGradient>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {

constexpr double kMinSpanPx = 3;      // a month or a year drawn narrower than this is widened
constexpr double kHitTolerancePx = 3;

double diamondRadius(const TimelineView &view)
{
    return std::max(3.0, view.rowHeight * 0.28);
}

struct BarBox
{
    double left;
    double right;
    double top;
    double bottom;
};

void paintBar(QPainter &painter, const TimelineBar &bar, const BarBox &box, const QColor &colour,
              const QRectF &target, const TimelineView &view, bool selected)
{
    const QRectF rect(QPointF(box.left, box.top), QPointF(box.right, box.bottom));
    QColor fill = colour;
    QBrush brush;
    QPen pen(colour.darker(selected ? 160 : 120), selected ? 2 : 1);
    switch (bar.status) {
    case TieStatus::InForce:
    case TieStatus::Ended:
        brush = fill;
        break;
    case TieStatus::Suspended:
        fill.setAlphaF(0.28f);
        brush = fill;
        pen.setStyle(Qt::DashLine);
        break;
    case TieStatus::Proposed:
        brush = QBrush(colour.darker(110), Qt::BDiagPattern);
        break;
    }
    painter.setPen(Qt::NoPen);
    if (bar.status == TieStatus::Proposed)
        painter.fillRect(rect, QColor(255, 255, 255, 200));

    // A start or end known only to its month or year fades in or out over that period.
    const double certainLeft = std::clamp(view.x(target, double(bar.certainFromDay + 1)), box.left, box.right);
    const double certainRight = std::clamp(view.x(target, double(bar.certainToDay)), certainLeft, box.right);
    if (brush.style() == Qt::SolidPattern && (certainLeft > box.left + 1 || certainRight < box.right - 1)) {
        QColor faint = brush.color();
        faint.setAlphaF(faint.alphaF() * 0.15f);
        if (certainLeft > box.left + 1) {
            QLinearGradient g(box.left, 0, certainLeft, 0);
            g.setColorAt(0, faint);
            g.setColorAt(1, brush.color());
            painter.fillRect(QRectF(QPointF(box.left, box.top), QPointF(certainLeft, box.bottom)), g);
        }
        if (certainRight < box.right - 1) {
            QLinearGradient g(certainRight, 0, box.right, 0);
            g.setColorAt(0, brush.color());
            g.setColorAt(1, faint);
            painter.fillRect(QRectF(QPointF(certainRight, box.top), QPointF(box.right, box.bottom)), g);
        }
        painter.fillRect(QRectF(QPointF(certainLeft, box.top), QPointF(certainRight, box.bottom)), brush);
    } else {
        painter.fillRect(rect, brush);
    }

    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (bar.openEnd) {
        // Ongoing: no closing edge, an arrow head instead.
        painter.drawLine(QPointF(box.left, box.top), QPointF(box.right, box.top));
        painter.drawLine(QPointF(box.left, box.bottom), QPointF(box.right, box.bottom));
        painter.drawLine(QPointF(box.left, box.top), QPointF(box.left, box.bottom));
        const double h = box.bottom - box.top;
        const double tip = box.right;
        const double back = std::max(box.left, tip - h * 0.6);
        QPen arrow(bar.status == TieStatus::Proposed || bar.status == TieStatus::Suspended ? colour.darker(140) : QColor(Qt::white), 1.6);
        painter.setPen(arrow);
        const double mid = (box.top + box.bottom) / 2;
        painter.drawPolyline(QList<QPointF> { { back, box.top + h * 0.2 }, { tip - 2, mid }, { back, box.bottom - h * 0.2 } });
    } else {
        painter.drawRect(rect);
    }
}

void paintMarker(QPainter &painter, const TimelineMarker &marker, double rowTop, const QRectF &target,
                 const TimelineView &view)
{
    const double h = view.rowHeight;
    const QColor ink = Palette::kText;
    if (marker.precision == PartialDate::Precision::Day) {
        const double cx = view.x(target, double(marker.fromDay) + 0.5);
        const double cy = rowTop + h / 2;
        const double r = diamondRadius(view);
        const QPointF diamond[4] = { { cx, cy - r }, { cx + r, cy }, { cx, cy + r }, { cx - r, cy } };
        painter.setPen(QPen(Qt::white, 1));
        painter.setBrush(ink);
        painter.drawPolygon(diamond, 4);
        return;
    }
    // A month or a year: a bracket over the whole period, so it never reads as a sharp day.
    double left = view.x(target, double(marker.fromDay));
    double right = view.x(target, double(marker.toDay + 1));
    if (right - left < kMinSpanPx) {
        const double mid = (left + right) / 2;
        left = mid - kMinSpanPx / 2;
        right = mid + kMinSpanPx / 2;
    }
    const double top = rowTop + 2;
    const double bottom = rowTop + h - 2;
    QColor shade = ink;
    shade.setAlphaF(0.22f);
    painter.fillRect(QRectF(QPointF(left, top), QPointF(right, bottom)), shade);
    painter.setPen(QPen(ink, 1.5));
    painter.setBrush(Qt::NoBrush);
    const double tick = marker.precision == PartialDate::Precision::Year ? h * 0.5 : h * 0.35;
    painter.drawPolyline(QList<QPointF> { { left, top + tick }, { left, top }, { right, top }, { right, top + tick } });
    painter.drawPolyline(QList<QPointF> { { left, bottom - tick }, { left, bottom }, { right, bottom }, { right, bottom - tick } });
}

} // namespace

QColor TimelineRenderer::laneColour(const TimelineLane &lane)
{
    return Palette::tieKindColour(lane.kind);
}

void TimelineRenderer::paint(QPainter &painter, const QRectF &target, const TimelineModel &model, const TimelineView &view)
{
    if (target.isEmpty() || view.toDay <= view.fromDay || view.rowHeight <= 0)
        return;
    painter.save();
    painter.setClipRect(target, Qt::IntersectClip);
    painter.setRenderHint(QPainter::Antialiasing, true);

    const QList<TimelineRow> &rows = model.rows();
    const int firstRow = std::max(0, int(std::floor(view.firstRow)));
    const int lastRow = std::min(int(rows.size()) - 1, int(std::ceil(view.rowAt(target, target.bottom()))));
    const double h = view.rowHeight;
    const double barInset = std::max(2.0, h * 0.2);
    QFont headingFont = painter.font();
    headingFont.setBold(true);
    // In a compact strip (an exported figure) rows are a few points high: the headings' text must
    // fit its row, or be left out when even a tiny font would not.
    const bool headingText = h >= 5;
    if (headingText && QFontMetricsF(headingFont).height() > h)
        headingFont.setPointSizeF(std::max(1.0, headingFont.pointSizeF() * h / QFontMetricsF(headingFont).height()));

    for (int r = firstRow; r <= lastRow; ++r) {
        const TimelineRow &row = rows[r];
        const double top = view.y(target, r);
        if (row.isHeading()) {
            painter.fillRect(QRectF(target.left(), top, target.width(), h), QColor(0xEE, 0xEE, 0xEA));
            if (!headingText)
                continue;
            painter.setPen(Palette::kText);
            painter.setFont(headingFont);
            painter.drawText(QRectF(target.left() + 6, top, target.width() - 12, h), Qt::AlignVCenter | Qt::AlignLeft,
                             TimelineModel::groupLabel(row.group, view.translator));
            continue;
        }
        const TimelineLane &lane = model.lanes()[row.lane];
        const bool selected = !view.selectedTie.isEmpty() && lane.tieId == view.selectedTie;
        if (selected) {
            QColor band = Palette::kYellow;
            band.setAlphaF(0.45f);
            painter.fillRect(QRectF(target.left(), top, target.width(), h), band);
        } else if (r % 2 == 0) {
            painter.fillRect(QRectF(target.left(), top, target.width(), h), QColor(0, 0, 0, 8));
        }
        const QColor colour = laneColour(lane);
        for (const TimelineBar &bar : lane.bars) {
            const double left = view.x(target, double(bar.fromDay));
            const double right = view.x(target, double(bar.toDay + 1));
            if (right < target.left() || left > target.right())
                continue;
            paintBar(painter, bar, { left, std::max(right, left + 1), top + barInset, top + h - barInset }, colour,
                     target, view, selected);
        }
        for (const TimelineMarker &marker : lane.markers) {
            const double left = view.x(target, double(marker.fromDay));
            const double right = view.x(target, double(marker.toDay + 1));
            if (right < target.left() - h || left > target.right() + h)
                continue;
            paintMarker(painter, marker, top, target, view);
        }
    }
    painter.restore();
}

void TimelineRenderer::paintDateAxis(QPainter &painter, const QRectF &box, const TimelineView &view, const QFont &font,
                                     Language language, double lineWidth)
{
    if (box.isEmpty() || view.toDay <= view.fromDay)
        return;
    painter.save();
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const TimeAxisTicks ticks = TimeAxis::ticks(view.fromDay, view.toDay, box.width(), metrics, language);
    const double tickLength = std::min(box.height() * 0.25, metrics.height() * 0.4);
    painter.setPen(QPen(Palette::kText, lineWidth));
    painter.drawLine(box.topLeft(), box.topRight());
    QPen minorPen(QColor(0, 0, 0, 90), lineWidth);
    painter.setPen(minorPen);
    for (double day : ticks.minor) {
        const double x = view.x(box, day);
        painter.drawLine(QPointF(x, box.top()), QPointF(x, box.top() + tickLength * 0.6));
    }
    painter.setPen(QPen(Palette::kText, lineWidth));
    for (const TimeAxisTick &tick : ticks.major) {
        const double x = view.x(box, tick.day);
        painter.drawLine(QPointF(x, box.top()), QPointF(x, box.top() + tickLength));
        const double w = metrics.horizontalAdvance(tick.label);
        const QRectF label(x - w / 2, box.top() + tickLength, w, box.height() - tickLength);
        if (label.left() >= box.left() && label.right() <= box.right())
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, tick.label);
    }
    painter.restore();
}

void TimelineRenderer::paintCursor(QPainter &painter, const QRectF &lanes, const TimelineView &view, QDate date, double lineWidth)
{
    const double x = view.x(lanes, static_cast<double>(date.toJulianDay()));
    if (x < lanes.left() || x > lanes.right())
        return;
    painter.save();
    painter.setPen(QPen(Palette::kVermillion, lineWidth));
    painter.drawLine(QPointF(x, lanes.top()), QPointF(x, lanes.bottom()));
    painter.restore();
}

TimelineRenderer::Hit TimelineRenderer::hitTest(const QRectF &target, const TimelineModel &model, const TimelineView &view, QPointF pos)
{
    Hit hit;
    if (!target.contains(pos) || view.toDay <= view.fromDay || view.rowHeight <= 0)
        return hit;
    const int r = int(std::floor(view.rowAt(target, pos.y())));
    if (r < 0 || r >= model.rows().size())
        return hit;
    hit.row = r;
    hit.lane = model.rows()[r].lane;
    if (hit.lane < 0)
        return hit;
    const TimelineLane &lane = model.lanes()[hit.lane];
    double best = kHitTolerancePx + diamondRadius(view) + 1;
    for (int m = 0; m < lane.markers.size(); ++m) {
        const TimelineMarker &marker = lane.markers[m];
        double left = view.x(target, double(marker.fromDay));
        double right = view.x(target, double(marker.toDay + 1));
        double tolerance = kHitTolerancePx;
        if (marker.precision == PartialDate::Precision::Day) {
            const double cx = view.x(target, double(marker.fromDay) + 0.5);
            left = right = cx;
            tolerance += diamondRadius(view);
        } else if (right - left < kMinSpanPx) {
            const double mid = (left + right) / 2;
            left = mid - kMinSpanPx / 2;
            right = mid + kMinSpanPx / 2;
        }
        const double distance = pos.x() < left ? left - pos.x() : (pos.x() > right ? pos.x() - right : 0);
        if (distance <= tolerance && distance < best) {
            best = distance;
            hit.marker = m;
        }
    }
    for (int b = 0; b < lane.bars.size(); ++b) {
        const TimelineBar &bar = lane.bars[b];
        if (view.x(target, double(bar.fromDay)) <= pos.x() && pos.x() <= view.x(target, double(bar.toDay + 1))) {
            hit.bar = b;
            break;
        }
    }
    return hit;
}

} // namespace atlas
