// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/actorroles.h"
#include "models/io/datasetreader.h"
#include "models/geo/worldmap.h"
#include "models/render/maprenderer.h"
#include "models/render/palette.h"
#include "models/query/snapshot.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace atlas;

namespace {

const QRectF kTarget(0, 0, 1200, 640);

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString describe(QColor c)
{
    return c.name();
}

} // namespace

class tst_MapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countryFillFollowsTheDate_data();
    void countryFillFollowsTheDate();
    void arcPresentAndAbsent();
    void cachedAndDirectPaintingAgree();
    void selectedTieDimsTheOthers();
    void hiddenCountry();
    void hitTesting_data();
    void hitTesting();
    void toolTips();
    void paintsIntoPdfSizedTargets();
    void paintsWithoutADataset();

private:
    struct Frame
    {
        Snapshot snapshot;
        QSet<QString> hidden;
    };
    Frame frameAt(QDate date, const QSet<QString> &hidden = {}) const
    {
        return { takeSnapshot(mDataset, date, hidden), hidden };
    }
    MapInput input(const Frame &f, Selection selection = {}) const
    {
        return { &mDataset, &f.snapshot, &f.hidden, selection };
    }
    static MapRenderOptions bare()
    {
        MapRenderOptions o;
        o.showLabels = false;
        o.showLegend = false;
        o.showDate = false;
        o.showGraticule = false;
        return o;
    }
    QImage render(const Frame &f, const MapRenderOptions &options, MapRenderer &renderer) const
    {
        QImage image(kTarget.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter p(&image);
        renderer.paint(p, kTarget, input(f), options);
        p.end();
        return image;
    }
    // Target pixel of (lon, lat) under \a viewport.
    QPoint pixel(double lon, double lat, const Viewport &viewport = {}) const
    {
        return viewport.transform(kTarget).map(WorldMap::builtIn().projection().project(lon, lat)).toPoint();
    }
    // A viewport zoomed in on (lon, lat), where a country is many pixels wide.
    Viewport zoomedOn(double lon, double lat, double zoom) const
    {
        Viewport v;
        v.zoom = zoom;
        v.centre = WorldMap::builtIn().projection().project(lon, lat);
        return v;
    }
    // A point on the great circle between two capitals, as a target pixel at zoom 1: a fifth of the
    // way from Tokyo to Washington lies over the sea east of the Kurils (the middle is over Alaska, whose
    // fill has the hub's blue).
    QPoint arcMidpoint(const QString &a, const QString &b) const
    {
        const Actor *x = mDataset.actor(a);
        const Actor *y = mDataset.actor(b);
        const QPolygonF line = greatCircle(QPointF(y->lon, y->lat), QPointF(x->lon, x->lat), 0.5);
        const QPointF mid = line[line.size() / 5];
        return pixel(mid.x(), mid.y());
    }
    // Whether a pixel within \a radius of \a at has colour \a colour.
    static bool colourAround(const QImage &image, QPoint at, QColor colour, int radius = 3)
    {
        for (int dy = -radius; dy <= radius; ++dy)
            for (int dx = -radius; dx <= radius; ++dx)
                if (near(image.pixelColor(at + QPoint(dx, dy)), colour, 10))
                    return true;
        return false;
    }

    Dataset mDataset;
    QSet<QString> mAllButUsJapan;
};

void tst_MapRenderer::initTestCase()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(r.dataset);
    mDataset = *r.dataset;
    for (const Actor &a : mDataset.actors)
        if (a.id != u"USA" && a.id != u"JPN")
            mAllButUsJapan.insert(a.id);
    QVERIFY(!WorldMap::builtIn().isEmpty());
}

void tst_MapRenderer::countryFillFollowsTheDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QColor>("japan");
    QTest::addColumn<QColor>("unitedStates");
    QTest::newRow("1940: no treaty yet") << QDate(1940, 6, 1) << Palette::kLand << Palette::roleColour(ActorRole::Hub);
    QTest::newRow("1960: treaty ally") << QDate(1960, 6, 1) << Palette::roleColour(ActorRole::TreatyAlly)
                                       << Palette::roleColour(ActorRole::Hub);
}

void tst_MapRenderer::countryFillFollowsTheDate()
{
    QFETCH(QDate, date);
    QFETCH(QColor, japan);
    QFETCH(QColor, unitedStates);
    MapRenderer renderer;
    MapRenderOptions options = bare();
    // Western Honshu, away from Tokyo where the arcs start.
    options.viewport = zoomedOn(135, 36, 6);
    const QImage image = render(frameAt(date), options, renderer);
    const QColor got = image.pixelColor(pixel(133.6, 35.1, options.viewport));
    QVERIFY2(near(got, japan), qPrintable(describe(got) + QStringLiteral(" expected ") + describe(japan)));
    options.viewport = zoomedOn(-98, 39, 4);
    const QImage us = render(frameAt(date), options, renderer);
    const QColor kansas = us.pixelColor(pixel(-98, 38.5, options.viewport));
    QVERIFY2(near(kansas, unitedStates), qPrintable(describe(kansas)));
}

void tst_MapRenderer::arcPresentAndAbsent()
{
    MapRenderer renderer;
    const QPoint mid = arcMidpoint(QStringLiteral("USA"), QStringLiteral("JPN"));
    const QColor arc = Palette::tieColour(*mDataset.tie(QStringLiteral("us-jpn")), mDataset);
    QCOMPARE(arc, Palette::kBlue);
    const QImage with = render(frameAt(QDate(1960, 6, 1), mAllButUsJapan), bare(), renderer);
    QVERIFY(colourAround(with, mid, arc));
    const QImage without = render(frameAt(QDate(1940, 6, 1), mAllButUsJapan), bare(), renderer);
    QVERIFY(!colourAround(without, mid, arc));
    QVERIFY(near(without.pixelColor(mid), Palette::kOcean));
    // Hiding Japan removes the tie from the map as well.
    QSet<QString> hidden = mAllButUsJapan;
    hidden.insert(QStringLiteral("JPN"));
    QVERIFY(!colourAround(render(frameAt(QDate(1960, 6, 1), hidden), bare(), renderer), mid, arc));
}

void tst_MapRenderer::cachedAndDirectPaintingAgree()
{
    // The raster cache must follow the date: one renderer, two dates, the cached frame must change.
    MapRenderer renderer;
    MapRenderOptions cached = bare();
    cached.rasterCache = true;
    cached.viewport = zoomedOn(135, 36, 6);
    const QPoint japan = pixel(133.6, 35.1, cached.viewport);
    const QColor ally = Palette::roleColour(ActorRole::TreatyAlly);
    QVERIFY(near(render(frameAt(QDate(1960, 6, 1)), cached, renderer).pixelColor(japan), ally));
    QVERIFY(near(render(frameAt(QDate(1940, 6, 1)), cached, renderer).pixelColor(japan), Palette::kLand));
    QVERIFY(near(render(frameAt(QDate(1960, 6, 1)), cached, renderer).pixelColor(japan), ally));
    MapRenderOptions direct = cached;
    direct.rasterCache = false;
    QVERIFY(near(render(frameAt(QDate(1960, 6, 1)), direct, renderer).pixelColor(japan), ally));
    QVERIFY(renderer.cacheRebuilds() >= 2);
}

void tst_MapRenderer::selectedTieDimsTheOthers()
{
    // US–Japan and US–Philippines in 1960; selecting US–Philippines fades US–Japan's arc towards the sea.
    QSet<QString> hidden = mAllButUsJapan;
    hidden.remove(QStringLiteral("PHL"));
    const Frame f = frameAt(QDate(1960, 6, 1), hidden);
    const QPoint mid = arcMidpoint(QStringLiteral("USA"), QStringLiteral("JPN"));
    const QColor arc = Palette::tieColour(*mDataset.tie(QStringLiteral("us-jpn")), mDataset);
    MapRenderer renderer;
    const auto paint = [&](const Selection &selection) {
        QImage image(kTarget.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter p(&image);
        renderer.paint(p, kTarget, input(f, selection), bare());
        return image;
    };
    QVERIFY(colourAround(paint({}), mid, arc));
    QVERIFY(colourAround(paint({ Selection::Kind::Tie, QStringLiteral("us-jpn") }), mid, arc)); // the selected one stays
    QVERIFY(!colourAround(paint({ Selection::Kind::Tie, QStringLiteral("us-phl") }), mid, arc));
    QVERIFY(!colourAround(paint({ Selection::Kind::Tie, QStringLiteral("us-phl") }), mid, QColor(Qt::magenta)));
}

void tst_MapRenderer::hiddenCountry()
{
    MapRenderer renderer;
    MapRenderOptions options = bare();
    options.viewport = zoomedOn(135, 36, 6);
    const QImage image = render(frameAt(QDate(1960, 6, 1), { QStringLiteral("JPN") }), options, renderer);
    const QColor got = image.pixelColor(pixel(133.6, 35.1, options.viewport));
    QVERIFY(!near(got, Palette::roleColour(ActorRole::TreatyAlly)));
    QVERIFY(near(got, Palette::kHiddenLand, 50)); // the light fill or its grey hatching
}

void tst_MapRenderer::hitTesting_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("id");
    QTest::newRow("the arc's middle") << QDate(1960, 6, 1) << "arc" << int(MapRenderer::Hit::Kind::Tie) << "us-jpn";
    QTest::newRow("no arc in 1940") << QDate(1940, 6, 1) << "arc" << int(MapRenderer::Hit::Kind::None) << "";
    QTest::newRow("Japan") << QDate(1960, 6, 1) << "japan" << int(MapRenderer::Hit::Kind::Actor) << "JPN";
    QTest::newRow("Tokyo's marker") << QDate(1960, 6, 1) << "tokyo" << int(MapRenderer::Hit::Kind::Actor) << "JPN";
    QTest::newRow("a country outside the dataset") << QDate(1960, 6, 1) << "brazil" << int(MapRenderer::Hit::Kind::Country) << "BRA";
    QTest::newRow("open sea") << QDate(1960, 6, 1) << "sea" << int(MapRenderer::Hit::Kind::None) << "";
    QTest::newRow("the AUKUS marker") << QDate(2022, 6, 1) << "aukus" << int(MapRenderer::Hit::Kind::Tie) << "aukus";
}

void tst_MapRenderer::hitTesting()
{
    QFETCH(QDate, date);
    QFETCH(QString, where);
    QFETCH(int, kind);
    QFETCH(QString, id);
    MapRenderer renderer;
    MapRenderOptions options = bare();
    const bool onlyUsJapan = where == u"arc";
    const Frame f = frameAt(date, onlyUsJapan ? mAllButUsJapan : QSet<QString>());
    QPointF at;
    if (where == u"arc") {
        at = arcMidpoint(QStringLiteral("USA"), QStringLiteral("JPN"));
    } else if (where == u"japan") {
        options.viewport = zoomedOn(135, 36, 6);
        at = pixel(133.6, 35.1, options.viewport);
    } else if (where == u"tokyo") {
        at = pixel(139.69, 35.69);
    } else if (where == u"brazil") {
        at = pixel(-50, -10);
    } else if (where == u"sea") {
        at = pixel(-140, -30);
    } else if (where == u"aukus") {
        QList<QPointF> members;
        for (const char *m : { "USA", "GBR", "AUS" }) {
            const Actor *a = mDataset.actor(QString::fromLatin1(m));
            members.append(QPointF(a->lon, a->lat));
        }
        const QPointF c = sphericalCentroid(members);
        at = pixel(c.x(), c.y());
    }
    const MapRenderer::Hit hit = renderer.hitTest(at, kTarget, input(f), options);
    QCOMPARE(int(hit.kind), kind);
    QCOMPARE(hit.id, id);
}

void tst_MapRenderer::toolTips()
{
    MapRenderer renderer;
    const Frame f = frameAt(QDate(1960, 6, 1));
    const QString tie = renderer.toolTip({ MapRenderer::Hit::Kind::Tie, QStringLiteral("us-jpn") }, input(f), Language::Chinese);
    QVERIFY(tie.contains(QStringLiteral("US–Japan Security Treaty"))); // the fixture gives no separate zh name
    QVERIFY(tie.contains(QStringLiteral("日本")));
    const QString country = renderer.toolTip({ MapRenderer::Hit::Kind::Actor, QStringLiteral("JPN") }, input(f), Language::English);
    QVERIFY(country.contains(QStringLiteral("<b>Japan</b>")));
    QVERIFY(country.contains(ActorRoles::label(ActorRole::TreatyAlly).toHtmlEscaped()));
    // Dataset text is escaped: a name with markup stays text.
    Dataset tricky = mDataset;
    tricky.actors[tricky.actorIndex(QStringLiteral("JPN"))].name.en = QStringLiteral("<img src=x>");
    tricky.buildIndex();
    const Snapshot s = takeSnapshot(tricky, QDate(1960, 6, 1));
    const QSet<QString> none;
    const QString escaped = renderer.toolTip({ MapRenderer::Hit::Kind::Actor, QStringLiteral("JPN") }, { &tricky, &s, &none, {} }, Language::English);
    QVERIFY(!escaped.contains(QStringLiteral("<img")));
    QVERIFY(escaped.contains(QStringLiteral("&lt;img")));
    QVERIFY(renderer.toolTip({}, input(f), Language::English).isEmpty());
}

void tst_MapRenderer::paintsIntoPdfSizedTargets()
{
    // Export paints into logical points with a scaled painter and no raster cache: the map must fill
    // the target and keep the same colours.
    MapRenderer renderer;
    const Frame f = frameAt(QDate(1960, 6, 1));
    QImage image(1684, 1190, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter p(&image);
    p.scale(2.0, 2.0);
    MapRenderOptions options; // with legend, date and labels
    options.title = QStringLiteral("Title");
    options.caption = QStringLiteral("Sources: test");
    renderer.paint(p, QRectF(0, 0, 842, 595), input(f), options);
    p.end();
    QVERIFY(!near(image.pixelColor(5, 5), Qt::magenta));
    QVERIFY(!near(image.pixelColor(1680, 1186), Qt::magenta));
}

void tst_MapRenderer::paintsWithoutADataset()
{
    MapRenderer renderer;
    QImage image(400, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::magenta);
    QPainter p(&image);
    for (const bool cache : { false, true }) {
        MapRenderOptions options;
        options.rasterCache = cache;
        renderer.paint(p, QRectF(0, 0, 400, 200), MapInput(), options);
    }
    p.end();
    QCOMPARE(renderer.hitTest(QPointF(200, 100), QRectF(0, 0, 400, 200), MapInput(), {}).kind, MapRenderer::Hit::Kind::None);
    const QPoint sea = Viewport().transform(QRectF(0, 0, 400, 200)).map(WorldMap::builtIn().projection().project(-135, -22)).toPoint(); // off the graticule
    QVERIFY2(near(image.pixelColor(sea), Palette::kOcean), qPrintable(image.pixelColor(sea).name() + QString::number(sea.x()) + QLatin1Char(',') + QString::number(sea.y()))); // the base map, and nothing else
}

QTEST_MAIN(tst_MapRenderer)
#include "tst_maprenderer.moc"
