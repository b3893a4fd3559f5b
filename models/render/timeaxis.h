// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QList>
#include <QString>

class QFontMetricsF;

namespace atlas {

/// A labelled tick of a date axis, at the start of Julian day \a day.
struct TimeAxisTick
{
    double day = 0;
    QString label;
};

/// The ticks of a date axis: labelled ones (on the first day of a year, month or day) and unlabelled
/// ones between them.
struct TimeAxisTicks
{
    QList<TimeAxisTick> major;
    QList<double> minor;
};

/**
 * The date axis's tick and label logic, one for the screen's timeline (its QCustomPlot ticker) and
 * for exported figures' timeline strips. Chooses the finest step among days, weeks, months, quarters
 * and 1–500 years whose labels, measured with the given font, fit side by side with a gap: labels
 * never overlap. Labels are PartialDate display strings at the step's precision ("1990", "Mar 1990",
 * "1990年3月"). Stateless.
 */
class TimeAxis
{
public:
    /// The ticks for days [\a fromDay, \a toDay] (Julian days, a day d covering [d, d + 1)) drawn
    /// across \a widthPx pixels with labels in \a metrics' font and \a language. Neighbouring labels,
    /// centred on their ticks, are at least gap(\a metrics) apart.
    static TimeAxisTicks ticks(double fromDay, double toDay, double widthPx, const QFontMetricsF &metrics,
                               Language language);
    /// The smallest space between two labels: one line height.
    static double gap(const QFontMetricsF &metrics);
};

} // namespace atlas
