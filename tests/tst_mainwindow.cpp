// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/mainwindow.h"

#include <QDateEdit>
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
    void dateEditDrivesTheController();
    void tableSelectionIsShared();
    void interactiveViewsHaveAccessibleNames();

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

void tst_MainWindow::dateEditDrivesTheController()
{
    auto *edit = mWindow->findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    QVERIFY(edit);
    QSignalSpy spy(mDocument->time(), &TimeController::dateChanged);
    edit->setDate(QDate(1955, 3, 1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(mDocument->time()->date(), QDate(1955, 3, 1));
    mDocument->time()->setDate(QDate(1970, 1, 1));
    QCOMPARE(edit->date(), QDate(1970, 1, 1));
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
}

void tst_MainWindow::interactiveViewsHaveAccessibleNames()
{
    for (const char *name : { "dateEdit", "dateSlider", "tieTable" }) {
        auto *w = mWindow->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
