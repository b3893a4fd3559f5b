// SPDX-License-Identifier: GPL-3.0-or-later
// Compare mode in the window: View > Compare Dates and its change list (a change selects its tie, the
// selection finds its change), the timeline's second cursor (Shift-drag sets the first date while
// dragging), compare mode through a view file, and the map in compare mode.
#include "models/io/datasetreader.h"
#include "models/query/atlasdocument.h"
#include "models/query/datecomparison.h"
#include "models/query/timecontroller.h"
#include "models/render/map/mapinput.h"
#include "ui/comparecursor.h"
#include "ui/comparepanel.h"
#include "ui/mainwindow.h"
#include "ui/timelinewidget.h"

#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <qcustomplot.h>

using namespace atlas;

class tst_CompareMode : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void menuTurnsCompareModeOnAndOff();
    void changeListSelectsEverywhere();
    void reversedDatesSayWhy();
    void shiftDragSetsTheSecondCursor();
    void viewFileKeepsCompareMode();

private:
    ComparePanel *panel() const { return mWindow->findChild<ComparePanel *>(); }
    TimelineWidget *timeline() const { return mWindow->findChild<TimelineWidget *>(); }
    QTreeWidgetItem *row(const QString &tie, const QString &textPart) const;

    AtlasDocument *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void tst_CompareMode::init()
{
    mDocument = new AtlasDocument;
    LoadResult builtIn = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(builtIn.dataset);
    mDocument->setDataset(std::move(*builtIn.dataset));
    mDocument->time()->setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    mDocument->time()->setDate(QDate(2024, 12, 31));
    mWindow = new MainWindow(mDocument);
    mWindow->resize(1366, 768);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
}

void tst_CompareMode::cleanup()
{
    delete mWindow;
    delete mDocument;
}

QTreeWidgetItem *tst_CompareMode::row(const QString &tie, const QString &textPart) const
{
    QTreeWidget *list = panel()->changeList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == tie && item->text(1).contains(textPart))
            return item;
    }
    return nullptr;
}

void tst_CompareMode::menuTurnsCompareModeOnAndOff()
{
    QVERIFY(!mDocument->isComparing());
    QVERIFY(!panel()->isVisible());
    QAction *action = panel()->compareAction();
    const QList<QMenu *> menus = mWindow->findChildren<QMenu *>();
    QVERIFY(std::any_of(menus.cbegin(), menus.cend(), [&](const QMenu *menu) { return menu->actions().contains(action); }));
    action->trigger();
    QVERIFY(mDocument->isComparing());
    QCOMPARE(mDocument->compareFrom(), QDate(2014, 12, 31)); // ten years before the date
    QVERIFY(panel()->isVisible());
    QVERIFY(panel()->changeList()->topLevelItemCount() > 0);
    // The map draws the comparison.
    QVERIFY(MapInput::fromDocument(*mDocument).compare);
    action->trigger();
    QVERIFY(!mDocument->isComparing());
    QVERIFY(!panel()->isVisible());
    QVERIFY(!MapInput::fromDocument(*mDocument).compare);
}

void tst_CompareMode::changeListSelectsEverywhere()
{
    mDocument->setCompareFrom(QDate(1975, 1, 1));
    QCOMPARE(panel()->firstDateEdit()->date(), QDate(1975, 1, 1));
    QTreeWidgetItem *seato = row(QStringLiteral("seato"), QStringLiteral("SEATO"));
    QVERIFY(seato);
    QVERIFY(!seato->text(0).isEmpty());     // its date
    QVERIFY(!seato->text(3).isEmpty());     // its evidence (or that none is recorded)
    QVERIFY(row(QStringLiteral("nato"), QStringLiteral("Poland"))); // a member that joined
    QTreeWidget *list = panel()->changeList();
    list->setCurrentItem(seato);
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("seato") }));
    // A tie selected elsewhere selects its change.
    mDocument->setSelection({ Selection::Kind::Tie, QStringLiteral("aukus") });
    QVERIFY(list->currentItem());
    QCOMPARE(list->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("aukus"));
    // Moving A in the panel moves compare mode's first date.
    panel()->firstDateEdit()->setDate(QDate(1995, 1, 1));
    QCOMPARE(mDocument->compareFrom(), QDate(1995, 1, 1));
    QVERIFY(!row(QStringLiteral("seato"), QStringLiteral("SEATO"))); // ended before 1995
}

void tst_CompareMode::reversedDatesSayWhy()
{
    mDocument->setCompareFrom(QDate(2025, 6, 1));
    QVERIFY(!mDocument->comparison());
    QCOMPARE(panel()->changeList()->topLevelItemCount(), 0);
    QVERIFY(!MapInput::fromDocument(*mDocument).compare);
    const QList<QLabel *> labels = panel()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text().contains("is after the second date"); }));
}

void tst_CompareMode::shiftDragSetsTheSecondCursor()
{
    TimelineWidget *widget = timeline();
    widget->resetZoom();
    QCustomPlot *plot = widget->plot();
    plot->replot();
    const CompareCursor *cursor = plot->findChild<CompareCursor *>();
    QVERIFY(cursor);
    QCOMPARE(cursor->cursorX(), -1.0);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, widget->plotPosition(QDate(1960, 7, 1)));
    QVERIFY(mDocument->isComparing());
    QCOMPARE(mDocument->compareFrom().year(), 1960);
    QCOMPARE(mDocument->time()->date(), QDate(2024, 12, 31)); // the window's date (B) stays
    for (int year = 1965; year <= 1990; year += 5) {
        QTest::mouseMove(plot, widget->plotPosition(QDate(year, 7, 1)));
        QCOMPARE(mDocument->compareFrom().year(), year); // A follows the drag
    }
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, widget->plotPosition(QDate(1990, 7, 1)));
    QCOMPARE(mDocument->compareFrom().year(), 1990);
    QVERIFY(std::abs(cursor->cursorX() - widget->plotPosition(QDate(1990, 7, 1)).x()) < 3);
    // A plain click still moves the window's date, not A.
    QTest::mouseClick(plot, Qt::LeftButton, {}, widget->plotPosition(QDate(2000, 7, 1)));
    QCOMPARE(mDocument->time()->date().year(), 2000);
    QCOMPARE(mDocument->compareFrom().year(), 1990);
}

void tst_CompareMode::viewFileKeepsCompareMode()
{
    mDocument->setCompareFrom(QDate(1991, 12, 26));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("compare.atlasview"));
    QCOMPARE(mWindow->saveViewFile(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"compare_from\": \"1991-12-26\""));

    AtlasDocument other;
    LoadResult builtIn = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    other.setDataset(std::move(*builtIn.dataset));
    other.time()->setRange(QDate(1945, 1, 1), QDate(2025, 12, 31));
    MainWindow window(&other);
    QVERIFY(window.openViewFile(path));
    QCOMPARE(other.compareFrom(), QDate(1991, 12, 26));
    QCOMPARE(other.time()->date(), QDate(2024, 12, 31));
    QVERIFY(window.findChild<ComparePanel *>()->compareAction()->isChecked());
    QVERIFY(other.comparison());

    // A view saved without compare mode turns it off.
    mDocument->setCompareFrom(QDate());
    QCOMPARE(mWindow->saveViewFile(path), QString());
    QVERIFY(window.openViewFile(path));
    QVERIFY(!other.isComparing());
}

QTEST_MAIN(tst_CompareMode)
#include "tst_comparemode.moc"
