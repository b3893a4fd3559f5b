// SPDX-License-Identifier: GPL-3.0-or-later
// Wiring of File > Import ATOP…: the action exists, a good import replaces the document's dataset,
// a broken one shows its issues and keeps the dataset that was open.
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class tst_ImportAtopAction : public QObject
{
    Q_OBJECT

private slots:
    void importReplacesDatasetOrKeepsIt();
};

void tst_ImportAtopAction::importReplacesDatasetOrKeepsIt()
{
    AtlasDocument document;
    LoadResult small = DatasetReader::readFile(ATLAS_TEST_DATA_DIR "/valid/small.json");
    QVERIFY(small.dataset);
    document.setDataset(*small.dataset);
    MainWindow window(&document);

    auto *action = window.findChild<QAction *>("importAtopAction");
    QVERIFY(action);
    QVERIFY(!action->text().isEmpty());

    // Broken: a non-numeric year. The small dataset stays, the issue is listed.
    QTemporaryDir dir;
    QFile source(ATLAS_TEST_DATA_DIR "/atop/atop-member-level.csv");
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray members = source.readAll();
    members.replace("\n3375,,,740,1,1960,", "\n3375,,,740,1,19x0,");
    const QString broken = dir.filePath("members.csv");
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(members);
    out.close();
    const QString alliances = ATLAS_TEST_DATA_DIR "/atop/atop-alliance-level.csv";

    QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
    QVERIFY(!window.importAtop(broken, alliances));
    QCOMPARE(changed.count(), 0);
    QVERIFY(document.dataset().tie("quad"));
    auto *issues = window.findChild<QListWidget *>("issueList");
    QVERIFY(issues);
    QVERIFY(issues->count() >= 1);
    bool located = false;
    for (int i = 0; i < issues->count(); ++i)
        located = located || issues->item(i)->text().startsWith(broken + ":26:14: yrent \"19x0\"");
    QVERIFY(located);

    // Good: the dataset is replaced through the document.
    QVERIFY(window.importAtop(ATLAS_TEST_DATA_DIR "/atop/atop-member-level.csv", alliances));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!document.dataset().tie("quad"));
    QCOMPARE(document.dataset().ties.size(), 7);
    QVERIFY(document.dataset().tie("atop-3180"));
}

QTEST_MAIN(tst_ImportAtopAction)
#include "tst_importatopaction.moc"
