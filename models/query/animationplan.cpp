// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/animationplan.h"

#include "models/domain/dataset.h"

#include <QEasingCurve>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace atlas {

std::optional<AnimationStep> AnimationStep::parse(const QString &text)
{
    if (text == QLatin1String("events"))
        return AnimationStep { Unit::Events, 1 };
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,4})([dmy])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(1).toInt();
    if (count < 1 || count > 1000)
        return std::nullopt;
    const QChar unit = match.captured(2).at(0);
    return AnimationStep { unit == u'd' ? Unit::Day : unit == u'm' ? Unit::Month : Unit::Year, count };
}

QDate AnimationStep::after(QDate date) const
{
    switch (unit) {
    case Unit::Day: return date.addDays(count);
    case Unit::Month: return date.addMonths(count);
    case Unit::Year: return date.addYears(count);
    case Unit::Events: break;
    }
    return {};
}

QDate AnimationPlan::interpolate(QDate from, QDate to, double progress)
{
    const double eased = QEasingCurve(QEasingCurve::InOutCubic).valueForProgress(std::clamp(progress, 0.0, 1.0));
    return QDate::fromJulianDay(from.toJulianDay() + qint64(std::llround(eased * double(to.toJulianDay() - from.toJulianDay()))));
}

QList<AnimationFrame> AnimationPlan::frames(const Dataset &dataset, const Options &options, QString *error)
{
    QList<AnimationFrame> frames;
    auto fail = [&](const QString &message) {
        *error = message;
        return QList<AnimationFrame>();
    };
    if (!options.from.isValid() || !options.to.isValid())
        return fail(tr("the animation needs a valid start and end date"));
    if (options.from > options.to)
        return fail(tr("the start date %1 is after the end date %2")
                            .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    if (options.fps < 1 || options.fps > 120)
        return fail(tr("frame rate %1 is out of range (1 to 120 frames per second)").arg(options.fps));
    if (!(options.holdSeconds >= 0 && options.holdSeconds <= 60))
        return fail(tr("hold of %1 seconds is out of range (0 to 60)").arg(options.holdSeconds));
    if (!(options.transitionSeconds > 0 && options.transitionSeconds <= 60))
        return fail(tr("transition of %1 seconds is out of range (more than 0, at most 60)").arg(options.transitionSeconds));
    const auto tooLong = [&] {
        return tr("the animation would have more than %1 frames; choose a larger step or a shorter period").arg(kMaxFrames);
    };

    // What happened when: events and bookmarks in [from, to], one caption per day.
    QMap<QDate, QStringList> moments;
    for (const Event &event : dataset.events) {
        const QDate day = event.date.firstDay();
        if (day.isValid() && day >= options.from && day <= options.to)
            moments[day].append(event.text.text(options.language));
    }
    for (const Bookmark &bookmark : dataset.bookmarks) {
        const QDate day = bookmark.date.firstDay();
        if (day.isValid() && day >= options.from && day <= options.to)
            moments[day].prepend(bookmark.title.text(options.language));
    }
    const int holdFrames = int(std::lround(options.holdSeconds * options.fps));
    auto hold = [&](QDate day) {
        const QString caption = moments.value(day).join(QStringLiteral(" · "));
        for (int i = 0; i < holdFrames; ++i)
            frames.append({ day, caption });
    };

    if (options.step.unit == AnimationStep::Unit::Events) {
        QList<QDate> stops { options.from };
        for (auto it = moments.cbegin(); it != moments.cend(); ++it)
            if (it.key() > options.from && it.key() < options.to)
                stops.append(it.key());
        if (options.to > options.from)
            stops.append(options.to);
        const int transition = std::max(1, int(std::lround(options.transitionSeconds * options.fps)));
        frames.append({ options.from, {} });
        if (holdFrames > 0 && moments.contains(options.from))
            hold(options.from);
        for (qsizetype i = 1; i < stops.size(); ++i) {
            if (frames.size() + transition + holdFrames > kMaxFrames)
                return fail(tooLong());
            for (int f = 1; f <= transition; ++f)
                frames.append({ interpolate(stops[i - 1], stops[i], double(f) / transition), {} });
            if (holdFrames > 0 && moments.contains(stops[i]))
                hold(stops[i]);
        }
        return frames;
    }

    auto moment = moments.cbegin();
    for (QDate day = options.from; day.isValid() && day <= options.to; day = options.step.after(day)) {
        if (frames.size() >= kMaxFrames)
            return fail(tooLong());
        // Holds on what happened up to this frame's date, each at its own date, before the frame.
        for (; holdFrames > 0 && moment != moments.cend() && moment.key() <= day; ++moment) {
            if (moment.key() == day)
                break;
            hold(moment.key());
        }
        frames.append({ day, {} });
        if (holdFrames > 0 && moment != moments.cend() && moment.key() == day) {
            hold(day);
            ++moment;
        }
        if (frames.size() > kMaxFrames)
            return fail(tooLong());
    }
    for (; holdFrames > 0 && moment != moments.cend(); ++moment) // after the last step, up to the end date
        hold(moment.key());
    return frames;
}

} // namespace atlas
