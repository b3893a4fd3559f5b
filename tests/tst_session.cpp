// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's session features: view files, settings round trip, presentation mode with
// bookmarks, the language switch, and that a bad view file changes nothing.
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "ui/languageswitcher.h"
#include "ui/mainwindow.h"
#include "ui/presentationwindow.h"
#include "ui/timelinewidget.h"
#include "ui/dateentry.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QClipboard>
#include <QImage>
#include <QDropEvent>
#include <QUrl>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class tst_Session : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void viewFileRoundTrip();
    void badViewFileChangesNothing();
    void settingsRoundTrip();
    void presentationStepsThroughBookmarks();
    void languageSwitchRetranslates();
    void darkThemeSwitchesPaletteAndPersists();
    void droppingADatasetOpensIt();
    void copyFigureCopiesTheFocusedView();

private:
    QTemporaryDir mDir;
    AtlasDocument *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void tst_Session::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("alliance-atlas-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_session"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, mDir.path());
}

void tst_Session::init()
{
    QSettings().clear();
    mDocument = new AtlasDocument;
    mWindow = new MainWindow(mDocument);
    QVERIFY(mWindow->openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json")));
}

void tst_Session::cleanup()
{
    delete mWindow;
    delete mDocument;
    LanguageSwitcher::apply(Language::English);
}

void tst_Session::viewFileRoundTrip()
{
    mDocument->time()->setDate(QDate(1987, 6, 1));
    mDocument->setHiddenActors({ QStringLiteral("JPN") });
    mDocument->setSelection({ Selection::Kind::Tie, QStringLiteral("anzus") });
    const QString path = mDir.filePath(QStringLiteral("lesson.atlasview"));
    QCOMPARE(mWindow->saveViewFile(path), QString());

    mDocument->time()->setDate(QDate(2020, 1, 1));
    mDocument->setHiddenActors({});
    mDocument->setSelection({});
    QVERIFY(mWindow->openViewFile(path));
    QCOMPARE(mDocument->time()->date(), QDate(1987, 6, 1));
    QCOMPARE(mDocument->hiddenActors(), QSet<QString>({ QStringLiteral("JPN") }));
    QCOMPARE(mDocument->selection().id, QStringLiteral("anzus"));
    QCOMPARE(mDocument->dataset().ties.size(), 5); // the view's dataset is the open one
}

void tst_Session::badViewFileChangesNothing()
{
    mDocument->time()->setDate(QDate(1999, 1, 1));
    const QString path = mDir.filePath(QStringLiteral("bad.atlasview"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"alliance-atlas-view\", \"date\": \"tomorrow\"}");
    f.close();
    QVERIFY(!mWindow->openViewFile(path));
    QCOMPARE(mDocument->time()->date(), QDate(1999, 1, 1));
    QVERIFY(!mDocument->issues().isEmpty());
    QVERIFY(mDocument->issues().first().toString().contains(QStringLiteral("/date")));
}

void tst_Session::settingsRoundTrip()
{
    mDocument->time()->setDate(QDate(1977, 7, 1));
    mWindow->close(); // writes the settings
    QCOMPARE(QSettings().value(QStringLiteral("lastDate")).toDate(), QDate(1977, 7, 1));
    QVERIFY(QSettings().contains(QStringLiteral("layout/state"))); // the versioned dock layout
    QVERIFY(QSettings().value(QStringLiteral("recentFiles")).toStringList().first().endsWith(QStringLiteral("small.json")));

    AtlasDocument other;
    MainWindow again(&other);
    QCOMPARE(other.time()->date(), QDate(1977, 7, 1)); // restored
}

void tst_Session::presentationStepsThroughBookmarks()
{
    // Animation on, as a lecturer sees it: each step moves the shared date, and every view follows.
    auto *presentation = new PresentationWindow(mDocument);
    QSignalSpy closed(presentation, &PresentationWindow::closed);
    presentation->show();
    QVERIFY(QTest::qWaitForWindowExposed(presentation));
    auto *timeline = presentation->findChild<TimelineWidget *>(QStringLiteral("presentationTimeline"));
    QVERIFY(timeline);
    const auto arrivesAt = [&](QDate date) {
        QTRY_COMPARE_WITH_TIMEOUT(mDocument->time()->date(), date, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!mDocument->time()->isAnimating(), 20000);
        QCOMPARE(mDocument->time()->date(), date);
        QCOMPARE(mDocument->snapshot().date, date); // the map and the tie table draw this snapshot
        QCOMPARE(timeline->dateEntry()->text(), date.toString(Qt::ISODate));
    };

    const QDate before = mDocument->time()->date();
    QTest::keyClick(presentation, Qt::Key_Right);
    QCOMPARE(presentation->currentBookmark(), 0);
    QVERIFY(mDocument->time()->isAnimating()); // it moves there, it does not jump
    QCOMPARE(mDocument->time()->date(), before);
    // A year-only bookmark goes to the first day of its year on which its tie shows (US–Japan, signed
    // 8 September 1951), and its tie is highlighted: selected, as every view shows it.
    arrivesAt(QDate(1951, 9, 8));
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("us-jpn") }));
    QVERIFY(!mDocument->isComparing());
    QTest::keyClick(presentation, Qt::Key_PageDown);
    arrivesAt(QDate(2017, 11, 1));
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("quad") }));
    QCOMPARE(mDocument->compareFrom(), QDate(2007, 1, 1)); // b2 names two dates: compare mode
    QVERIFY(mDocument->comparison());
    QTest::keyClick(presentation, Qt::Key_Right); // stays on the last
    QCOMPARE(presentation->currentBookmark(), 1);
    QTest::keyClick(presentation, Qt::Key_Left);
    QCOMPARE(presentation->currentBookmark(), 0);
    arrivesAt(QDate(1951, 9, 8));
    QVERIFY(!mDocument->isComparing()); // a single-date bookmark leaves compare mode
    auto *title = presentation->findChild<QLabel *>(QStringLiteral("presentationTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(QStringLiteral("San Francisco")));
    QCOMPARE(title->textFormat(), Qt::PlainText);

    // Leaving during an animation stops the date where it is.
    QTest::keyClick(presentation, Qt::Key_Right);
    QVERIFY(mDocument->time()->isAnimating());
    QTest::keyClick(presentation, Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!mDocument->time()->isAnimating());
    QVERIFY(!mDocument->isComparing()); // compare mode as before the presentation
}

void tst_Session::languageSwitchRetranslates()
{
    QCOMPARE(mWindow->windowTitle(), QStringLiteral("Alliance Atlas"));
    const QString fileMenu = mWindow->menuBar()->actions().first()->text();
    QCOMPARE(fileMenu, QStringLiteral("&File"));
    mWindow->setLanguage(Language::Chinese);
    QCoreApplication::processEvents();
    QCOMPARE(mDocument->language(), Language::Chinese);
    QCOMPARE(mWindow->windowTitle(), QStringLiteral("联盟图谱"));
    QVERIFY(mWindow->menuBar()->actions().first()->text().startsWith(QStringLiteral("文件")));
    mWindow->setLanguage(Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(mWindow->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}

void tst_Session::darkThemeSwitchesPaletteAndPersists()
{
    auto *dark = mWindow->findChild<QAction *>(QStringLiteral("darkThemeAction"));
    QVERIFY(dark);
    QVERIFY(!dark->isChecked());
    dark->setChecked(true);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(QSettings().value(QStringLiteral("darkTheme")).toBool());
    dark->setChecked(false);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QVERIFY(!QSettings().value(QStringLiteral("darkTheme")).toBool());
}

void tst_Session::droppingADatasetOpensIt()
{
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json")) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(mWindow, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(mWindow, &drop);
    QVERIFY(mDocument->dataset().tie(QStringLiteral("us-jpn-1960")) != nullptr); // only in the dropped file
    QVERIFY(!mDocument->dataset().tie(QStringLiteral("jpn-aus")));              // only in the one before
}

void tst_Session::copyFigureCopiesTheFocusedView()
{
    auto *copy = mWindow->findChild<QAction *>(QStringLiteral("copyFigureAction"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->trigger();
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1920, 1080));
}

QTEST_MAIN(tst_Session)
#include "tst_session.moc"
