// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/timecontroller.h"

#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace atlas {

namespace {
constexpr double kDaysPerYear = 365.2425;
}

TimeController::TimeController(QObject *parent)
    : QObject(parent)
    , mMinimum(1945, 1, 1)
    , mMaximum(QDate::currentDate())
    , mDate(mMaximum)
    , mTimer(new QTimer(this))
    , mAnimation(new QVariantAnimation(this))
{
    mTimer->setInterval(16);
    mTimer->setTimerType(Qt::PreciseTimer);
    connect(mTimer, &QTimer::timeout, this, &TimeController::tick);
    // Julian days as doubles: QVariantAnimation interpolates double, not qint64.
    connect(mAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        if (mAnimation->state() == QAbstractAnimation::Running)
            applyDate(QDate::fromJulianDay(qRound64(value.toDouble())));
    });
    connect(mAnimation, &QVariantAnimation::finished, this, [this] {
        applyDate(mTarget); // exactly on the date, whatever the last frame showed
        emit animationFinished();
    });
}

void TimeController::setDate(QDate date)
{
    if (!date.isValid())
        return;
    stopAnimation();
    applyDate(date);
}

void TimeController::animateTo(QDate date, int durationMs, const QEasingCurve &easing)
{
    if (!date.isValid())
        return;
    stopAnimation();
    setPlaying(false);
    mTarget = std::clamp(date, mMinimum, mMaximum);
    if (durationMs <= 0 || mTarget == mDate) {
        applyDate(mTarget);
        emit animationFinished();
        return;
    }
    mAnimation->setStartValue(double(mDate.toJulianDay()));
    mAnimation->setEndValue(double(mTarget.toJulianDay()));
    mAnimation->setDuration(durationMs);
    mAnimation->setEasingCurve(easing);
    mAnimation->start();
}

bool TimeController::isAnimating() const
{
    return mAnimation->state() == QAbstractAnimation::Running;
}

void TimeController::stopAnimation()
{
    mAnimation->stop();
}

void TimeController::applyDate(QDate date)
{
    date = std::clamp(date, mMinimum, mMaximum);
    if (date == mDate)
        return;
    mDate = date;
    emit dateChanged(mDate);
}

void TimeController::setRange(QDate minimum, QDate maximum)
{
    if (!minimum.isValid() || !maximum.isValid() || maximum < minimum)
        return;
    if (minimum == mMinimum && maximum == mMaximum)
        return;
    mMinimum = minimum;
    mMaximum = maximum;
    emit rangeChanged(mMinimum, mMaximum);
    applyDate(mDate);
}

void TimeController::stepDays(int days)
{
    setDate(mDate.addDays(days));
}

void TimeController::stepMonths(int months)
{
    setDate(mDate.addMonths(months));
}

void TimeController::stepYears(int years)
{
    setDate(mDate.addYears(years));
}

QDate TimeController::previousDate(const QList<QDate> &sortedDates, QDate date)
{
    const auto it = std::lower_bound(sortedDates.cbegin(), sortedDates.cend(), date);
    return it == sortedDates.cbegin() ? QDate() : *std::prev(it);
}

QDate TimeController::nextDate(const QList<QDate> &sortedDates, QDate date)
{
    const auto it = std::upper_bound(sortedDates.cbegin(), sortedDates.cend(), date);
    return it == sortedDates.cend() ? QDate() : *it;
}

bool TimeController::stepToPreviousDate(const QList<QDate> &sortedDates)
{
    const QDate target = previousDate(sortedDates, mDate);
    if (!target.isValid() || target < mMinimum)
        return false;
    setDate(target);
    return true;
}

bool TimeController::stepToNextDate(const QList<QDate> &sortedDates)
{
    const QDate target = nextDate(sortedDates, mDate);
    if (!target.isValid() || target > mMaximum)
        return false;
    setDate(target);
    return true;
}

void TimeController::setPlaying(bool playing)
{
    if (playing == mPlaying)
        return;
    mPlaying = playing;
    mCarryDays = 0;
    if (mPlaying) {
        stopAnimation();
        if (mDate >= mMaximum)
            setDate(mMinimum);
        mClock.start();
        mTimer->start();
    } else {
        mTimer->stop();
    }
    emit playingChanged(mPlaying);
}

void TimeController::setSpeed(double yearsPerSecond)
{
    if (!(yearsPerSecond > 0) || yearsPerSecond == mSpeed)
        return;
    mSpeed = yearsPerSecond;
    emit speedChanged(mSpeed);
}

void TimeController::setLoop(bool loop)
{
    if (loop == mLoop)
        return;
    mLoop = loop;
    emit loopChanged(mLoop);
}

int TimeController::tickInterval() const
{
    return mTimer->interval();
}

void TimeController::setTickInterval(int milliseconds)
{
    mTimer->setInterval(std::max(1, milliseconds));
}

void TimeController::advance(double seconds)
{
    if (!(seconds > 0))
        return;
    const double days = mCarryDays + seconds * mSpeed * kDaysPerYear;
    const double whole = std::floor(days);
    mCarryDays = days - whole;
    if (whole < 1)
        return;
    const qint64 target = mDate.toJulianDay() + static_cast<qint64>(whole);
    if (target <= mMaximum.toJulianDay()) {
        setDate(QDate::fromJulianDay(target));
        return;
    }
    // Past the end: show the last day once, then wrap (loop) or stop.
    if (mDate < mMaximum) {
        setDate(mMaximum);
        return;
    }
    mCarryDays = 0;
    if (mLoop)
        setDate(mMinimum);
    else
        setPlaying(false);
}

void TimeController::tick()
{
    const qint64 ns = mClock.nsecsElapsed();
    mClock.start();
    advance(static_cast<double>(ns) / 1e9);
}

} // namespace atlas
