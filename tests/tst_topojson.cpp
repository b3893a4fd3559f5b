// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/topojson.h"

#include <QFile>
#include <QTest>

using namespace atlas;

class tst_TopoJson : public QObject
{
    Q_OBJECT

private slots:
    void decodesQuantizedArcs();
    void sharedArcReversed();
    void multiPolygonWithHole();
    void plainArcs();
    void errors_data();
    void errors();
};

namespace {
QByteArray tiny()
{
    QFile file(QStringLiteral(ATLAS_TEST_DATA_DIR "/topojson/tiny.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void tst_TopoJson::decodesQuantizedArcs()
{
    const TopoJsonResult r = TopoJson::read(tiny(), QStringLiteral("countries"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.features.size(), 3); // the point and the null geometry have no area
    const GeoFeature &west = r.features[0];
    QCOMPARE(west.id, QStringLiteral("392"));
    QCOMPARE(west.name, QStringLiteral("West"));
    QCOMPARE(west.polygons.size(), 1);
    // Arc 1 then arc 0, the shared point kept once: a closed ring of five points.
    const QPolygonF expected({ QPointF(102, 11), QPointF(100, 11), QPointF(100, 10), QPointF(102, 10), QPointF(102, 11) });
    QCOMPARE(west.polygons[0][0], expected);
    // A numeric id is read as its decimal string.
    QCOMPARE(r.features[1].id, QStringLiteral("840"));
}

void tst_TopoJson::sharedArcReversed()
{
    const TopoJsonResult r = TopoJson::read(tiny(), QStringLiteral("countries"));
    QVERIFY(r.ok());
    const QPolygonF east = r.features[1].polygons[0][0];
    const QPolygonF expected({ QPointF(102, 10), QPointF(104, 10), QPointF(104, 11), QPointF(102, 11), QPointF(102, 10) });
    QCOMPARE(east, expected);
}

void tst_TopoJson::multiPolygonWithHole()
{
    const TopoJsonResult r = TopoJson::read(tiny(), QStringLiteral("countries"));
    QVERIFY(r.ok());
    const GeoFeature &islands = r.features[2];
    QCOMPARE(islands.id, QStringLiteral("036"));
    QCOMPARE(islands.polygons.size(), 2);
    QCOMPARE(islands.polygons[0].size(), 2); // outer ring and hole
    QCOMPARE(islands.polygons[0][1].first(), QPointF(109, 14.5));
    QCOMPARE(islands.polygons[0][1][2], QPointF(111, 15.5));
    QCOMPARE(islands.polygons[1].size(), 1);
    QCOMPARE(islands.polygons[1][0].size(), 4);
}

void tst_TopoJson::plainArcs()
{
    const QByteArray json = R"({"type":"Topology","arcs":[[[1.5,2.5],[3,2.5],[3,4],[1.5,2.5]]],
        "objects":{"land":{"type":"Polygon","arcs":[[0]]}}})";
    const TopoJsonResult r = TopoJson::read(json, QStringLiteral("land"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.features.size(), 1);
    QCOMPARE(r.features[0].polygons[0][0][1], QPointF(3, 2.5));
}

void tst_TopoJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("not JSON") << QByteArray("{\"type\": ") << "countries" << "not valid JSON";
    QTest::newRow("not a topology") << QByteArray(R"({"type":"FeatureCollection"})") << "countries" << "not a TopoJSON topology";
    QTest::newRow("no such object") << QByteArray(R"({"type":"Topology","arcs":[],"objects":{}})") << "countries" << "no object";
    QTest::newRow("arc index out of range")
        << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,0]]],"objects":{"c":{"type":"Polygon","arcs":[[5]]}}})")
        << "c" << "out of range";
    QTest::newRow("reversed index out of range")
        << QByteArray(R"({"type":"Topology","arcs":[[[0,0],[1,0],[1,1],[0,0]]],"objects":{"c":{"type":"Polygon","arcs":[[-3]]}}})")
        << "c" << "out of range";
    QTest::newRow("short position") << QByteArray(R"({"type":"Topology","arcs":[[[0]]],"objects":{"c":{"type":"Polygon","arcs":[[0]]}}})")
                                    << "c" << "fewer than two";
    QTest::newRow("bad transform") << QByteArray(R"({"type":"Topology","transform":{"scale":[1]},"arcs":[],"objects":{"c":{"type":"Polygon","arcs":[]}}})")
                                   << "c" << "transform";
}

void tst_TopoJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, object);
    QFETCH(QString, errorPart);
    const TopoJsonResult r = TopoJson::read(json, object);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(errorPart), qPrintable(r.error));
    QVERIFY(r.features.isEmpty());
}

QTEST_GUILESS_MAIN(tst_TopoJson)
#include "tst_topojson.moc"
