// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/query/timelinemodel.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace atlas {

class Translator;

/// What part of the timeline is shown in a target rectangle: days across, rows down.
/// Days are Julian days; day d covers [d, d + 1) horizontally, row r covers [r, r + 1) vertically.
struct TimelineView
{
    double fromDay = 0; //!< day at the target's left edge
    double toDay = 1;   //!< day at the target's right edge
    double firstRow = 0; //!< row at the target's top edge
    double rowHeight = 20; //!< pixels
    QString selectedTie;
    /// The group headings' words (a Scene's translator); nullptr: the application's installed translators.
    const Translator *translator = nullptr;

    double x(const QRectF &target, double day) const
    {
        return target.left() + (day - fromDay) / (toDay - fromDay) * target.width();
    }
    double dayAt(const QRectF &target, double x) const
    {
        return fromDay + (x - target.left()) / target.width() * (toDay - fromDay);
    }
    double y(const QRectF &target, double row) const { return target.top() + (row - firstRow) * rowHeight; }
    double rowAt(const QRectF &target, double y) const { return firstRow + (y - target.top()) / rowHeight; }
};

/**
 * Paints the timeline's lanes (group headings, bars by status, event markers at their precision,
 * the selected lane highlighted) into a rectangle. The timeline widget calls it from its plot and
 * export calls it through the same plot, so screen and figures agree. Stateless.
 */
class TimelineRenderer
{
public:
    struct Hit
    {
        int row = -1;
        int lane = -1;
        int bar = -1;    //!< index into the lane's bars
        int marker = -1; //!< index into the lane's markers (takes precedence over a bar)
    };

    static void paint(QPainter &painter, const QRectF &target, const TimelineModel &model, const TimelineView &view);
    /// What lies under \a pos (in the target's coordinates); markers within a few pixels count.
    static Hit hitTest(const QRectF &target, const TimelineModel &model, const TimelineView &view, QPointF pos);

    /// The date axis under lanes drawn with \a view: a base line along \a box's top, ticks and labels
    /// (TimeAxis, the screen axis's logic) in \a font and \a language. A label that would leave \a box
    /// sideways is left out (its tick stays). \a lineWidth in the painter's units.
    static void paintDateAxis(QPainter &painter, const QRectF &box, const TimelineView &view, const QFont &font,
                              Language language, double lineWidth);
    /// The date cursor: a vertical line at the start of \a date across \a lanes.
    static void paintCursor(QPainter &painter, const QRectF &lanes, const TimelineView &view, QDate date, double lineWidth);

    /// The colour of a lane's bars.
    static QColor laneColour(const TimelineLane &lane);
};

} // namespace atlas
