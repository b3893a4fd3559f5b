// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/items/membermodel.h"
#include "ui/memberpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace atlas;

class tst_MemberPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void presetComboHidesTheRest();
    void searchFiltersTheTree();
    void comboFollowsTheToggles();

private:
    AtlasDocument *mDocument = nullptr;
    MemberPanel *mPanel = nullptr;
};

void tst_MemberPanel::init()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(r.dataset);
    mDocument = new AtlasDocument;
    mDocument->setDataset(*r.dataset);
    mPanel = new MemberPanel(mDocument);
    mPanel->show();
    QVERIFY(QTest::qWaitForWindowExposed(mPanel));
}

void tst_MemberPanel::cleanup()
{
    delete mPanel;
    delete mDocument;
}

void tst_MemberPanel::presetComboHidesTheRest()
{
    auto *combo = mPanel->findChild<QComboBox *>(QStringLiteral("memberPresets"));
    QVERIFY(combo);
    const int quad = combo->findData(QStringLiteral("tie:quad"));
    QVERIFY(quad >= 0);
    QSignalSpy spy(mDocument, &AtlasDocument::hiddenActorsChanged);
    combo->setFocus();
    combo->setCurrentIndex(0);
    // Choose the Quad preset as a user does (activated, not just currentIndex).
    emit combo->activated(quad);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!mDocument->isHidden(QStringLiteral("IND")));
    QVERIFY(mDocument->isHidden(QStringLiteral("GBR")));
    QVERIFY(mDocument->isHidden(QStringLiteral("NATO")));
    auto *count = mPanel->findChild<QLabel *>(QStringLiteral("memberCount"));
    QVERIFY(count && count->text().startsWith(QStringLiteral("4 ")));
    QVERIFY(mPanel->applyPreset(QStringLiteral("all")));
    QVERIFY(mDocument->hiddenActors().isEmpty());
    QVERIFY(!mPanel->applyPreset(QStringLiteral("no-such-preset")));
}

void tst_MemberPanel::searchFiltersTheTree()
{
    auto *search = mPanel->findChild<QLineEdit *>(QStringLiteral("memberSearch"));
    auto *tree = mPanel->findChild<QTreeView *>(QStringLiteral("memberTree"));
    QVERIFY(search && tree);
    auto countLeaves = [tree] {
        int n = 0;
        for (int r = 0; r < tree->model()->rowCount(); ++r)
            n += tree->model()->rowCount(tree->model()->index(r, 0));
        return n;
    };
    QCOMPARE(countLeaves(), 13);
    QTest::keyClicks(search, QStringLiteral("jap"));
    QCOMPARE(countLeaves(), 1);
    search->clear();
    search->setText(QStringLiteral("澳大利亚")); // Chinese names match too
    QCOMPARE(countLeaves(), 1);
    search->setText(QStringLiteral("Europe")); // a region shows all its members
    QCOMPARE(countLeaves(), 4);
    search->clear();
    QCOMPARE(countLeaves(), 13);
}

void tst_MemberPanel::comboFollowsTheToggles()
{
    auto *combo = mPanel->findChild<QComboBox *>(QStringLiteral("memberPresets"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("all"));
    mDocument->setActorHidden(QStringLiteral("JPN"), true);
    QCOMPARE(combo->currentIndex(), -1); // a custom selection
    mDocument->setActorHidden(QStringLiteral("JPN"), false);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("all"));
    mDocument->setActorHidden(QStringLiteral("USA"), true);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("without-hub"));
}

QTEST_MAIN(tst_MemberPanel)
#include "tst_memberpanel.moc"
