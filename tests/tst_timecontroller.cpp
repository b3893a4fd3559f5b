// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/timecontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace atlas;

class tst_TimeController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void step_data();
    void step();
    void clampsToRange();
    void previousAndNextDate_data();
    void previousAndNextDate();
    void stepToEvents();
    void advanceCarriesFractions();
    void advanceStopsAtTheEnd();
    void advanceLoops();
    void playStartsOverAtTheEnd();
    void playAdvancesTheDate();
    void settersEmitOnChange();
    void animateToArrivesThroughIntermediateDates();
    void animateToWithoutDurationJumps();
    void animateToClampsAndStopsPlay();
    void newMotionCancelsAnimation();

private:
    TimeController mTime;
};

void tst_TimeController::init()
{
    mTime.stopAnimation();
    mTime.setPlaying(false);
    mTime.setLoop(false);
    mTime.setSpeed(1);
    mTime.setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    mTime.setDate(QDate(2000, 1, 31));
}

void tst_TimeController::step_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("day forward") << "day" << 1 << QDate(2000, 2, 1);
    QTest::newRow("day back") << "day" << -1 << QDate(2000, 1, 30);
    QTest::newRow("month keeps the day where it can") << "month" << 1 << QDate(2000, 2, 29);
    QTest::newRow("month back") << "month" << -1 << QDate(1999, 12, 31);
    QTest::newRow("year") << "year" << 1 << QDate(2001, 1, 31);
    QTest::newRow("ten years back") << "year" << -10 << QDate(1990, 1, 31);
    QTest::newRow("clamped at the end") << "year" << 100 << QDate(2025, 12, 31);
    QTest::newRow("clamped at the start") << "month" << -1000 << QDate(1945, 1, 1);
}

void tst_TimeController::step()
{
    QFETCH(QString, unit);
    QFETCH(int, count);
    QFETCH(QDate, expected);
    QSignalSpy spy(&mTime, &TimeController::dateChanged);
    if (unit == u"day")
        mTime.stepDays(count);
    else if (unit == u"month")
        mTime.stepMonths(count);
    else
        mTime.stepYears(count);
    QCOMPARE(mTime.date(), expected);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toDate(), expected);
}

void tst_TimeController::clampsToRange()
{
    mTime.goToMaximum();
    QSignalSpy spy(&mTime, &TimeController::dateChanged);
    mTime.stepDays(1);
    QCOMPARE(mTime.date(), QDate(2025, 12, 31));
    QCOMPARE(spy.count(), 0); // no change, no signal
    mTime.goToMinimum();
    QCOMPARE(mTime.date(), QDate(1945, 1, 1));
    mTime.setRange(QDate(1950, 1, 1), QDate(1960, 1, 1));
    QCOMPARE(mTime.date(), QDate(1950, 1, 1));
}

void tst_TimeController::previousAndNextDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("previous");
    QTest::addColumn<QDate>("next");

    QTest::newRow("before all") << QDate(1940, 1, 1) << QDate() << QDate(1951, 9, 8);
    QTest::newRow("on a date") << QDate(1986, 1, 1) << QDate(1951, 9, 8) << QDate(2007, 5, 1);
    QTest::newRow("between") << QDate(2000, 1, 1) << QDate(1986, 1, 1) << QDate(2007, 5, 1);
    QTest::newRow("after all") << QDate(2030, 1, 1) << QDate(2007, 5, 1) << QDate();
}

void tst_TimeController::previousAndNextDate()
{
    QFETCH(QDate, date);
    QFETCH(QDate, previous);
    QFETCH(QDate, next);
    const QList<QDate> dates { QDate(1951, 9, 8), QDate(1986, 1, 1), QDate(2007, 5, 1) };
    QCOMPARE(TimeController::previousDate(dates, date), previous);
    QCOMPARE(TimeController::nextDate(dates, date), next);
}

void tst_TimeController::stepToEvents()
{
    const QList<QDate> dates { QDate(1951, 9, 8), QDate(1986, 1, 1), QDate(2007, 5, 1) };
    QVERIFY(mTime.stepToNextDate(dates));
    QCOMPARE(mTime.date(), QDate(2007, 5, 1));
    QVERIFY(!mTime.stepToNextDate(dates));
    QCOMPARE(mTime.date(), QDate(2007, 5, 1));
    QVERIFY(mTime.stepToPreviousDate(dates));
    QVERIFY(mTime.stepToPreviousDate(dates));
    QCOMPARE(mTime.date(), QDate(1951, 9, 8));
    QVERIFY(!mTime.stepToPreviousDate(dates));
}

void tst_TimeController::advanceCarriesFractions()
{
    mTime.setDate(QDate(2000, 1, 1));
    mTime.setSpeed(1);
    mTime.advance(1.0); // 365.2425 days: 365 now, the fraction carried
    QCOMPARE(mTime.date(), QDate(2000, 1, 1).addDays(365));
    for (int i = 0; i < 3; ++i)
        mTime.advance(1.0);
    QCOMPARE(mTime.date(), QDate(2000, 1, 1).addDays(1460)); // 4 × 365.2425 = 1460.97
    mTime.advance(0.001); // 0.97 + 0.365 carries over one more day
    QCOMPARE(mTime.date(), QDate(2000, 1, 1).addDays(1461));
    mTime.setSpeed(5);
    mTime.advance(0.2); // one year
    QCOMPARE(mTime.date(), QDate(2000, 1, 1).addDays(1461 + 365));
}

void tst_TimeController::advanceStopsAtTheEnd()
{
    mTime.setDate(QDate(2025, 12, 1));
    mTime.setPlaying(true);
    QSignalSpy playing(&mTime, &TimeController::playingChanged);
    mTime.advance(0.5);
    QCOMPARE(mTime.date(), QDate(2025, 12, 31)); // the last day is shown
    QVERIFY(mTime.isPlaying());
    mTime.advance(0.5);
    QCOMPARE(mTime.date(), QDate(2025, 12, 31));
    QVERIFY(!mTime.isPlaying());
    QCOMPARE(playing.count(), 1);
}

void tst_TimeController::advanceLoops()
{
    mTime.setLoop(true);
    mTime.setDate(QDate(2025, 12, 1));
    mTime.setPlaying(true);
    mTime.advance(0.5);
    QCOMPARE(mTime.date(), QDate(2025, 12, 31));
    mTime.advance(0.5);
    QCOMPARE(mTime.date(), QDate(1945, 1, 1));
    QVERIFY(mTime.isPlaying());
    mTime.setPlaying(false);
}

void tst_TimeController::playStartsOverAtTheEnd()
{
    mTime.goToMaximum();
    mTime.setPlaying(true);
    QCOMPARE(mTime.date(), QDate(1945, 1, 1));
    mTime.setPlaying(false);
}

void tst_TimeController::playAdvancesTheDate()
{
    mTime.setDate(QDate(1960, 1, 1));
    mTime.setSpeed(10);
    mTime.setTickInterval(5);
    QSignalSpy spy(&mTime, &TimeController::dateChanged);
    mTime.setPlaying(true);
    QTRY_VERIFY(spy.count() >= 3);
    mTime.setPlaying(false);
    QVERIFY(mTime.date() > QDate(1960, 1, 1));
    const int count = int(spy.count());
    QTest::qWait(50);
    QCOMPARE(spy.count(), count); // paused: no more ticks
}

void tst_TimeController::settersEmitOnChange()
{
    QSignalSpy speed(&mTime, &TimeController::speedChanged);
    QSignalSpy loop(&mTime, &TimeController::loopChanged);
    mTime.setSpeed(2);
    mTime.setSpeed(2);
    mTime.setSpeed(0);  // rejected
    mTime.setSpeed(-1); // rejected
    QCOMPARE(mTime.speed(), 2.0);
    QCOMPARE(speed.count(), 1);
    mTime.setLoop(true);
    mTime.setLoop(true);
    QCOMPARE(loop.count(), 1);
}

void tst_TimeController::animateToArrivesThroughIntermediateDates()
{
    const QDate start = mTime.date();
    const QDate target(1960, 6, 15);
    QSignalSpy dates(&mTime, &TimeController::dateChanged);
    QSignalSpy finished(&mTime, &TimeController::animationFinished);
    mTime.animateTo(target, 2000);
    QVERIFY(mTime.isAnimating());
    QCOMPARE(mTime.animationTarget(), target);
    QCOMPARE(mTime.date(), start); // it moves along the way, not at once
    QTRY_VERIFY_WITH_TIMEOUT(!mTime.isAnimating(), 20000);
    QCOMPARE(mTime.date(), target); // lands exactly on the date
    QCOMPARE(finished.count(), 1);
    QVERIFY(!mTime.animationTarget().isValid());
    QVERIFY2(dates.count() >= 2, "no intermediate date");
    QDate previous = start;
    for (const QList<QVariant> &args : std::as_const(dates)) {
        const QDate d = args.first().toDate();
        QVERIFY2(target <= d && d <= start, qPrintable(d.toString(Qt::ISODate)));
        QVERIFY(d < previous); // only forward in the direction of travel
        previous = d;
    }
    QCOMPARE(dates.last().first().toDate(), target);
}

void tst_TimeController::animateToWithoutDurationJumps()
{
    QSignalSpy dates(&mTime, &TimeController::dateChanged);
    QSignalSpy finished(&mTime, &TimeController::animationFinished);
    mTime.animateTo(QDate(1970, 1, 1), 0);
    QVERIFY(!mTime.isAnimating());
    QCOMPARE(mTime.date(), QDate(1970, 1, 1));
    QCOMPARE(dates.count(), 1);
    QCOMPARE(finished.count(), 1);
    mTime.animateTo(QDate(1970, 1, 1)); // already there
    QVERIFY(!mTime.isAnimating());
    QCOMPARE(dates.count(), 1);
    QCOMPARE(finished.count(), 2);
}

void tst_TimeController::animateToClampsAndStopsPlay()
{
    mTime.setPlaying(true);
    mTime.animateTo(QDate(2100, 1, 1), 200);
    QVERIFY(!mTime.isPlaying());
    QCOMPARE(mTime.animationTarget(), QDate(2025, 12, 31));
    QTRY_VERIFY_WITH_TIMEOUT(!mTime.isAnimating(), 20000);
    QCOMPARE(mTime.date(), QDate(2025, 12, 31));
}

void tst_TimeController::newMotionCancelsAnimation()
{
    QSignalSpy finished(&mTime, &TimeController::animationFinished);
    const QDate start = mTime.date();

    // A typed date (setDate) during the animation wins and stays.
    mTime.animateTo(QDate(1950, 1, 1), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(mTime.date() != start, 20000);
    mTime.setDate(QDate(1990, 5, 5));
    QVERIFY(!mTime.isAnimating());
    QTest::qWait(50);
    QCOMPARE(mTime.date(), QDate(1990, 5, 5));

    // A step does too.
    mTime.animateTo(QDate(1950, 1, 1), 60000);
    mTime.stepDays(1);
    QVERIFY(!mTime.isAnimating());
    QCOMPARE(mTime.date(), QDate(1990, 5, 6));

    // Play does.
    mTime.animateTo(QDate(1950, 1, 1), 60000);
    mTime.setPlaying(true);
    QVERIFY(!mTime.isAnimating());
    mTime.setPlaying(false);

    // A new animation replaces the running one and starts from where the date is.
    mTime.animateTo(QDate(1950, 1, 1), 60000);
    mTime.animateTo(QDate(2010, 1, 1), 300);
    QCOMPARE(mTime.animationTarget(), QDate(2010, 1, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!mTime.isAnimating(), 20000);
    QCOMPARE(mTime.date(), QDate(2010, 1, 1));
    QCOMPARE(finished.count(), 1); // only the one that arrived

    // Stopping leaves the date where it is.
    mTime.animateTo(QDate(1950, 1, 1), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(mTime.date() != QDate(2010, 1, 1), 20000);
    mTime.stopAnimation();
    const QDate stopped = mTime.date();
    QVERIFY(stopped > QDate(1950, 1, 1));
    QTest::qWait(50);
    QCOMPARE(mTime.date(), stopped);
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(tst_TimeController)
#include "tst_timecontroller.moc"
