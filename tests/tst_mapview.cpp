// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/geo/worldmap.h"
#include "models/query/timecontroller.h"
#include "models/render/map/maplayoutreport.h"
#include "ui/mapview.h"

#include <QImage>
#include <QPaintEvent>
#include <QPainter>

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
    void legendAndButtonsStayOffTheData();
    void selectingATieFramesIt();
    void dateStepRepaintsOnlyWhatChanged();

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

void tst_MapView::legendAndButtonsStayOffTheData()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(r.dataset);
    mDocument->setDataset(*r.dataset);
    mDocument->time()->setRange(QDate(1945, 1, 1), QDate(2030, 1, 1));
    mDocument->time()->setDate(QDate(2021, 9, 15));
    mView->resize(900, 560);
    QCoreApplication::processEvents();
    auto report = [&] {
        MapLayoutReport out;
        MapRenderOptions options = mView->renderOptions();
        options.layoutReport = &out;
        QImage image(mView->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        MapRenderer renderer;
        renderer.paint(p, QRectF(mView->rect()), MapInput::fromDocument(*mDocument), options);
        return out;
    };
    const MapLayoutReport open = report();
    QVERIFY(open.controls && open.legend);
    QCOMPARE(mView->mapArea(), QRectF(mView->rect()));
    QVERIFY(!open.controls->intersects(*open.legend));
    for (QToolButton *b : mView->findChildren<QToolButton *>())
        QVERIFY(open.controls->contains(QRectF(b->geometry())));
    // The buttons and the legend cover no tie's marker and no name.
    for (const MapLayoutReport::Tie &tie : open.ties)
        if (tie.glyph) {
            QVERIFY2(!tie.glyph->intersects(*open.controls), qPrintable(tie.id));
            QVERIFY2(!tie.glyph->intersects(*open.legend), qPrintable(tie.id));
        }
    for (const MapLayoutReport::Label &label : open.labels)
        if (label.kind != QLatin1String("legend")) {
            QVERIFY2(!label.rect.intersects(*open.controls), qPrintable(label.text));
            QVERIFY2(!label.rect.intersects(*open.legend), qPrintable(label.text));
        }

    // A click on the legend closes it to a small tab (the map keeps the whole view); a click on the tab
    // opens it again.
    auto *legendButton = mView->findChild<QToolButton *>(QStringLiteral("legendButton"));
    QVERIFY(legendButton && legendButton->isChecked());
    QTest::mouseClick(mView, Qt::LeftButton, {}, open.legend->center().toPoint());
    QVERIFY(!legendButton->isChecked());
    const MapLayoutReport closed = report();
    QVERIFY(closed.legend);
    QVERIFY(closed.legend->width() * closed.legend->height() < 0.2 * open.legend->width() * open.legend->height());
    QCOMPARE(closed.map, open.map);
    QTest::mouseClick(mView, Qt::LeftButton, {}, closed.legend->center().toPoint());
    QVERIFY(legendButton->isChecked());
}

// Selecting a tie flies the map (animated) to its members; deselecting flies back to the view before
// (the dimming of the other ties: tst_MapRenderer). Animation on: the test waits for the flight to land.
void tst_MapView::selectingATieFramesIt()
{
    QVERIFY(mView->viewport().isReset());
    QSignalSpy moves(mView, &MapView::viewportChanged);
    mDocument->setSelection({ Selection::Kind::Tie, QStringLiteral("us-jpn") });
    QCOMPARE(mView->viewport(), Viewport()); // not yet: it flies
    QTRY_VERIFY_WITH_TIMEOUT(moves.count() >= 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(mView->viewport().zoom > 1.2, 5000);
    QTest::qWait(MapView::kFlightMs + 100);
    const double landed = mView->viewport().zoom;
    // Both ends of the tie inside the map, away from its edges.
    const QRectF inner = mView->mapArea().adjusted(20, 20, -20, -20);
    QVERIFY2(inner.contains(at(139.69, 35.69)), "Tokyo is not in the framed view");
    QVERIFY2(inner.contains(at(-77.04, 38.91)), "Washington is not in the framed view");

    mDocument->setSelection({});
    QTRY_VERIFY_WITH_TIMEOUT(mView->viewport().isReset(), 5000);
    QVERIFY(landed > 1.2);

    // A region preset frames its region: the Asia-Pacific ties in 1960 lie west of the Americas' middle.
    mView->frameShownTies();
    QTRY_VERIFY_WITH_TIMEOUT(!mView->viewport().isReset(), 5000);
}

namespace {

/// Notes the region of every paint event a widget gets.
class PaintRegions : public QObject
{
public:
    QList<QRegion> regions;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            regions.append(static_cast<QPaintEvent *>(event)->region());
        return QObject::eventFilter(watched, event);
    }
};

qint64 area(const QRegion &region)
{
    qint64 sum = 0;
    for (const QRect &r : region)
        sum += qint64(r.width()) * r.height();
    return sum;
}

} // namespace

void tst_MapView::dateStepRepaintsOnlyWhatChanged()
{
    // A day later nothing on the map changes but the date: the view repaints the date's corner (the
    // backing store keeps the rest of the last frame). The first step may turn drafts on (the first
    // frame built the caches and missed the budget), which repaints everything once.
    PaintRegions spy;
    mView->installEventFilter(&spy);
    mDocument->time()->setDate(QDate(1960, 6, 2));
    QTRY_VERIFY(!spy.regions.isEmpty());
    spy.regions.clear();
    mDocument->time()->setDate(QDate(1960, 6, 3));
    QTRY_VERIFY(!spy.regions.isEmpty());
    QVERIFY(area(spy.regions.last()) > 0);
    QVERIFY(area(spy.regions.last()) < qint64(mView->width()) * mView->height() / 4);
}

QTEST_MAIN(tst_MapView)
#include "tst_mapview.moc"
