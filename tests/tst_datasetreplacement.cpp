// SPDX-License-Identifier: GPL-3.0-or-later
// Replacing the open dataset with every view visible: the document brings its derived state (snapshot,
// toggles, selection, type filter) in line with the new dataset before any view hears of the change,
// so no view builds from the old snapshot (a use-after-free in NetworkView::rebuild once did). Under
// the sanitizer run (asan preset) this also proves that no view touches freed data.
#include "app/commandline.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

class tst_DatasetReplacement : public QObject
{
    Q_OBJECT

private slots:
    void derivedStateIsFreshWhenViewsHear();
    void replaceFiftyTimesWithEveryViewVisible();
};

void tst_DatasetReplacement::derivedStateIsFreshWhenViewsHear()
{
    AtlasDocument document;
    document.time()->setDate(QDate(1990, 1, 1));
    MainWindow window(&document);
    QVERIFY(window.openDataset(CommandLine::builtInDatasetPath()));
    document.setHiddenActors({ QStringLiteral("JPN"), QStringLiteral("FRA") });
    QVERIFY(!document.snapshot().ties.isEmpty());
    document.setSelection({ Selection::Kind::Tie, document.dataset().ties.constFirst().id });

    // What every slot sees, whichever signal reaches it first.
    QStringList seen;
    const auto check = [&](const char *signal) {
        const Dataset &d = document.dataset();
        for (const TieState &s : document.snapshot().ties)
            if (s.tie < 0 || s.tie >= d.ties.size())
                seen.append(QStringLiteral("%1: snapshot index %2 outside %3 ties").arg(QLatin1String(signal)).arg(s.tie).arg(d.ties.size()));
        for (const QString &id : document.hiddenActors())
            if (!d.actor(id))
                seen.append(QStringLiteral("%1: hidden actor %2 not in the dataset").arg(QLatin1String(signal), id));
        if (document.selection().kind == Selection::Kind::Tie && !d.tie(document.selection().id))
            seen.append(QStringLiteral("%1: selected tie %2 not in the dataset").arg(QLatin1String(signal), document.selection().id));
    };
    connect(&document, &AtlasDocument::datasetChanged, this, [&] { check("datasetChanged"); });
    connect(&document, &AtlasDocument::hiddenActorsChanged, this, [&] { check("hiddenActorsChanged"); });
    connect(&document, &AtlasDocument::selectionChanged, this, [&] { check("selectionChanged"); });
    connect(&document, &AtlasDocument::snapshotChanged, this, [&] { check("snapshotChanged"); });
    QSignalSpy hidden(&document, &AtlasDocument::hiddenActorsChanged);
    QSignalSpy selection(&document, &AtlasDocument::selectionChanged);

    QVERIFY(window.openDataset(QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json")));
    QCOMPARE(seen, QStringList());
    QCOMPARE(selection.count(), 1);
    QCOMPARE(document.selection(), Selection {});
    QVERIFY(hidden.count() <= 1);
}

void tst_DatasetReplacement::replaceFiftyTimesWithEveryViewVisible()
{
    AtlasDocument document;
    document.time()->setDate(QDate(1990, 1, 1));
    MainWindow window(&document);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 6);
    for (QDockWidget *dock : docks)
        dock->show();
    window.findChild<QDockWidget *>(QStringLiteral("networkDock"))->raise(); // the network tab is current

    const QStringList files { CommandLine::builtInDatasetPath(), QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json"),
                              QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json") };
    for (int i = 0; i < 50; ++i) {
        const QString &file = files.at(i % files.size());
        QVERIFY2(window.openDataset(file), qPrintable(file));
        // Something selected and hidden when the next dataset arrives, and every view painted.
        const Dataset &d = document.dataset();
        QVERIFY(!d.ties.isEmpty());
        document.setSelection({ Selection::Kind::Tie, d.ties.at(i % d.ties.size()).id });
        document.setHiddenActors({ d.actors.constLast().id });
        document.time()->setDate(QDate(1950 + i, 6, 1));
        QVERIFY(!window.grab().isNull());
        QCoreApplication::processEvents();
    }
    QCOMPARE(document.dataset().fileName, files.at(49 % files.size()));
}

QTEST_MAIN(tst_DatasetReplacement)
#include "tst_datasetreplacement.moc"
