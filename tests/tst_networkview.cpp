// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/mainwindow.h"
#include "ui/networkview.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QComboBox>
#include <QTest>

using namespace atlas;

class tst_NetworkView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void followsDateAndToggles();
    void clickActorSelectsIt();
    void clickEdgeStepsThroughItsTies();
    void clickEmptySpaceClearsSelection();
    void paintsSelection();
    void hiddenViewCatchesUpWhenShown();
    void mainWindowHasTabbedDocks();
    void natoEuropeIsOneNode();
    void regionChoiceScopesTheNetwork();

private:
    /// A point on the edge between two actors, a third of the way from \a a.
    QPoint onEdge(const QString &a, const QString &b) const
    {
        const QPointF pa = mView->actorPosition(a);
        const QPointF pb = mView->actorPosition(b);
        return (pa + (pb - pa) / 3).toPoint();
    }

    AtlasDocument *mDocument = nullptr;
    NetworkView *mView = nullptr;
};

void tst_NetworkView::init()
{
    mDocument = new AtlasDocument;
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/network/metrics.json"));
    QVERIFY(result.dataset);
    mDocument->setDataset(std::move(*result.dataset));
    mDocument->time()->setDate(QDate(2018, 1, 1));
    mView = new NetworkView(mDocument);
    QCOMPARE(mView->region(), AnalysisRegion::AsiaPacific); // by default the region the articles discuss
    mView->setRegion(AnalysisRegion::All); // the tests below look at the whole network
    mView->resize(640, 420);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView));
}

void tst_NetworkView::cleanup()
{
    delete mView;
    delete mDocument;
}

void tst_NetworkView::followsDateAndToggles()
{
    QCOMPARE(mView->renderer().graph().actors, QStringList({ "USA", "JPN", "KOR", "AUS", "IND", "FRA" }));
    QCOMPARE(mView->renderer().graph().edges.size(), 8);
    mDocument->time()->setDate(QDate(1990, 1, 1));
    // A rebuild slower than a frame's share (under the sanitizers, on a busy machine) makes the view
    // coalesce the next changes and catch up 120 ms later: the checks wait for it (QTRY_*).
    QTRY_COMPARE(mView->renderer().graph().actors, QStringList({ "USA", "JPN", "KOR", "AUS" }));
    QCOMPARE(mView->renderer().metrics().hubBetweennessShare, 1.0);
    mDocument->setActorHidden(QStringLiteral("USA"), true);
    QTRY_VERIFY(mView->renderer().graph().actors.isEmpty());
    QVERIFY(mView->actorPosition(QStringLiteral("USA")).isNull());
    mDocument->time()->setDate(QDate(2018, 1, 1));
    QTRY_COMPARE(mView->renderer().graph().actors, QStringList({ "JPN", "AUS", "IND", "FRA" }));
    QCOMPARE(mView->renderer().metrics().spokeSpokeEdges, 3);
}

void tst_NetworkView::regionChoiceScopesTheNetwork()
{
    QCOMPARE(mView->region(), AnalysisRegion::All);
    auto *combo = mView->findChild<QComboBox *>(QStringLiteral("networkRegion"));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(AnalysisRegion::AsiaPacific)));
    QCOMPARE(mView->region(), AnalysisRegion::AsiaPacific);
    QCOMPARE(mView->renderer().graph().actors, QStringList({ "USA", "JPN", "KOR", "AUS", "IND" }));
    QCOMPARE(mView->renderer().graph().edges.size(), 7);
    QCOMPARE(mView->renderer().metrics().region, AnalysisRegion::AsiaPacific);
    mView->setRegion(AnalysisRegion::EuroAtlantic);
    QCOMPARE(combo->currentData().toInt(), int(AnalysisRegion::EuroAtlantic));
    QVERIFY(mView->renderer().graph().actors.isEmpty());
}

void tst_NetworkView::clickActorSelectsIt()
{
    QSignalSpy spy(mDocument, &AtlasDocument::selectionChanged);
    const QPoint jpn = mView->actorPosition(QStringLiteral("JPN")).toPoint();
    QVERIFY(mView->rect().contains(jpn));
    QTest::mouseClick(mView, Qt::LeftButton, {}, jpn);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Actor, QStringLiteral("JPN") }));
}

void tst_NetworkView::clickEdgeStepsThroughItsTies()
{
    // USA-KOR carries one tie; USA-JPN two (the treaty and the Quad), in dataset order.
    const QPoint kor = onEdge(QStringLiteral("USA"), QStringLiteral("KOR"));
    QCOMPARE(mView->renderer().edgeAt(QRectF(mView->rect()), kor), 1); // edges in (a, b) order: USA-JPN, USA-KOR, ...
    QTest::mouseClick(mView, Qt::LeftButton, {}, kor);
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("us-kor") }));

    const QPoint jpn = onEdge(QStringLiteral("USA"), QStringLiteral("JPN"));
    QCOMPARE(mView->renderer().edgeAt(QRectF(mView->rect()), jpn), 0);
    QTest::mouseClick(mView, Qt::LeftButton, {}, jpn);
    QCOMPARE(mDocument->selection().id, QStringLiteral("us-jpn"));
    QTest::mouseClick(mView, Qt::LeftButton, {}, jpn);
    QCOMPARE(mDocument->selection().id, QStringLiteral("quad"));
    QTest::mouseClick(mView, Qt::LeftButton, {}, jpn);
    QCOMPARE(mDocument->selection().id, QStringLiteral("us-jpn"));
}

void tst_NetworkView::clickEmptySpaceClearsSelection()
{
    mDocument->setSelection({ Selection::Kind::Actor, QStringLiteral("JPN") });
    const QPoint corner(mView->width() - 3, 3);
    QCOMPARE(mView->renderer().actorAt(QRectF(mView->rect()), corner), -1);
    QCOMPARE(mView->renderer().edgeAt(QRectF(mView->rect()), corner), -1);
    QTest::mouseClick(mView, Qt::LeftButton, {}, corner);
    QCOMPARE(mDocument->selection().kind, Selection::Kind::None);
}

void tst_NetworkView::paintsSelection()
{
    // The selection reaches the renderer: the selected actor's node is drawn differently.
    const QPoint jpn = mView->actorPosition(QStringLiteral("JPN")).toPoint();
    const QImage before = mView->grab().toImage();
    mDocument->setSelection({ Selection::Kind::Actor, QStringLiteral("JPN") });
    const QImage after = mView->grab().toImage();
    const QRect around(jpn - QPoint(12, 12), QSize(25, 25));
    QVERIFY(before.copy(around) != after.copy(around));
}

void tst_NetworkView::hiddenViewCatchesUpWhenShown()
{
    mView->hide();
    mDocument->time()->setDate(QDate(1990, 1, 1));
    QCOMPARE(mView->renderer().graph().date, QDate(2018, 1, 1)); // not followed while hidden
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView));
    QTRY_COMPARE(mView->renderer().graph().date, QDate(1990, 1, 1)); // at once, or after a slow rebuild's delay
    QCOMPARE(mView->renderer().graph().actors.size(), 4);
}

void tst_NetworkView::mainWindowHasTabbedDocks()
{
    MainWindow window(mDocument);
    auto *network = window.findChild<QDockWidget *>(QStringLiteral("networkDock"));
    auto *metrics = window.findChild<QDockWidget *>(QStringLiteral("metricsDock"));
    QVERIFY(network);
    QVERIFY(metrics);
    QVERIFY(network->findChild<NetworkView *>());
    QVERIFY(window.tabifiedDockWidgets(network).contains(metrics));
}

// The built-in dataset: NATO's European members drawn as one node by default (a checkbox ungroups
// them), the metrics still those of the real graph, labels that do not overlap.
void tst_NetworkView::natoEuropeIsOneNode()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json"));
    QVERIFY(result.dataset);
    mDocument->setDataset(*result.dataset);
    mDocument->time()->setDate(QDate(2023, 6, 1));
    QTRY_COMPARE(mView->renderer().graph().date, QDate(2023, 6, 1)); // at once, or after a slow rebuild's delay
    QVERIFY(mView->groupsNatoEurope());
    const NetworkGraph real = buildNetwork(mDocument->dataset(), mDocument->snapshot());
    const NetworkRenderer &r = mView->renderer();
    QVERIFY(r.graph().actors.contains(QStringLiteral("nato-europe")));
    QVERIFY(!r.graph().actors.contains(QStringLiteral("FRA")));
    QVERIFY(r.graph().actors.contains(QStringLiteral("USA")));
    QVERIFY2(r.graph().actors.size() <= real.actors.size() - 20, qPrintable(QString::number(r.graph().actors.size())));
    QCOMPARE(r.metrics().actors, static_cast<int>(real.actors.size()));
    QCOMPARE(r.metrics().edges, analyseNetwork(mDocument->dataset(), real).edges);
    QCOMPARE(r.metrics().centrality.size(), r.graph().actors.size());
    QCOMPARE(r.actorLabel(static_cast<int>(r.graph().actors.indexOf(QStringLiteral("nato-europe")))).left(12),
             QStringLiteral("NATO Europe "));

    // Labels: most nodes named, no two labels overlapping.
    QImage image(mView->size(), QImage::Format_ARGB32);
    {
        QPainter painter(&image);
        r.paint(painter, QRectF(image.rect()));
    }
    const QList<QRectF> labels = r.labelRects();
    QVERIFY2(labels.size() * 3 >= r.graph().actors.size() * 2, qPrintable(QStringLiteral("%1 labels").arg(labels.size())));
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY(!labels[i].intersects(labels[j]));

    // Clicking the group selects NATO.
    QTest::mouseClick(mView, Qt::LeftButton, {}, mView->actorPosition(QStringLiteral("nato-europe")).toPoint());
    QCOMPARE(mDocument->selection().kind, Selection::Kind::Tie);
    QCOMPARE(mDocument->selection().id, QStringLiteral("nato"));

    auto *box = mView->findChild<QCheckBox *>(QStringLiteral("groupNatoEurope"));
    QVERIFY(box && box->isChecked());
    box->click();
    QVERIFY(r.graph().actors.contains(QStringLiteral("FRA")));
    QCOMPARE(r.graph().actors.size(), real.actors.size());
}

QTEST_MAIN(tst_NetworkView)
#include "tst_networkview.moc"
