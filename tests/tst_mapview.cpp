// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/geo/worldmap.h"
#include "models/query/timecontroller.h"
#include "ui/mapview.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace atlas;

class tst_MapView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clickSelectsCountryAndClears();
    void clickSelectsTie();
    void wheelZoomsAndResetRestores();
    void keysZoomAndPan();
    void dragPansWithoutSelecting();

private:
    QPoint at(double lon, double lat) const
    {
        return mView->viewport().transform(mView->mapArea()).map(WorldMap::builtIn().projection().project(lon, lat)).toPoint();
    }

    AtlasDocument *mDocument = nullptr;
    MapView *mView = nullptr;
};

void tst_MapView::init()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(r.dataset);
    mDocument = new AtlasDocument;
    mDocument->setDataset(*r.dataset);
    mDocument->time()->setRange(QDate(1900, 1, 1), QDate(2100, 1, 1));
    mDocument->time()->setDate(QDate(1960, 6, 1));
    mView = new MapView(mDocument);
    mView->resize(1200, 640);
    mView->show();
    QVERIFY(QTest::qWaitForWindowExposed(mView));
}

void tst_MapView::cleanup()
{
    delete mView;
    delete mDocument;
}

void tst_MapView::clickSelectsCountryAndClears()
{
    QSignalSpy spy(mDocument, &AtlasDocument::selectionChanged);
    // Zoom on Japan first so that the click lands well inside it.
    Viewport v;
    v.zoom = 6;
    v.centre = WorldMap::builtIn().projection().project(135, 36);
    mView->setViewport(v);
    QTest::mouseClick(mView, Qt::LeftButton, {}, at(133.6, 35.1));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Actor, QStringLiteral("JPN") }));
    mView->resetView();
    QTest::mouseClick(mView, Qt::LeftButton, {}, at(-140, -30)); // open sea
    QCOMPARE(mDocument->selection(), Selection());
}

void tst_MapView::clickSelectsTie()
{
    QSet<QString> hidden;
    for (const Actor &a : mDocument->dataset().actors)
        if (a.id != u"USA" && a.id != u"JPN")
            hidden.insert(a.id);
    mDocument->setHiddenActors(hidden);
    const QPolygonF line = greatCircle(QPointF(139.69, 35.69), QPointF(-77.04, 38.91), 0.5);
    const QPointF mid = line[line.size() / 5]; // over the sea east of the Kurils
    QTest::mouseClick(mView, Qt::LeftButton, {}, at(mid.x(), mid.y()));
    QCOMPARE(mDocument->selection(), (Selection { Selection::Kind::Tie, QStringLiteral("us-jpn") }));
}

void tst_MapView::wheelZoomsAndResetRestores()
{
    QSignalSpy spy(mView, &MapView::viewportChanged);
    auto *reset = mView->findChild<QToolButton *>(QStringLiteral("resetViewButton"));
    QVERIFY(reset);
    QVERIFY(!reset->isEnabled());
    const QPoint where = at(139.69, 35.69);
    QWheelEvent wheel(where, mView->mapToGlobal(where), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(mView, &wheel);
    QCOMPARE(spy.count(), 1);
    QVERIFY(mView->viewport().zoom > 1.4);
    // The point under the cursor stays put.
    QVERIFY((at(139.69, 35.69) - where).manhattanLength() <= 2);
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(mView->viewport().isReset());
    auto *zoomIn = mView->findChild<QToolButton *>(QStringLiteral("zoomInButton"));
    QVERIFY(zoomIn);
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QVERIFY(mView->viewport().zoom > 1);
}

void tst_MapView::keysZoomAndPan()
{
    mView->setFocus();
    QTest::keyClick(mView, Qt::Key_Plus);
    const double zoomed = mView->viewport().zoom;
    QVERIFY(zoomed > 1);
    const QPointF centre = mView->viewport().centre;
    QTest::keyClick(mView, Qt::Key_Right);
    QVERIFY(mView->viewport().centre.x() > centre.x());
    QTest::keyClick(mView, Qt::Key_Minus);
    QVERIFY(mView->viewport().zoom < zoomed);
    QTest::keyClick(mView, Qt::Key_0);
    QVERIFY(mView->viewport().isReset());
}

void tst_MapView::dragPansWithoutSelecting()
{
    Viewport v;
    v.zoom = 3;
    mView->setViewport(v);
    QSignalSpy selection(mDocument, &AtlasDocument::selectionChanged);
    const QPoint from(600, 320);
    QTest::mousePress(mView, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(80, 30)), mView->mapToGlobal(QPointF(from + QPoint(80, 30))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(mView, &move);
    QTest::mouseRelease(mView, Qt::LeftButton, {}, from + QPoint(80, 30));
    QVERIFY(mView->viewport().centre.x() < 0); // the map followed the drag to the right
    QCOMPARE(selection.count(), 0);
}

QTEST_MAIN(tst_MapView)
#include "tst_mapview.moc"
