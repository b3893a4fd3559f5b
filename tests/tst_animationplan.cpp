// SPDX-License-Identifier: GPL-3.0-or-later
// The frames of an animated export: steps, limits, holds on events and bookmarks, eased moves between events.
#include "models/domain/dataset.h"
#include "models/query/animationplan.h"

#include <QTest>

using namespace atlas;

namespace {

Dataset datasetWithEvents()
{
    Dataset dataset;
    Event signing;
    signing.id = "e1";
    signing.date = PartialDate(1951, 9, 8);
    signing.text = { "San Francisco treaties signed", "旧金山诸条约签署" };
    Event aukus;
    aukus.id = "e2";
    aukus.date = PartialDate(2021, 9, 15);
    aukus.text = { "AUKUS announced", "AUKUS 宣布" };
    dataset.events = { signing, aukus };
    Bookmark bookmark;
    bookmark.id = "b1";
    bookmark.date = PartialDate(2021, 9, 15);
    bookmark.title = { "AUKUS", "AUKUS" };
    dataset.bookmarks = { bookmark };
    return dataset;
}

bool nonDecreasing(const QList<AnimationFrame> &frames)
{
    for (qsizetype i = 1; i < frames.size(); ++i)
        if (frames[i].date < frames[i - 1].date)
            return false;
    return true;
}

} // namespace

class TestAnimationPlan : public QObject
{
    Q_OBJECT

private slots:
    void parsesSteps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        QTest::newRow("1d") << "1d" << true << int(AnimationStep::Unit::Day) << 1;
        QTest::newRow("6m") << "6m" << true << int(AnimationStep::Unit::Month) << 6;
        QTest::newRow("5y") << "5y" << true << int(AnimationStep::Unit::Year) << 5;
        QTest::newRow("events") << "events" << true << int(AnimationStep::Unit::Events) << 1;
        QTest::newRow("zero") << "0y" << false << 0 << 0;
        QTest::newRow("huge") << "2147483647y" << false << 0 << 0;
        QTest::newRow("1001y") << "1001y" << false << 0 << 0;
        QTest::newRow("week") << "1w" << false << 0 << 0;
        QTest::newRow("negative") << "-1y" << false << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0;
        QTest::newRow("unit only") << "y" << false << 0 << 0;
    }

    void parsesSteps()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto step = AnimationStep::parse(text);
        QCOMPARE(step.has_value(), valid);
        if (valid) {
            QFETCH(int, unit);
            QFETCH(int, count);
            QCOMPARE(int(step->unit), unit);
            QCOMPARE(step->count, count);
        }
    }

    void oneFramePerMonth()
    {
        QString error;
        const auto frames = AnimationPlan::frames(Dataset(), { QDate(1945, 1, 1), QDate(2025, 12, 1), *AnimationStep::parse("1m") }, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(frames.size(), 972);
        QCOMPARE(frames.first().date, QDate(1945, 1, 1));
        QCOMPARE(frames.last().date, QDate(2025, 12, 1));
        QVERIFY(nonDecreasing(frames));
    }

    void refusesBadRanges()
    {
        QString error;
        QVERIFY(AnimationPlan::frames(Dataset(), { QDate(2000, 1, 1), QDate(1990, 1, 1), {} }, &error).isEmpty());
        QVERIFY(error.contains("2000-01-01"));
        error.clear();
        QVERIFY(AnimationPlan::frames(Dataset(), { QDate(1000, 1, 1), QDate(2900, 1, 1), *AnimationStep::parse("1d") }, &error).isEmpty());
        QVERIFY(error.contains("frames"));
        error.clear();
        AnimationPlan::Options options { QDate(2000, 1, 1), QDate(2001, 1, 1), {} };
        options.fps = 0;
        QVERIFY(AnimationPlan::frames(Dataset(), options, &error).isEmpty());
        QVERIFY(error.contains("frame rate"));
    }

    void holdsOnEventsAndBookmarks()
    {
        AnimationPlan::Options options { QDate(1950, 1, 1), QDate(2025, 1, 1), *AnimationStep::parse("1y") };
        options.fps = 10;
        options.holdSeconds = 1.5;
        QString error;
        const auto frames = AnimationPlan::frames(datasetWithEvents(), options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(frames.size(), 76 + 2 * 15);
        QVERIFY(nonDecreasing(frames));
        const auto held = [&](const QString &text) {
            return std::count_if(frames.cbegin(), frames.cend(), [&](const AnimationFrame &f) { return f.caption == text; });
        };
        QCOMPARE(held("San Francisco treaties signed"), 15);
        QCOMPARE(held("AUKUS · AUKUS announced"), 15); // the bookmark's title first
        const auto first = std::find_if(frames.cbegin(), frames.cend(), [](const AnimationFrame &f) { return !f.caption.isEmpty(); });
        QCOMPARE(first->date, QDate(1951, 9, 8));

        options.language = Language::Chinese;
        QVERIFY(AnimationPlan::frames(datasetWithEvents(), options, &error).contains(AnimationFrame { QDate(1951, 9, 8), "旧金山诸条约签署" }));
    }

    void easesBetweenEvents()
    {
        AnimationPlan::Options options { QDate(1950, 1, 1), QDate(2025, 1, 1), *AnimationStep::parse("events") };
        options.fps = 20;
        options.transitionSeconds = 1;
        QString error;
        const auto frames = AnimationPlan::frames(datasetWithEvents(), options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // from, then 20 frames to each of the two event dates and to the end.
        QCOMPARE(frames.size(), 1 + 3 * 20);
        QCOMPARE(frames[0].date, QDate(1950, 1, 1));
        QCOMPARE(frames[20].date, QDate(1951, 9, 8));
        QCOMPARE(frames[40].date, QDate(2021, 9, 15));
        QCOMPARE(frames.last().date, QDate(2025, 1, 1));
        QVERIFY(nonDecreasing(frames));
        // Eased: the first step of a move is shorter than the middle one.
        const qint64 firstStep = frames[21].date.toJulianDay() - frames[20].date.toJulianDay();
        const qint64 middleStep = frames[31].date.toJulianDay() - frames[30].date.toJulianDay();
        QVERIFY(firstStep < middleStep);
        QCOMPARE(AnimationPlan::interpolate(QDate(2000, 1, 1), QDate(2000, 1, 31), 0.5), QDate(2000, 1, 16));
    }
};

QTEST_GUILESS_MAIN(TestAnimationPlan)
#include "tst_animationplan.moc"
