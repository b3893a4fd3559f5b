// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/query/atlasdocument.h"
#include "models/i18n/language.h"
#include "ui/languageswitcher.h"
#include "ui/mainwindow.h"
#include "ui/mapview.h"

#include <QAction>
#include <QApplication>
#include <QFontInfo>
#include <QDockWidget>
#include <QSettings>
#include <QTest>

using namespace atlas;

/// The main window's layout measured from the real geometry: the map is the largest view, the
/// panels fit the window without overlapping, Focus Map and Reset Layout, the versioned saved state.
class tst_WindowLayout : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mapIsTheLargestView_data();
    void mapIsTheLargestView();
    void fitsALaptopScreen();
    void focusMapAndBack();
    void resetLayoutBringsEveryPanelBack();
    void oldSavedStateIsNotRestored();
    void textSizeScalesEveryView();
    void presentationUsesProjectorText();

private:
    void open(QSize size);
    double mapShare() const;

    AtlasDocument *mDocument = nullptr;
    MainWindow *mWindow = nullptr;
};

void tst_WindowLayout::init()
{
    QSettings().clear();
    mDocument = new AtlasDocument;
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json"));
    QVERIFY(result.dataset);
    mDocument->setDataset(std::move(*result.dataset));
}

void tst_WindowLayout::cleanup()
{
    delete mWindow;
    mWindow = nullptr;
    delete mDocument;
    LanguageSwitcher::apply(Language::English);
}

void tst_WindowLayout::open(QSize size)
{
    mWindow = new MainWindow(mDocument);
    mWindow->resize(size);
    mWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(mWindow));
    QCoreApplication::processEvents();
    QCOMPARE(mWindow->size(), size);
}

double tst_WindowLayout::mapShare() const
{
    const QSize map = mWindow->centralWidget()->size();
    return double(map.width()) * map.height() / (double(mWindow->width()) * mWindow->height());
}

void tst_WindowLayout::mapIsTheLargestView_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<double>("minShare");
    for (const char *lang : { "en", "zh_CN" }) {
        QTest::addRow("1366x768 %s", lang) << QSize(1366, 768) << QString::fromLatin1(lang) << 0.45;
        QTest::addRow("1920x1080 %s", lang) << QSize(1920, 1080) << QString::fromLatin1(lang) << 0.50;
    }
}

void tst_WindowLayout::mapIsTheLargestView()
{
    QFETCH(QSize, size);
    QFETCH(QString, lang);
    QFETCH(double, minShare);
    const Language language = *Languages::parse(lang);
    LanguageSwitcher::apply(language);
    mDocument->setLanguage(language);
    open(size);
    QVERIFY(qobject_cast<MapView *>(mWindow->centralWidget()));
    QVERIFY2(mapShare() >= minShare, qPrintable(QStringLiteral("map share %1").arg(mapShare())));

    // Every visible panel lies inside the window, none overlaps another or the map.
    QList<QRect> rects{ mWindow->centralWidget()->geometry() };
    QStringList names{ QStringLiteral("map") };
    for (QDockWidget *dock : mWindow->findChildren<QDockWidget *>()) {
        // A tab that is not the current one is visible but moved out of the window by QMainWindow.
        if (!dock->isVisible() || dock->visibleRegion().isEmpty())
            continue;
        rects.append(dock->geometry());
        names.append(dock->objectName());
    }
    QVERIFY(names.contains(QStringLiteral("timelineDock")));
    QVERIFY(names.contains(QStringLiteral("inspectorDock")) || names.contains(QStringLiteral("inspector")));
    for (qsizetype i = 0; i < rects.size(); ++i) {
        QVERIFY2(mWindow->rect().contains(rects[i]), qPrintable(names[i] + QStringLiteral(" %1,%2 %3x%4").arg(rects[i].x()).arg(rects[i].y()).arg(rects[i].width()).arg(rects[i].height())));
        QVERIFY2(rects[i].width() > 100 && rects[i].height() > 100, qPrintable(names[i]));
        for (qsizetype j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]), qPrintable(names[i] + QLatin1Char('/') + names[j]));
    }
}

void tst_WindowLayout::fitsALaptopScreen()
{
    for (const Language language : { Language::English, Language::Chinese }) {
        LanguageSwitcher::apply(language);
        mDocument->setLanguage(language);
        MainWindow window(mDocument);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(least.width() <= 1366 && least.height() <= 740,
                 qPrintable(QStringLiteral("minimum %1x%2").arg(least.width()).arg(least.height())));
    }
}

void tst_WindowLayout::focusMapAndBack()
{
    open(QSize(1366, 768));
    auto *focus = mWindow->findChild<QAction *>(QStringLiteral("focusMapAction"));
    QVERIFY(focus);
    QCOMPARE(focus->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    const double before = mapShare();
    const QRect timeline = mWindow->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->geometry();
    focus->trigger();
    QCoreApplication::processEvents();
    QVERIFY(mapShare() > 0.85);
    for (QDockWidget *dock : mWindow->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    focus->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(mapShare(), before);
    QCOMPARE(mWindow->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->geometry(), timeline);
}

void tst_WindowLayout::resetLayoutBringsEveryPanelBack()
{
    open(QSize(1920, 1080));
    auto *timeline = mWindow->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    timeline->hide();
    timeline->setFloating(true);
    mWindow->findChild<QDockWidget *>(QStringLiteral("networkDock"))->hide();
    mWindow->findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
    QCoreApplication::processEvents();
    QVERIFY(timeline->isVisible());
    QVERIFY(!timeline->isFloating());
    QCOMPARE(mWindow->dockWidgetArea(timeline), Qt::BottomDockWidgetArea);
    QVERIFY(mapShare() >= 0.5);
}

void tst_WindowLayout::oldSavedStateIsNotRestored()
{
    // A state saved by the layout of before (version 0, the timeline floating) is ignored.
    {
        MainWindow old(mDocument);
        old.findChild<QDockWidget *>(QStringLiteral("timelineDock"))->setFloating(true);
        QSettings().setValue(QStringLiteral("layout/state"), old.saveState(0));
    }
    open(QSize(1366, 768));
    QVERIFY(!mWindow->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->isFloating());
    // One of the current version is.
    mWindow->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->setFloating(true);
    mWindow->close();
    delete mWindow;
    mWindow = new MainWindow(mDocument);
    QVERIFY(mWindow->findChild<QDockWidget *>(QStringLiteral("timelineDock"))->isFloating());
}

void tst_WindowLayout::textSizeScalesEveryView()
{
    open(QSize(1366, 768));
    auto *map = qobject_cast<MapView *>(mWindow->centralWidget());
    auto *timeline = mWindow->findChild<QWidget *>(QStringLiteral("timeline"));
    auto *typology = mWindow->findChild<QDockWidget *>(QStringLiteral("typologyDock"))->widget();
    QVERIFY(timeline && typology);
    const double basePt = timeline->font().pointSizeF();
    QCOMPARE(map->renderOptions().scale, 1.0);

    mWindow->findChild<QAction *>(QStringLiteral("textSize_projector"))->trigger();
    QCOMPARE(mDocument->textSize(), TextSize::Projector);
    QCOMPARE(map->renderOptions().scale, TextSizes::scale(TextSize::Projector));
    QVERIFY(timeline->font().pointSizeF() > basePt * 1.5);
    QCOMPARE(typology->font().pointSizeF(), timeline->font().pointSizeF());
    QVERIFY(mWindow->findChild<QAction *>(QStringLiteral("textSize_projector"))->isChecked());

    auto *smaller = mWindow->findChild<QAction *>(QStringLiteral("smallerTextAction"));
    QCOMPARE(smaller->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    smaller->trigger();
    QCOMPARE(mDocument->textSize(), TextSize::Large);
    smaller->trigger();
    smaller->trigger();
    QCOMPARE(mDocument->textSize(), TextSize::Normal);
    QCOMPARE(timeline->font().pointSizeF(), basePt);
    auto *larger = mWindow->findChild<QAction *>(QStringLiteral("largerTextAction"));
    QCOMPARE(larger->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Equal));
    larger->trigger();
    QCOMPARE(mDocument->textSize(), TextSize::Large);

    // Saved with the settings and restored by the next window.
    mWindow->close();
    delete mWindow;
    mDocument->setTextSize(TextSize::Normal);
    mWindow = new MainWindow(mDocument);
    QCOMPARE(mDocument->textSize(), TextSize::Large);
}

void tst_WindowLayout::presentationUsesProjectorText()
{
    open(QSize(1366, 768));
    mWindow->present();
    QCoreApplication::processEvents();
    QWidget *presentation = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == QLatin1String("presentationWindow"))
            presentation = w;
    QVERIFY(presentation);
    QCOMPARE(mDocument->textSize(), TextSize::Projector);
    auto *note = presentation->findChild<QWidget *>(QStringLiteral("presentationNote"));
    QVERIFY(QFontInfo(note->font()).pixelSize() >= 24);
    presentation->close();
    QCOMPARE(mDocument->textSize(), TextSize::Normal);
}

QTEST_MAIN(tst_WindowLayout)
#include "tst_windowlayout.moc"
