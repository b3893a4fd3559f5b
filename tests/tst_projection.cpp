// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/projection.h"
#include "models/geo/viewport.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace atlas;

namespace {

double area(const QPolygonF &poly)
{
    double a = 0;
    for (qsizetype i = 0, n = poly.size(); i < n; ++i) {
        const QPointF &p = poly[i];
        const QPointF &q = poly[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(a) / 2;
}

QPolygonF lonLatBox(double west, double east, double south, double north)
{
    // Corners only: the projection subdivides long edges itself.
    return QPolygonF({ QPointF(west, south), QPointF(east, south), QPointF(east, north), QPointF(west, north), QPointF(west, south) });
}

double lonDifference(double a, double b)
{
    double d = std::fmod(a - b + 540.0, 360.0) - 180.0;
    return std::abs(d);
}

} // namespace

class tst_Projection : public QObject
{
    Q_OBJECT

private slots:
    void knownValues();
    void roundTrip_data();
    void roundTrip();
    void outsideTheMap_data();
    void outsideTheMap();
    void seam();
    void rings_data();
    void rings();
    void lineAcrossTheSeam();
    void greatCircles();
    void viewportZoomKeepsPoint();
    void viewportPanAndClamp();
};

void tst_Projection::knownValues()
{
    const EqualEarth p(150.0);
    // The centre of the map is the central meridian on the equator.
    QCOMPARE(p.project(150.0, 0.0), QPointF(0, 0));
    // Extents of Equal Earth on the unit sphere (Šavrič et al. 2018): x to ±2.70663, y to ±1.31736.
    const QRectF b = EqualEarth::bounds();
    QVERIFY(std::abs(b.right() - 2.706630) < 1e-5);
    QVERIFY(std::abs(b.bottom() - 1.317362) < 1e-5);
    // North is up (negative y), east is right.
    QVERIFY(p.project(150.0, 45.0).y() < 0);
    QVERIFY(p.project(160.0, 0.0).x() > 0);
    // Tokyo is just west of the centre, Washington far east (the Americas lie right of the Pacific).
    QVERIFY(p.project(139.69, 35.69).x() < 0);
    QVERIFY(p.project(-77.04, 38.91).x() > 1.5);
    QVERIFY(p.project(-0.13, 51.51).x() < -1.5);
}

void tst_Projection::roundTrip_data()
{
    QTest::addColumn<double>("centre");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");

    QTest::newRow("centre") << 150.0 << 150.0 << 0.0;
    QTest::newRow("Tokyo") << 150.0 << 139.69 << 35.69;
    QTest::newRow("Washington") << 150.0 << -77.04 << 38.91;
    QTest::newRow("Canberra") << 150.0 << 149.13 << -35.28;
    QTest::newRow("Suva, across 180°") << 150.0 << 178.44 << -18.14;
    QTest::newRow("west of 180°") << 150.0 << -179.9 << 10.0;
    QTest::newRow("near the seam, east side") << 150.0 << -30.01 << 20.0;
    QTest::newRow("near the seam, west side") << 150.0 << -29.99 << -20.0;
    QTest::newRow("high north") << 150.0 << 100.0 << 89.0;
    QTest::newRow("high south") << 150.0 << -60.0 << -89.0;
    QTest::newRow("Greenwich-centred") << 0.0 << -0.13 << 51.51;
    QTest::newRow("centred on 150°W") << -150.0 << 170.0 << 5.0;
}

void tst_Projection::roundTrip()
{
    QFETCH(double, centre);
    QFETCH(double, lon);
    QFETCH(double, lat);
    const EqualEarth p(centre);
    const QPointF xy = p.project(lon, lat);
    const auto back = p.unproject(xy);
    QVERIFY(back.has_value());
    QVERIFY2(lonDifference(back->x(), lon) < 1e-8, qPrintable(QStringLiteral("lon %1 -> %2").arg(lon).arg(back->x())));
    QVERIFY2(std::abs(back->y() - lat) < 1e-8, qPrintable(QStringLiteral("lat %1 -> %2").arg(lat).arg(back->y())));
}

void tst_Projection::outsideTheMap_data()
{
    QTest::addColumn<QPointF>("mapPoint");
    QTest::newRow("right of the equator's end") << QPointF(2.8, 0);
    QTest::newRow("below the south pole line") << QPointF(0, 1.4);
    QTest::newRow("corner outside the rounded edge") << QPointF(2.6, -1.2);
}

void tst_Projection::outsideTheMap()
{
    QFETCH(QPointF, mapPoint);
    QVERIFY(!EqualEarth(150).unproject(mapPoint).has_value());
}

void tst_Projection::seam()
{
    const EqualEarth p(150.0);
    QCOMPARE(p.seamLongitude(), -30.0);
    QCOMPARE(EqualEarth(0).seamLongitude(), -180.0);
    QCOMPARE(p.relativeLongitude(-30.0), -180.0);
    QCOMPARE(p.relativeLongitude(180.0), 30.0);
}

// Rings given as lon/lat boxes: how many pieces they must come out as, and their true area (an
// equal-area projection of the unit sphere keeps it, so the pieces must add up to it).
void tst_Projection::rings_data()
{
    QTest::addColumn<QPolygonF>("ring");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<double>("trueArea");

    auto boxArea = [](double west, double east, double south, double north) {
        return qDegreesToRadians(east - west) * (std::sin(qDegreesToRadians(north)) - std::sin(qDegreesToRadians(south)));
    };
    QTest::newRow("box across the seam (35°W–25°W)") << lonLatBox(-35, -25, 10, 20) << 2 << boxArea(-35, -25, 10, 20);
    QTest::newRow("Greenland-like box (73°W–12°W)") << lonLatBox(-73, -12, 60, 83) << 2 << boxArea(-73, -12, 60, 83);
    QTest::newRow("box east of the seam") << lonLatBox(-29, -20, -40, -30) << 1 << boxArea(-29, -20, -40, -30);
    QTest::newRow("box across 180° (Fiji-like)") << lonLatBox(176, 184, -20, -15) << 1 << boxArea(176, 184, -20, -15);
    QTest::newRow("box in East Asia") << lonLatBox(125, 145, 30, 45) << 1 << boxArea(125, 145, 30, 45);
    QPolygonF reversed = lonLatBox(-35, -25, 10, 20);
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("reversed winding across the seam") << reversed << 2 << boxArea(-35, -25, 10, 20);
    QPolygonF cap;
    for (int lon = -180; lon <= 180; lon += 10)
        cap.append(QPointF(lon, -70));
    QTest::newRow("ring around the south pole") << cap << 2 << 2 * M_PI * (1 - std::cos(qDegreesToRadians(20.0)));
}

void tst_Projection::rings()
{
    QFETCH(QPolygonF, ring);
    QFETCH(int, pieces);
    QFETCH(double, trueArea);
    const EqualEarth p(150.0);
    const QList<QPolygonF> out = p.projectRing(ring);
    QCOMPARE(out.size(), pieces);
    const double halfWidth = EqualEarth::bounds().width() / 2;
    double sum = 0;
    for (const QPolygonF &piece : out) {
        QVERIFY(piece.size() >= 3);
        if (trueArea < 1) // a ring round the pole spans the map by nature
            QVERIFY2(piece.boundingRect().width() < halfWidth, "a piece is smeared across the map");
        sum += area(piece);
    }
    QVERIFY2(std::abs(sum - trueArea) < 1e-3 * std::max(trueArea, 0.01),
             qPrintable(QStringLiteral("area %1, expected %2").arg(sum).arg(trueArea)));
    if (pieces == 2 && trueArea < 1) {
        // One piece at each edge of the map.
        const QRectF a = out[0].boundingRect();
        const QRectF b = out[1].boundingRect();
        QVERIFY((a.center().x() < 0) != (b.center().x() < 0));
    }
}

void tst_Projection::lineAcrossTheSeam()
{
    const EqualEarth p(150.0);
    // Washington -> London crosses 30°W: it leaves the right edge and comes back at the left one.
    const QList<QPolygonF> pieces = p.projectLine(greatCircle(QPointF(-77.04, 38.91), QPointF(-0.13, 51.51)));
    QCOMPARE(pieces.size(), 2);
    const QPointF exit = pieces[0].last();
    const QPointF entry = pieces[1].first();
    QVERIFY(exit.x() > 0 && entry.x() < 0);
    QVERIFY(std::abs(exit.x() + entry.x()) < 1e-9); // mirror points on the two edges
    QVERIFY(std::abs(exit.y() - entry.y()) < 1e-9);
    // Tokyo -> Washington stays in one piece across the Pacific.
    QCOMPARE(p.projectLine(greatCircle(QPointF(139.69, 35.69), QPointF(-77.04, 38.91))).size(), 1);
}

void tst_Projection::greatCircles()
{
    QVERIFY(std::abs(angularDistance(QPointF(0, 0), QPointF(90, 0)) - 90) < 1e-9);
    QVERIFY(std::abs(angularDistance(QPointF(10, 90), QPointF(-170, 0)) - 90) < 1e-9);
    const QPolygonF line = greatCircle(QPointF(0, 0), QPointF(90, 0), 10);
    QCOMPARE(line.first(), QPointF(0, 0));
    QCOMPARE(line.last(), QPointF(90, 0));
    QCOMPARE(line.size(), 10);
    QVERIFY(std::abs(line[3].x() - 30) < 1e-9 && std::abs(line[3].y()) < 1e-9);
    const QPointF c = sphericalCentroid({ QPointF(-10, 0), QPointF(10, 0) });
    QVERIFY(std::abs(c.x()) < 1e-9 && std::abs(c.y()) < 1e-9);
}

void tst_Projection::viewportZoomKeepsPoint()
{
    const QRectF target(0, 0, 1000, 600);
    Viewport v;
    const QPointF at(700, 200);
    const QPointF mapPoint = v.transform(target).inverted().map(at);
    const Viewport zoomed = v.zoomedAt(at, 3.0, target);
    QCOMPARE(zoomed.zoom, 3.0);
    const QPointF screen = zoomed.transform(target).map(mapPoint);
    QVERIFY(std::abs(screen.x() - at.x()) < 1e-6 && std::abs(screen.y() - at.y()) < 1e-6);
    // Zoom is limited at both ends.
    QCOMPARE(v.zoomedAt(at, 0.1, target).zoom, Viewport::kMinZoom);
    QCOMPARE(v.zoomedAt(at, 1000, target).zoom, Viewport::kMaxZoom);
}

void tst_Projection::viewportPanAndClamp()
{
    const QRectF target(0, 0, 1000, 600);
    Viewport v;
    v.zoom = 4;
    const QPointF mapPoint(0.5, -0.3);
    const QPointF before = v.transform(target).map(mapPoint);
    const Viewport moved = v.pannedBy(QPointF(40, -25), target);
    const QPointF after = moved.transform(target).map(mapPoint);
    QVERIFY(std::abs(after.x() - before.x() - 40) < 1e-6 && std::abs(after.y() - before.y() + 25) < 1e-6);
    // The centre never leaves the map.
    const Viewport far = v.pannedBy(QPointF(-1e6, 1e6), target);
    QVERIFY(EqualEarth::bounds().contains(far.centre));
    QVERIFY(Viewport().isReset());
    QVERIFY(!moved.isReset());
}

QTEST_GUILESS_MAIN(tst_Projection)
#include "tst_projection.moc"
