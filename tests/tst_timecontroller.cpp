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

private:
    TimeController mTime;
};

void tst_TimeController::init()
{
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

QTEST_GUILESS_MAIN(tst_TimeController)
#include "tst_timecontroller.moc"
