// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QEasingCurve>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;
class QVariantAnimation;

namespace atlas {

/// The current date of every view (QGIS's temporal controller idea): views set it and follow
/// dateChanged; none writes to another. Holds the date range the views span and the play state
/// (playing, speed in years per second, loop): while playing, a timer advances the date.
/// The one time driver: every motion of the date (drag, keys, play, typed dates, bookmarks,
/// presentation steps, view files) goes through it, animated ones through animateTo().
class TimeController : public QObject
{
    Q_OBJECT

public:
    explicit TimeController(QObject *parent = nullptr);

    QDate date() const { return mDate; }
    QDate minimum() const { return mMinimum; }
    QDate maximum() const { return mMaximum; }

    /// Clamps \a date into [minimum, maximum]; emits dateChanged when it changes. Cancels a running
    /// animation (the new date wins). \see date()
    void setDate(QDate date);

    /// Moves the date to \a date (clamped) over \a durationMs milliseconds along \a easing, emitting
    /// dateChanged for the days passed on the way, and lands exactly on it; then animationFinished.
    /// Stops playback. A later setDate(), step, animateTo() or play cancels it where it is.
    /// A duration <= 0 or the current date: setDate() at once (and animationFinished).
    void animateTo(QDate date, int durationMs = kDefaultAnimationMs,
                   const QEasingCurve &easing = QEasingCurve(QEasingCurve::InOutCubic));
    bool isAnimating() const;
    /// Stops a running animation where it is (no animationFinished).
    void stopAnimation();
    /// The date a running animation is heading for; invalid when none runs.
    QDate animationTarget() const { return isAnimating() ? mTarget : QDate(); }
    static constexpr int kDefaultAnimationMs = 1500;
    void setRange(QDate minimum, QDate maximum);

    /// Move the date by whole days, calendar months or years (negative: back), clamped to the range.
    /// Months and years keep the day of month where it exists (31 Jan + 1 month = 28/29 Feb).
    void stepDays(int days);
    void stepMonths(int months);
    void stepYears(int years);
    void goToMinimum() { setDate(mMinimum); }
    void goToMaximum() { setDate(mMaximum); }

    /// The last date in \a sortedDates strictly before / first strictly after \a date; invalid if none.
    static QDate previousDate(const QList<QDate> &sortedDates, QDate date);
    static QDate nextDate(const QList<QDate> &sortedDates, QDate date);
    /// Jumps to the previous / next of \a sortedDates (e.g. the event dates); false if there is none.
    bool stepToPreviousDate(const QList<QDate> &sortedDates);
    bool stepToNextDate(const QList<QDate> &sortedDates);

    bool isPlaying() const { return mPlaying; }
    /// Starts or stops the timer. Starting at the maximum restarts from the minimum; starting
    /// cancels a running animation.
    /// \see playingChanged
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!mPlaying); }

    /// Playback speed in years per second (> 0). \see setSpeed
    double speed() const { return mSpeed; }
    void setSpeed(double yearsPerSecond);

    /// Whether playback wraps to the minimum at the maximum (otherwise it stops there).
    bool loops() const { return mLoop; }
    void setLoop(bool loop);

    /// Advances the date as playback would after \a seconds of wall time (fractions of a day carry
    /// over to the next call); wraps or stops at the maximum. The timer calls this on every tick.
    void advance(double seconds);

    /// Milliseconds between playback ticks (default 16, about 60 per second).
    int tickInterval() const;
    void setTickInterval(int milliseconds);

signals:
    void dateChanged(QDate date);
    void rangeChanged(QDate minimum, QDate maximum);
    void playingChanged(bool playing);
    void speedChanged(double yearsPerSecond);
    void loopChanged(bool loop);
    /// An animateTo() arrived at its date (not emitted when it is cancelled).
    void animationFinished();

private:
    void tick();
    /// Sets the date without cancelling the animation (the animation's own steps).
    void applyDate(QDate date);

    QDate mMinimum;
    QDate mMaximum;
    QDate mDate;
    bool mPlaying = false;
    double mSpeed = 1.0;
    bool mLoop = false;
    double mCarryDays = 0; //!< fraction of a day not yet applied by advance()
    QTimer *mTimer = nullptr;
    QElapsedTimer mClock; //!< wall time since the last tick: ticks may arrive late under load
    QVariantAnimation *mAnimation = nullptr; //!< animates the Julian day as a double
    QDate mTarget;                           //!< where the running animation lands
};

} // namespace atlas
