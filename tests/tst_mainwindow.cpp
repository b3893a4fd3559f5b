// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/dateentry.h"
#include "ui/comparepanel.h"
#include "ui/mainwindow.h"
#include "models/items/tietablemodel.h"

#include <QApplication>
#include <QDateEdit>
#include <QDockWidget>
#include <QSlider>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace atlas;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void brokenFileKeepsCurrentDataset();
    void doubleClickOnIssueSelectsItsRecord();
    void oneDateEntryIsAViewOnTheController();
    void tableSelectionIsShared();
    void interactiveViewsHaveAccessibleNames();
    void noProblemsSaysSo();

private:
    AtlasDocument *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void tst_MainWindow::init()
{
    mDocument = new AtlasDocument;
    mWindow = new MainWindow(mDocument);
    QVERIFY(mWindow->openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json")));
}

void tst_MainWindow::cleanup()
{
    delete mWindow;
    delete mDocument;
}

void tst_MainWindow::brokenFileKeepsCurrentDataset()
{
    QSignalSpy changed(mDocument, &AtlasDocument::datasetChanged);
    QVERIFY(!mWindow->openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/unknown-actor.json")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(mDocument->dataset().ties.size(), 5);
    auto *issues = mWindow->findChild<QListWidget *>(QStringLiteral("issueList"));
    QVERIFY(issues);
    QCOMPARE(issues->count(), 1);
    QVERIFY(issues->item(0)->text().contains(QStringLiteral("unknown actor \"XXX\"")));
    QVERIFY(issues->item(0)->text().contains(QStringLiteral("unknown-actor.json:")));
}

void tst_MainWindow::doubleClickOnIssueSelectsItsRecord()
{
    // The broken file is small.json with an unknown member in the Quad: the open (previous) dataset
    // still has the Quad, so double-clicking the issue selects it.
    QVERIFY(!mWindow->openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/unknown-actor.json")));
    auto *issues = mWindow->findChild<QListWidget *>(QStringLiteral("issueList"));
    QVERIFY(issues);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    // The Issues dock shares a tab with the Ties dock: bring its tab to the front.
    auto *dock = mWindow->findChild<QDockWidget *>(QStringLiteral("issuesDock"));
    QVERIFY(dock);
    dock->raise();
    QTRY_VERIFY(issues->isVisible());
    QCOMPARE(mDocument->selection().kind, Selection::Kind::None);
    QSignalSpy spy(mDocument, &AtlasDocument::selectionChanged);
    const QPoint centre = issues->visualItemRect(issues->item(0)).center();
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, centre); // a double-click's first click
    QTest::mouseDClick(issues->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(mDocument->selection().kind, Selection::Kind::Tie);
    QCOMPARE(mDocument->selection().id, QStringLiteral("quad"));

    // An issue naming a record the open dataset does not have selects nothing.
    Issue stray = Issue::at(QStringLiteral("x.json"), QStringLiteral("m"), 1, 1, QStringLiteral("/ties/0/id"));
    stray.contextId = QStringLiteral("no-such-tie");
    mDocument->setIssues({ stray });
    QCOMPARE(issues->count(), 1);
    QTest::mouseClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(issues->item(0)).center());
    QTest::mouseDClick(issues->viewport(), Qt::LeftButton, {}, issues->visualItemRect(issues->item(0)).center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(mDocument->selection().id, QStringLiteral("quad"));
}

void tst_MainWindow::oneDateEntryIsAViewOnTheController()
{
    // One date entry in the window: no second date box or date slider kept in sync beside it. (The
    // compare panel's first date is another date, compare mode's A.)
    const QList<QDateEdit *> dateEdits = mWindow->findChildren<QDateEdit *>();
    QCOMPARE(dateEdits.size(), 1);
    QCOMPARE(dateEdits.first(), mWindow->findChild<ComparePanel *>()->firstDateEdit());
    QVERIFY(mWindow->findChildren<QSlider *>().isEmpty());
    const QList<DateEntry *> entries = mWindow->findChildren<DateEntry *>();
    QCOMPARE(entries.size(), 1);
    DateEntry *entry = entries.first();
    mWindow->show();
    QApplication::setActiveWindow(mWindow);
    QVERIFY(QTest::qWaitForWindowActive(mWindow));
    TimeController *time = mDocument->time();

    // Shows the controller's date.
    time->setDate(QDate(1960, 2, 3));
    QCOMPARE(entry->text(), QStringLiteral("1960-02-03"));

    // One click, then typing replaces the date; Enter commits it.
    QTest::mouseClick(entry, Qt::LeftButton, {}, QPoint(4, entry->height() / 2));
    QVERIFY(entry->hasFocus());
    QTest::keyClicks(entry, QStringLiteral("1955-03-01"));
    QVERIFY(entry->isEditing());
    time->setDate(QDate(1961, 1, 1)); // typing is not overwritten by the date moving
    QCOMPARE(entry->text(), QStringLiteral("1955-03-01"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(time->date(), QDate(1955, 3, 1));

    // With the focus still in it, it follows the date again (Play, drags, animations).
    QVERIFY(entry->hasFocus());
    time->setDate(QDate(1970, 1, 1));
    QCOMPARE(entry->text(), QStringLiteral("1970-01-01"));
    time->setPlaying(true);
    QTRY_VERIFY_WITH_TIMEOUT(time->date() > QDate(1970, 1, 1), 20000);
    time->setPlaying(false);
    QCOMPARE(entry->text(), time->date().toString(Qt::ISODate));

    // Leaving the entry commits what was typed; Esc gives the typing up.
    QTest::keyClicks(entry, QStringLiteral("1980"));
    auto *table = mWindow->findChild<QTableView *>(QStringLiteral("tieTable"));
    QVERIFY(table);
    table->setFocus(Qt::TabFocusReason);
    QCOMPARE(time->date(), QDate(1980, 1, 1));
    QCOMPARE(entry->text(), QStringLiteral("1980-01-01"));
    entry->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(entry, QStringLiteral("1990"));
    QTest::keyClick(entry, Qt::Key_Escape);
    QCOMPARE(entry->text(), QStringLiteral("1980-01-01"));
    QCOMPARE(time->date(), QDate(1980, 1, 1));

    // Alt+D reaches it from anywhere in the window.
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(mWindow, Qt::Key_D, Qt::AltModifier);
    QVERIFY(entry->hasFocus());
}

void tst_MainWindow::tableSelectionIsShared()
{
    mDocument->time()->setDate(QDate(1955, 1, 1));
    auto *table = mWindow->findChild<QTableView *>(QStringLiteral("tieTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2);
    QSignalSpy spy(mDocument, &AtlasDocument::selectionChanged);
    table->setCurrentIndex(table->model()->index(1, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(mDocument->selection().kind, Selection::Kind::Tie);
    QVERIFY(!mDocument->selection().id.isEmpty());

    // The highlight follows a selection made elsewhere, and goes when nothing (or no tie) is selected.
    const QString other = table->model()->index(0, 0).data(TieTableModel::TieIdRole).toString();
    mDocument->setSelection({ Selection::Kind::Tie, other });
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), 0);
    QCOMPARE(mDocument->selection().id, other);
    mDocument->setSelection({});
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
    // and survives the rows being rebuilt (a date change)
    mDocument->setSelection({ Selection::Kind::Tie, other });
    mDocument->time()->setDate(QDate(1956, 1, 1));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
}

void tst_MainWindow::interactiveViewsHaveAccessibleNames()
{
    for (const char *name : { "dateEntry", "tieTable" }) {
        auto *w = mWindow->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
}

void tst_MainWindow::noProblemsSaysSo()
{
    auto *issues = mWindow->findChild<QListWidget *>(QStringLiteral("issueList"));
    QVERIFY(issues);
    QCOMPARE(issues->count(), 1);
    QCOMPARE(issues->item(0)->text(), QStringLiteral("No problems found in small.json."));
    QVERIFY(!(issues->item(0)->flags() & Qt::ItemIsSelectable));
    // A broken file lists its problems instead.
    QVERIFY(!mWindow->openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/unknown-actor.json")));
    QVERIFY(!issues->item(0)->text().startsWith(QStringLiteral("No problems")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
