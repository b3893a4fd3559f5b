// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/render/timeaxis.h"

#include "models/domain/partialdate.h"

#include <QDate>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace atlas {

namespace {

struct Step
{
    int days;
    int months;
    int years;
    double approxDays;
};

constexpr Step kSteps[] = { { 1, 0, 0, 1 },      { 2, 0, 0, 2 },      { 7, 0, 0, 7 },       { 0, 1, 0, 30.4 },
                            { 0, 3, 0, 91 },     { 0, 6, 0, 182 },    { 0, 0, 1, 365.25 },  { 0, 0, 2, 730.5 },
                            { 0, 0, 5, 1826 },   { 0, 0, 10, 3652 },  { 0, 0, 20, 7305 },   { 0, 0, 50, 18262 },
                            { 0, 0, 100, 36524 }, { 0, 0, 200, 73048 }, { 0, 0, 500, 182621 } };

/// The ticks of \a step in [fromDay, toDay], labelled.
TimeAxisTicks generate(const Step &step, double fromDay, double toDay, Language language)
{
    TimeAxisTicks out;
    const QDate first = QDate::fromJulianDay(qint64(std::floor(fromDay)));
    const QDate last = QDate::fromJulianDay(qint64(std::ceil(toDay)));
    if (!first.isValid() || !last.isValid())
        return out;
    const auto inRange = [&](QDate d) { return d.isValid() && double(d.toJulianDay()) >= fromDay && double(d.toJulianDay()) <= toDay; };
    const auto add = [&](QDate d, const PartialDate &label) {
        if (inRange(d))
            out.major.append({ double(d.toJulianDay()), label.displayString(language) });
    };
    const auto sub = [&](QDate d) {
        if (inRange(d))
            out.minor.append(double(d.toJulianDay()));
    };
    if (step.years > 0) {
        const int firstYear = first.year() - ((first.year() % step.years) + step.years) % step.years;
        for (int year = firstYear; year <= last.year(); year += step.years)
            add(QDate(year, 1, 1), PartialDate(year));
        if (step.years == 1) {
            for (int y = first.year(); y <= last.year(); ++y)
                for (int m = 4; m <= 12; m += 3)
                    sub(QDate(y, m, 1));
        } else {
            const int subYears = step.years <= 10 ? 1 : step.years / 10;
            for (int y = firstYear; y <= last.year(); y += subYears)
                if (y % step.years != 0)
                    sub(QDate(y, 1, 1));
        }
    } else if (step.months > 0) {
        for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(1)) {
            if ((d.month() - 1) % step.months == 0)
                add(d, d.month() == 1 && step.months > 1 ? PartialDate(d.year()) : PartialDate(d.year(), d.month()));
            else
                sub(d);
        }
    } else {
        for (QDate d = first; d <= last; d = d.addDays(1))
            if (step.days == 1 || d.toJulianDay() % step.days == 0)
                add(d, PartialDate(d.year(), d.month(), d.day()));
    }
    return out;
}

/// Whether neighbouring labels of \a ticks, centred on their ticks, keep \a gap pixels apart.
bool fits(const TimeAxisTicks &ticks, double fromDay, double pxPerDay, const QFontMetricsF &metrics, double gap)
{
    double previousRight = -1e300;
    for (const TimeAxisTick &tick : ticks.major) {
        const double x = (tick.day - fromDay) * pxPerDay;
        const double half = metrics.horizontalAdvance(tick.label) / 2;
        if (x - half < previousRight + gap)
            return false;
        previousRight = x + half;
    }
    return true;
}

} // namespace

double TimeAxis::gap(const QFontMetricsF &metrics)
{
    return metrics.height();
}

TimeAxisTicks TimeAxis::ticks(double fromDay, double toDay, double widthPx, const QFontMetricsF &metrics, Language language)
{
    const double span = toDay - fromDay;
    if (!(span > 0) || !(widthPx > 0))
        return {};
    const double pxPerDay = widthPx / span;
    const double spacing = gap(metrics);
    // No label is narrower than a year's: skip steps that could not fit before laying them out.
    const double narrowest = metrics.horizontalAdvance(QStringLiteral("1999")) + spacing;
    for (const Step &step : kSteps) {
        if (span / step.approxDays * narrowest > widthPx * 1.2)
            continue;
        TimeAxisTicks candidate = generate(step, fromDay, toDay, language);
        if (fits(candidate, fromDay, pxPerDay, metrics, spacing) || &step == &kSteps[std::size(kSteps) - 1])
            return candidate;
    }
    return generate(kSteps[std::size(kSteps) - 1], fromDay, toDay, language);
}

} // namespace atlas
