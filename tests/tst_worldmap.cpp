// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"

#include <QFile>
#include <QTest>

using namespace atlas;

class tst_WorldMap : public QObject
{
    Q_OBJECT

private slots:
    void fromTinyTopology();
    void countryAtTiny();
    void builtInHasPacificStates_data();
    void builtInHasPacificStates();
    void noPieceSmearedAcrossTheMap();
    void seamSplitsGreenlandButNotFiji();
    void hitTestingBuiltIn_data();
    void hitTestingBuiltIn();
    void simplifiedOutlines();

    /// The built-in map, read from the binary the build made, is the TopoJSON decoded, projected and
    /// simplified as at run time: every country, outline, level, label point and area.
    void builtInIsTheProjectedTopoJson()
    {
        QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/resources/world/countries-50m.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const WorldMap decoded = WorldMap::fromTopoJson(file.readAll(), EqualEarth(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const WorldMap &builtIn = WorldMap::builtIn();
        QVERIFY(builtIn.countries().size() > 200);
        QCOMPARE(builtIn.countries().size(), decoded.countries().size());
        QCOMPARE(builtIn.projection().centralMeridian(), decoded.projection().centralMeridian());
        for (qsizetype i = 0; i < decoded.countries().size(); ++i) {
            const WorldMap::Country &a = builtIn.countries()[i];
            const WorldMap::Country &b = decoded.countries()[i];
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.name, b.name);
            QVERIFY2(a.path == b.path, qPrintable(a.name));
            QCOMPARE(a.simplified.size(), b.simplified.size());
            for (qsizetype level = 0; level < a.simplified.size(); ++level)
                QVERIFY(a.simplified[level] == b.simplified[level]);
            QCOMPARE(a.bounds, b.bounds);
            QCOMPARE(a.labelPoint, b.labelPoint);
            QCOMPARE(a.anchorLonLat, b.anchorLonLat);
            QCOMPARE(a.area, b.area);
            if (!a.id.isEmpty())
                QCOMPARE(builtIn.indexOf(a.id), decoded.indexOf(b.id));
        }
        QVERIFY(builtIn.country(QStringLiteral("JPN")));
    }

    void binaryRoundTrip()
    {
        const QByteArray data = WorldMap::builtIn().toBinary();
        const WorldMap back = WorldMap::fromBinary(data);
        QCOMPARE(back.countries().size(), WorldMap::builtIn().countries().size());
        QCOMPARE(back.toBinary(), data);
    }

    void rejectsOtherData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("{\"type\": \"Topology\"}");
        QTest::newRow("truncated") << WorldMap::builtIn().toBinary().left(5000);
    }

    void rejectsOtherData()
    {
        QFETCH(QByteArray, data);
        QString error;
        const WorldMap map = WorldMap::fromBinary(data, &error);
        QVERIFY(map.isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

namespace {
WorldMap tinyMap()
{
    QFile file(QStringLiteral(ATLAS_TEST_DATA_DIR "/topojson/tiny.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return WorldMap::fromTopoJson(file.readAll(), EqualEarth(150));
}
} // namespace

void tst_WorldMap::fromTinyTopology()
{
    QString error;
    QFile file(QStringLiteral(ATLAS_TEST_DATA_DIR "/topojson/tiny.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const WorldMap map = WorldMap::fromTopoJson(file.readAll(), EqualEarth(150), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // ISO numeric ids become alpha-3 codes.
    QCOMPARE(map.countries().size(), 3);
    QVERIFY(map.country(QStringLiteral("JPN")));
    QVERIFY(map.country(QStringLiteral("USA")));
    QVERIFY(map.country(QStringLiteral("AUS")));
    QCOMPARE(map.country(QStringLiteral("JPN"))->name, QStringLiteral("West"));
    QVERIFY(!map.country(QStringLiteral("FRA")));

    QString bad;
    const WorldMap broken = WorldMap::fromTopoJson("not json", EqualEarth(150), &bad);
    QVERIFY(broken.isEmpty());
    QVERIFY(!bad.isEmpty());
}

void tst_WorldMap::countryAtTiny()
{
    const WorldMap map = tinyMap();
    const EqualEarth &p = map.projection();
    auto at = [&](double lon, double lat) {
        const int i = map.countryAt(p.project(lon, lat));
        return i < 0 ? QString() : map.countries()[i].id;
    };
    QCOMPARE(at(101, 10.5), QStringLiteral("JPN"));
    QCOMPARE(at(103, 10.5), QStringLiteral("USA"));
    QCOMPARE(at(108.5, 14.5), QStringLiteral("AUS"));
    QCOMPARE(at(106.8, 12.3), QStringLiteral("AUS")); // the island
    QCOMPARE(at(110, 15), QString());                 // the hole
    QCOMPARE(at(120, 40), QString());                 // open sea
}

void tst_WorldMap::builtInHasPacificStates_data()
{
    QTest::addColumn<QString>("code");
    // 1:50m keeps the small Pacific states that 1:110m drops (Tuvalu is only in 1:10m: its capital marker
    // stands for it on the map).
    for (const char *code : { "JPN", "USA", "AUS", "NZL", "PHL", "KOR", "TWN", "FJI", "TON", "WSM", "KIR", "NRU", "MHL", "FSM",
                              "PLW", "SLB", "VUT", "PNG", "GBR", "FRA", "IND" })
        QTest::newRow(code) << QString::fromLatin1(code);
}

void tst_WorldMap::builtInHasPacificStates()
{
    QFETCH(QString, code);
    const WorldMap &map = WorldMap::builtIn();
    const WorldMap::Country *c = map.country(code);
    QVERIFY2(c, qPrintable(code));
    QVERIFY(!c->path.isEmpty());
    QVERIFY(c->area > 0);
}

void tst_WorldMap::noPieceSmearedAcrossTheMap()
{
    const WorldMap &map = WorldMap::builtIn();
    QVERIFY(map.countries().size() > 200);
    QVERIFY(!map.country(QStringLiteral("ATA"))); // Antarctica is left out
    const double half = EqualEarth::bounds().width() / 2;
    for (const WorldMap::Country &c : map.countries())
        for (const QPolygonF &piece : c.path.toSubpathPolygons())
            QVERIFY2(piece.boundingRect().width() < half, qPrintable(c.name));
}

void tst_WorldMap::seamSplitsGreenlandButNotFiji()
{
    const WorldMap &map = WorldMap::builtIn();
    // Greenland straddles 30°W: it comes out in pieces on both edges.
    const WorldMap::Country *greenland = map.country(QStringLiteral("GRL"));
    QVERIFY(greenland);
    bool left = false, right = false;
    for (const QPolygonF &piece : greenland->path.toSubpathPolygons()) {
        left |= piece.boundingRect().center().x() < -1.0;
        right |= piece.boundingRect().center().x() > 1.0;
    }
    QVERIFY(left && right);
    // Fiji straddles 180°, which a Pacific-centred map keeps in one place.
    const WorldMap::Country *fiji = map.country(QStringLiteral("FJI"));
    QVERIFY(fiji);
    QVERIFY(fiji->bounds.width() < 0.2);
    QVERIFY(std::abs(fiji->bounds.center().x() - map.projection().project(178.4, -18).x()) < 0.1);
}

void tst_WorldMap::hitTestingBuiltIn_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("code");
    QTest::newRow("Nagano") << 138.2 << 36.4 << "JPN";
    QTest::newRow("Kansas") << -98.0 << 38.5 << "USA";
    QTest::newRow("Alice Springs") << 133.9 << -23.7 << "AUS";
    QTest::newRow("Viti Levu") << 178.0 << -17.8 << "FJI";
    QTest::newRow("Lesotho inside South Africa") << 28.2 << -29.6 << "LSO";
    QTest::newRow("Pacific Ocean") << -150.0 << 0.0 << "";
}

void tst_WorldMap::hitTestingBuiltIn()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, code);
    const WorldMap &map = WorldMap::builtIn();
    const int i = map.countryAt(map.projection().project(lon, lat));
    QCOMPARE(i < 0 ? QString() : map.countries()[i].id, code);
}

void tst_WorldMap::simplifiedOutlines()
{
    const WorldMap &map = WorldMap::builtIn();
    const int canada = map.indexOf(QStringLiteral("CAN"));
    QVERIFY(canada >= 0);
    const QPainterPath &coarse = map.path(canada, 100);   // a small map: few pixels per unit
    const QPainterPath &fine = map.path(canada, 100000);  // zoomed far in: full detail
    QCOMPARE(&fine, &map.countries()[canada].path);
    QVERIFY(coarse.elementCount() < fine.elementCount() / 4);
    QVERIFY(coarse.boundingRect().intersects(fine.boundingRect()));
}

QTEST_GUILESS_MAIN(tst_WorldMap)
#include "tst_worldmap.moc"
