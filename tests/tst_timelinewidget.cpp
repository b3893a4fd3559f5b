// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/timelinewidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <qcustomplot.h>

using namespace atlas;

class tst_TimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dragMovesTheDateWhileMoving();
    void cursorMoveReplotsOnlyTheCursorLayer();
    void keyboardSteps_data();
    void keyboardSteps();
    void clickingAnEventSelectsItsTie();
    void clickingABarSelectsItsTie();
    void typedDateSetsTheDate();
    void playAdvancesTheDate();
    void lanesFollowTheToggles();
    void wheelZoomsOnlyTheDates();
    void eraPresetsSetTheDateAxis();
    void aDateOutsideTheAxisBringsItsEra();
    void fittedLanesShowEveryRow();
    void fontScalesTheRows();

private:
    QCustomPlot *plot() const { return mWidget->findChild<QCustomPlot *>(QStringLiteral("timelinePlot")); }
    TimeController *time() const { return mDocument->time(); }

    AtlasDocument *mDocument = nullptr;
    TimelineWidget *mWidget = nullptr;
};

void tst_TimelineWidget::init()
{
    mDocument = new AtlasDocument;
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json"));
    QVERIFY(result.dataset);
    mDocument->setDataset(std::move(*result.dataset));
    mDocument->time()->setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    mWidget = new TimelineWidget(mDocument);
    mWidget->resize(1200, 420);
    mWidget->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWidget));
    QVERIFY(plot());
    mWidget->resetZoom(); // the tests place dates over the whole range, not the default era's
    QCoreApplication::processEvents(); // its queued replot
    plot()->replot(); // lay out now so positions are final
    plot()->replot();
}

void tst_TimelineWidget::cleanup()
{
    delete mWidget;
    delete mDocument;
}

void tst_TimelineWidget::dragMovesTheDateWhileMoving()
{
    QSignalSpy spy(time(), &TimeController::dateChanged);
    QTest::mousePress(plot(), Qt::LeftButton, {}, mWidget->plotPosition(QDate(1960, 7, 1))); // mid-year: a pixel spans weeks
    QCOMPARE(time()->date().year(), 1960);
    int previous = int(spy.count());
    for (int year = 1962; year <= 1990; year += 2) {
        QTest::mouseMove(plot(), mWidget->plotPosition(QDate(year, 7, 1)));
        QCOMPARE(time()->date().year(), year); // the controller follows each move, not only the release
        QVERIFY(spy.count() > previous);
        previous = int(spy.count());
    }
    QVERIFY(spy.count() >= 15);
    QTest::mouseRelease(plot(), Qt::LeftButton, {}, mWidget->plotPosition(QDate(1990, 7, 1)));
    QCOMPARE(time()->date().year(), 1990);
    QCOMPARE(mDocument->selection().kind, Selection::Kind::None); // a drag selects nothing
}

void tst_TimelineWidget::cursorMoveReplotsOnlyTheCursorLayer()
{
    QSignalSpy fullReplots(plot(), &QCustomPlot::afterReplot);
    time()->setDate(QDate(1970, 1, 1));
    time()->setDate(QDate(1971, 1, 1));
    QCoreApplication::processEvents();
    QCOMPARE(fullReplots.count(), 0);
    QCPLayer *cursor = plot()->layer(QStringLiteral("cursor"));
    QVERIFY(cursor);
    QCOMPARE(cursor->mode(), QCPLayer::lmBuffered);
}

void tst_TimelineWidget::keyboardSteps_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("right: a day") << int(Qt::Key_Right) << int(Qt::NoModifier) << QDate(2000, 1, 16);
    QTest::newRow("left: a day back") << int(Qt::Key_Left) << int(Qt::NoModifier) << QDate(2000, 1, 14);
    QTest::newRow("shift: a month") << int(Qt::Key_Right) << int(Qt::ShiftModifier) << QDate(2000, 2, 15);
    QTest::newRow("ctrl: a year") << int(Qt::Key_Left) << int(Qt::ControlModifier) << QDate(1999, 1, 15);
    QTest::newRow("page down: next event") << int(Qt::Key_PageDown) << int(Qt::NoModifier) << QDate(2007, 5, 1);
    QTest::newRow("page up: previous event (year precision)") << int(Qt::Key_PageUp) << int(Qt::NoModifier) << QDate(1986, 1, 1);
    QTest::newRow("home") << int(Qt::Key_Home) << int(Qt::NoModifier) << QDate(1945, 1, 1);
    QTest::newRow("end") << int(Qt::Key_End) << int(Qt::NoModifier) << QDate(2025, 12, 31);
}

void tst_TimelineWidget::keyboardSteps()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QDate, expected);
    time()->setDate(QDate(2000, 1, 15));
    QTest::keyClick(plot(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(time()->date(), expected);
}

void tst_TimelineWidget::clickingAnEventSelectsItsTie()
{
    QSignalSpy selection(mDocument, &AtlasDocument::selectionChanged);
    QTest::mouseClick(plot(), Qt::LeftButton, {}, mWidget->plotPosition(QDate(2017, 11, 12), QStringLiteral("quad")));
    QCOMPARE(selection.count(), 1);
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("quad") }));
    QCOMPARE(time()->date(), QDate(2017, 11, 12));

    // A year-precision event moves the cursor to the start of its year.
    QTest::mouseClick(plot(), Qt::LeftButton, {}, mWidget->plotPosition(QDate(1986, 8, 1), QStringLiteral("anzus")));
    QCOMPARE(mDocument->selection().id, QStringLiteral("anzus"));
    QCOMPARE(time()->date(), QDate(1986, 1, 1));
}

void tst_TimelineWidget::clickingABarSelectsItsTie()
{
    QTest::mouseClick(plot(), Qt::LeftButton, {}, mWidget->plotPosition(QDate(1970, 6, 1), QStringLiteral("seato")));
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("seato") }));
    QCOMPARE(time()->date().year(), 1970);
    // Clicking where the tie is not in force selects nothing new.
    QTest::mouseClick(plot(), Qt::LeftButton, {}, mWidget->plotPosition(QDate(1990, 6, 1), QStringLiteral("us-jpn")));
    QCOMPARE(mDocument->selection().id, QStringLiteral("seato"));
}

void tst_TimelineWidget::typedDateSetsTheDate()
{
    auto *edit = mWidget->findChild<QLineEdit *>(QStringLiteral("dateEntry"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("1986-03"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(time()->date(), QDate(1986, 3, 1));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("not a date"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(time()->date(), QDate(1986, 3, 1));
}

void tst_TimelineWidget::playAdvancesTheDate()
{
    auto *play = mWidget->findChild<QToolButton *>(QStringLiteral("playButton"));
    auto *speed = mWidget->findChild<QComboBox *>(QStringLiteral("speedCombo"));
    auto *loop = mWidget->findChild<QCheckBox *>(QStringLiteral("loopCheck"));
    QVERIFY(play && speed && loop);
    speed->setCurrentIndex(speed->findData(5.0));
    QCOMPARE(time()->speed(), 5.0);
    loop->setChecked(true);
    QVERIFY(time()->loops());

    time()->setDate(QDate(1960, 1, 1));
    QSignalSpy spy(time(), &TimeController::dateChanged);
    QTest::mouseClick(play, Qt::LeftButton);
    QVERIFY(time()->isPlaying());
    QTRY_VERIFY(spy.count() >= 3);
    QVERIFY(time()->date() > QDate(1960, 1, 1));
    QTest::keyClick(plot(), Qt::Key_Space);
    QVERIFY(!time()->isPlaying());
    QVERIFY(!play->isChecked());
}

void tst_TimelineWidget::lanesFollowTheToggles()
{
    QVERIFY(mWidget->model().laneOf(QStringLiteral("us-jpn")) >= 0);
    mDocument->setActorHidden(QStringLiteral("USA"), true);
    QCOMPARE(mWidget->model().laneOf(QStringLiteral("us-jpn")), -1);
    QVERIFY(mWidget->model().laneOf(QStringLiteral("quad")) >= 0);
    mDocument->setActorHidden(QStringLiteral("USA"), false);
    QVERIFY(mWidget->model().laneOf(QStringLiteral("us-jpn")) >= 0);
}

void tst_TimelineWidget::wheelZoomsOnlyTheDates()
{
    const QCPRange rows = plot()->yAxis->range();
    const double span = plot()->xAxis->range().size();
    const QPoint pos = mWidget->plotPosition(QDate(1990, 1, 1));
    QWheelEvent wheel(pos, plot()->mapToGlobal(pos), {}, { 0, 120 }, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot(), &wheel);
    QVERIFY(plot()->xAxis->range().size() < span);
    QCOMPARE(plot()->yAxis->range(), rows);
    auto *reset = mWidget->findChild<QToolButton *>(QStringLiteral("resetZoomButton"));
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(plot()->xAxis->range().size(), span);
}

void tst_TimelineWidget::eraPresetsSetTheDateAxis()
{
    auto *eras = mWidget->findChild<QComboBox *>(QStringLiteral("eraCombo"));
    QVERIFY(eras);
    QCOMPARE(eras->count(), 4);
    mWidget->setEra(TimelineEra::ColdWar);
    QCOMPARE(plot()->xAxis->range().lower, double(QDate(1945, 1, 1).toJulianDay()));
    QCOMPARE(plot()->xAxis->range().upper, double(QDate(1991, 12, 31).toJulianDay() + 1));
    eras->setCurrentIndex(eras->findData(int(TimelineEra::LastDecade)));
    QCOMPARE(plot()->xAxis->range().lower, double(QDate(2015, 12, 31).toJulianDay()));
    mWidget->resetZoom();
    QCOMPARE(eras->currentData().toInt(), int(TimelineEra::All));
}

void tst_TimelineWidget::aDateOutsideTheAxisBringsItsEra()
{
    mWidget->setEra(TimelineEra::AfterColdWar);
    mDocument->time()->setDate(QDate(1977, 6, 30)); // e.g. a presentation's bookmark
    QVERIFY(plot()->xAxis->range().contains(double(QDate(1977, 6, 30).toJulianDay())));
    QCOMPARE(mWidget->findChild<QComboBox *>(QStringLiteral("eraCombo"))->currentData().toInt(), int(TimelineEra::ColdWar));
}

void tst_TimelineWidget::fittedLanesShowEveryRow()
{
    mWidget->resize(1200, 200);
    plot()->replot();
    const double rows = mWidget->model().rows().size();
    QVERIFY(mWidget->visibleRows() < rows); // readable rows scroll by default
    mWidget->findChild<QToolButton *>(QStringLiteral("fitLanesButton"))->click();
    QVERIFY(mWidget->lanesFitted());
    plot()->replot();
    QCOMPARE(mWidget->visibleRows(), rows);
}

void tst_TimelineWidget::fontScalesTheRows()
{
    plot()->replot();
    const double before = mWidget->visibleRows();
    QFont large = mWidget->font();
    large.setPointSizeF(large.pointSizeF() * 1.7);
    mWidget->setFont(large);
    plot()->replot();
    QVERIFY(mWidget->visibleRows() < before); // taller rows: fewer in the same height
    QCOMPARE(plot()->xAxis->tickLabelFont().pointSizeF(), large.pointSizeF());
}

QTEST_MAIN(tst_TimelineWidget)
#include "tst_timelinewidget.moc"
