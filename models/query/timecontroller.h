// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

namespace atlas {

/// The current date of every view (QGIS's temporal controller idea): views set it and follow
/// dateChanged; none writes to another. Holds the date range the views span and the play state
/// (playing, speed in years per second, loop): while playing, a timer advances the date.
class TimeController : public QObject
{
    Q_OBJECT

public:
    explicit TimeController(QObject *parent = nullptr);

    QDate date() const { return mDate; }
    QDate minimum() const { return mMinimum; }
    QDate maximum() const { return mMaximum; }

    /// Clamps \a date into [minimum, maximum]; emits dateChanged when it changes. \see date()
    void setDate(QDate date);
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
    /// Starts or stops the timer. Starting at the maximum restarts from the minimum.
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

private:
    void tick();

    QDate mMinimum;
    QDate mMaximum;
    QDate mDate;
    bool mPlaying = false;
    double mSpeed = 1.0;
    bool mLoop = false;
    double mCarryDays = 0; //!< fraction of a day not yet applied by advance()
    QTimer *mTimer = nullptr;
    QElapsedTimer mClock; //!< wall time since the last tick: ticks may arrive late under load
};

} // namespace atlas
