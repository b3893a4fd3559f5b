// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/render/map/basemaplayer.h"
#include "models/render/map/labellayer.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/map/tielayer.h"
#include "models/render/maprenderer.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTest>

using namespace atlas;

namespace {

const QRectF kTarget(0, 0, 1200, 640);

MapRenderOptions bare()
{
    MapRenderOptions o;
    o.showLabels = false;
    o.showLegend = false;
    o.showDate = false;
    o.showGraticule = false;
    return o;
}

QPointF pixel(double lon, double lat)
{
    return Viewport().transform(kTarget).map(WorldMap::builtIn().projection().project(lon, lat));
}

} // namespace

/// The map's layers one by one: their paint order, each layer's hit test and tooltips, and the layout
/// report they fill.
class tst_MapLayers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layersArePaintedInOrder();
    void baseMapLayerHitsCountries();
    void tieLayerHitsMarkersCapitalsAndLines();
    void layersAnswerOnlyTheirOwnToolTips();
    void cachedImagesFollowTheMapArea();
    void layoutReportIsFilled_data();
    void layoutReportIsFilled();
    void layoutReportHasTheFigureDecorations();
    void layoutReportToJson();
    void markersKeepTheirPlaceWhenMembersAreHidden();
    void damageCoversEveryChangedPixel_data();
    void damageCoversEveryChangedPixel();

private:
    MapFrame frameAt(const Snapshot &snapshot, const MapRenderOptions &options, ArcCache &arcs) const
    {
        const MapInput in { &mSmall, &snapshot, &mNone, {} };
        return MapFrame::build(kTarget, kTarget, in, options, WorldMap::builtIn(), arcs);
    }
    MapLayoutReport reportAt(QDate date, QSize size, Language language, bool cached, MapRenderOptions options = {}) const
    {
        const Snapshot s = takeSnapshot(mBuiltIn, date);
        MapRenderer renderer;
        MapLayoutReport report;
        options.language = language;
        options.rasterCache = cached;
        options.layoutReport = &report;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        // Twice: the second paint of a cached renderer draws the map from its images.
        for (int i = 0; i < (cached ? 2 : 1); ++i)
            renderer.paint(p, QRectF(QPointF(0, 0), size), MapInput { &mBuiltIn, &s, &mNone, {} }, options);
        return report;
    }

    Dataset mSmall;
    Dataset mBuiltIn;
    const QSet<QString> mNone;
};

void tst_MapLayers::initTestCase()
{
    LoadResult small = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(small.dataset);
    mSmall = *small.dataset;
    LoadResult builtIn = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(builtIn.dataset);
    mBuiltIn = *builtIn.dataset;
}

void tst_MapLayers::layersArePaintedInOrder()
{
    const MapRenderer renderer;
    QList<MapLayerOrder> orders;
    for (const MapLayer *layer : renderer.layers())
        orders.append(layer->order());
    // The compare layers (lines with the ties, key with the legend) follow the layers they replace.
    const QList<MapLayerOrder> expected { MapLayerOrder::BaseMap, MapLayerOrder::Fills,  MapLayerOrder::Selection,
                                          MapLayerOrder::Ties,    MapLayerOrder::Ties,   MapLayerOrder::Labels,
                                          MapLayerOrder::Date,    MapLayerOrder::Legend, MapLayerOrder::Legend,
                                          MapLayerOrder::Decorations };
    QCOMPARE(orders, expected);
}

void tst_MapLayers::baseMapLayerHitsCountries()
{
    const Snapshot s = takeSnapshot(mSmall, QDate(1960, 6, 1));
    ArcCache arcs(WorldMap::builtIn());
    const MapRenderOptions options = bare();
    const MapFrame frame = frameAt(s, options, arcs);
    const MapInput in { &mSmall, &s, &mNone, {} };
    const BaseMapLayer layer(WorldMap::builtIn());
    QCOMPARE(layer.hitTest(pixel(-50, -10), frame, in, options), (MapHit { MapHit::Kind::Country, QStringLiteral("BRA") }));
    QCOMPARE(layer.hitTest(pixel(-98, 38.5), frame, in, options), (MapHit { MapHit::Kind::Actor, QStringLiteral("USA") }));
    QCOMPARE(layer.hitTest(pixel(-140, -30), frame, in, options).kind, MapHit::Kind::None);
    // Countries only: Tokyo's capital dot is the ties layer's, to the base map it is Japan.
    QCOMPARE(layer.hitTest(pixel(139.69, 35.69), frame, in, options), (MapHit { MapHit::Kind::Actor, QStringLiteral("JPN") }));
}

void tst_MapLayers::tieLayerHitsMarkersCapitalsAndLines()
{
    const Snapshot s = takeSnapshot(mSmall, QDate(2022, 6, 1));
    ArcCache arcs(WorldMap::builtIn());
    const MapRenderOptions options = bare();
    const MapFrame frame = frameAt(s, options, arcs);
    const MapInput in { &mSmall, &s, &mNone, {} };
    const TieLayer layer(WorldMap::builtIn());
    // The AUKUS star's marker.
    const MapGlyph *aukus = nullptr;
    for (const MapGlyph &g : frame.glyphs)
        if (mSmall.ties[g.tie].id == u"aukus")
            aukus = &g;
    QVERIFY(aukus);
    QCOMPARE(aukus->shape, MapGlyph::Shape::Star);
    QCOMPARE(layer.hitTest(frame.toTarget.map(aukus->marker), frame, in, options), (MapHit { MapHit::Kind::Tie, QStringLiteral("aukus") }));
    // Canberra's capital dot is the actor, not a tie ending there.
    const Actor *australia = mSmall.actor(QStringLiteral("AUS"));
    QCOMPARE(layer.hitTest(pixel(australia->lon, australia->lat), frame, in, options), (MapHit { MapHit::Kind::Actor, QStringLiteral("AUS") }));
    // A point on one of AUKUS's lines, away from the marker and the capitals.
    const QPolygonF spoke = frame.toTarget.map(aukus->lines.first());
    const QPointF onLine = spoke[spoke.size() / 2];
    QCOMPARE(layer.hitTest(onLine, frame, in, options).kind, MapHit::Kind::Tie);
    // Open sea: nothing of the ties layer's.
    QCOMPARE(layer.hitTest(pixel(-140, -30), frame, in, options).kind, MapHit::Kind::None);
}

void tst_MapLayers::layersAnswerOnlyTheirOwnToolTips()
{
    const Snapshot s = takeSnapshot(mSmall, QDate(1960, 6, 1));
    const MapInput in { &mSmall, &s, &mNone, {} };
    const BaseMapLayer base(WorldMap::builtIn());
    const TieLayer ties(WorldMap::builtIn());
    const MapHit japan { MapHit::Kind::Actor, QStringLiteral("JPN") };
    const MapHit treaty { MapHit::Kind::Tie, QStringLiteral("us-jpn") };
    QVERIFY(base.toolTip(japan, in, Language::English).contains(QStringLiteral("<b>Japan</b>")));
    QVERIFY(base.toolTip(treaty, in, Language::English).isEmpty());
    QVERIFY(ties.toolTip(treaty, in, Language::English).contains(QStringLiteral("US–Japan Security Treaty")));
    QVERIFY(ties.toolTip(japan, in, Language::English).isEmpty());
    // The renderer asks its layers and wraps the answer.
    const MapRenderer renderer;
    QCOMPARE(renderer.toolTip(treaty, in, Language::English),
             QStringLiteral("<p style='white-space:pre-wrap'>") + ties.toolTip(treaty, in, Language::English) + QStringLiteral("</p>"));
}

void tst_MapLayers::cachedImagesFollowTheMapArea()
{
    // Another typology changes the legend; the legend is an overlay, so the map area stays and the
    // cached base map and fills drawn for it are right for the new legend too.
    const Snapshot s = takeSnapshot(mBuiltIn, QDate(2021, 9, 15));
    const MapInput in { &mBuiltIn, &s, &mNone, {} };
    const QRectF target(0, 0, 700, 420);
    MapRenderOptions first;
    first.showLabels = false;
    first.showDate = false;
    first.rasterCache = true;
    MapRenderOptions second = first;
    second.scheme = QStringLiteral("no-such-scheme");
    MapRenderer renderer;
    QCOMPARE(renderer.mapArea(target, in, first), target);
    QCOMPARE(renderer.mapArea(target, in, second), target);
    MapLayoutReport report;
    second.layoutReport = &report;
    auto paint = [&](MapRenderer &r, const MapRenderOptions &options) {
        QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter p(&image);
        r.paint(p, target, in, options);
        return image;
    };
    paint(renderer, first);
    QImage switched = paint(renderer, second);
    MapRenderer fresh;
    QImage direct = paint(fresh, second);
    QVERIFY(report.legend);
    // The legend is text drawn through the font's glyph cache; compare the map around it.
    QPainter blank;
    for (QImage *image : { &switched, &direct }) {
        blank.begin(image);
        blank.fillRect(report.legend->adjusted(-2, -2, 2, 2), Qt::black);
        blank.end();
    }
    QVERIFY(switched == direct);
}

void tst_MapLayers::layoutReportIsFilled_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("cached");
    QTest::newRow("2021-09-15 en") << QDate(2021, 9, 15) << QSize(1366, 560) << int(Language::English) << false;
    QTest::newRow("2021-09-15 en cached") << QDate(2021, 9, 15) << QSize(1366, 560) << int(Language::English) << true;
    QTest::newRow("1955-06-01 zh") << QDate(1955, 6, 1) << QSize(1920, 900) << int(Language::Chinese) << false;
}

void tst_MapLayers::layoutReportIsFilled()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QFETCH(int, language);
    QFETCH(bool, cached);
    const MapLayoutReport report = reportAt(date, size, Language(language), cached);
    QCOMPARE(report.day, date);
    QCOMPARE(report.size, QSizeF(size));
    QVERIFY(QRectF(QPointF(0, 0), size).contains(report.map));
    QVERIFY(report.legend);
    QVERIFY(report.date);
    QVERIFY(!report.controls);
    QVERIFY(report.date->width() > 0);

    // Labels of countries, ties and the legend, each inside the target with its font's size.
    QSet<QString> kinds;
    for (const MapLayoutReport::Label &label : report.labels) {
        kinds.insert(label.kind);
        QVERIFY2(!label.text.isEmpty() && label.px > 0 && label.rect.isValid(), qPrintable(label.text));
        QVERIFY2(QRectF(QPointF(0, 0), size).adjusted(-1, -1, 1, 1).contains(label.rect), qPrintable(label.text));
    }
    QVERIFY(kinds.contains(QStringLiteral("country")));
    QVERIFY(kinds.contains(QStringLiteral("tie")));
    QVERIFY(kinds.contains(QStringLiteral("legend")));

    // Every tie in force at the date is in the report, in the snapshot's order; drawn ones have bounds.
    const Snapshot s = takeSnapshot(mBuiltIn, date);
    QCOMPARE(report.ties.size(), s.ties.size());
    int visible = 0;
    for (qsizetype i = 0; i < s.ties.size(); ++i) {
        const MapLayoutReport::Tie &tie = report.ties[i];
        QCOMPARE(tie.id, mBuiltIn.ties[s.ties[i].tie].id);
        if (tie.visible) {
            ++visible;
            QVERIFY(tie.bounds);
        }
    }
    QVERIFY(visible > 0);
}

void tst_MapLayers::layoutReportHasTheFigureDecorations()
{
    MapRenderOptions options;
    options.title = QStringLiteral("A title");
    options.caption = QStringLiteral("Sources: test");
    const MapLayoutReport report = reportAt(QDate(2021, 9, 15), QSize(1366, 768), Language::English, false, options);
    QStringList kinds;
    for (const MapLayoutReport::Label &label : report.labels)
        if (label.kind == u"title" || label.kind == u"caption")
            kinds.append(label.kind + u':' + label.text);
    QCOMPARE(kinds, (QStringList { QStringLiteral("title:A title"), QStringLiteral("caption:Sources: test") }));
    // The AUKUS star has its marker as glyph, inside its bounds.
    const auto aukus = std::find_if(report.ties.cbegin(), report.ties.cend(), [](const auto &t) { return t.id == u"aukus"; });
    QVERIFY(aukus != report.ties.cend());
    QVERIFY(aukus->glyph && aukus->bounds);
    QVERIFY(aukus->bounds->contains(*aukus->glyph));
    // Without labels and legend, the report has neither.
    options = MapRenderOptions();
    options.showLabels = false;
    options.showLegend = false;
    options.showDate = false;
    const MapLayoutReport bareReport = reportAt(QDate(2021, 9, 15), QSize(800, 400), Language::English, true, options);
    QVERIFY(bareReport.labels.isEmpty());
    QVERIFY(!bareReport.legend);
    QVERIFY(!bareReport.date);
    QCOMPARE(bareReport.map, QRectF(0, 0, 800, 400));
}

void tst_MapLayers::layoutReportToJson()
{
    MapLayoutReport report;
    report.size = QSizeF(800, 400);
    report.map = QRectF(0, 0, 800, 350);
    report.date = QRectF(12, 12, 200.123, 40);
    report.day = QDate(2021, 9, 15);
    report.labels.append({ QStringLiteral("Japan"), QStringLiteral("country"), QRectF(10, 20, 30, 12), 12 });
    report.ties.append({ QStringLiteral("aukus"), true, QRectF(1, 2, 12, 12), QRectF(0, 0, 100, 50), false });
    report.ties.append({ QStringLiteral("hidden"), false, std::nullopt, std::nullopt, false });
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value(QLatin1String("size")).toArray(), (QJsonArray { 800, 400 }));
    const QJsonObject regions = json.value(QLatin1String("regions")).toObject();
    QCOMPARE(regions.value(QLatin1String("map")).toArray(), (QJsonArray { 0, 0, 800, 350 }));
    QCOMPARE(regions.value(QLatin1String("date")).toArray(), (QJsonArray { 12, 12, 200.12, 40 }));
    QVERIFY(regions.value(QLatin1String("legend")).isNull());
    QVERIFY(regions.value(QLatin1String("controls")).isNull());
    const QJsonObject label = json.value(QLatin1String("labels")).toArray().first().toObject();
    QCOMPARE(label.value(QLatin1String("text")).toString(), QStringLiteral("Japan"));
    QCOMPARE(label.value(QLatin1String("kind")).toString(), QStringLiteral("country"));
    QCOMPARE(label.value(QLatin1String("rect")).toArray(), (QJsonArray { 10, 20, 30, 12 }));
    QCOMPARE(label.value(QLatin1String("px")).toDouble(), 12.0);
    const QJsonArray ties = json.value(QLatin1String("ties")).toArray();
    QCOMPARE(ties.size(), 2);
    QCOMPARE(ties[0].toObject().value(QLatin1String("glyph")).toArray(), (QJsonArray { 1, 2, 12, 12 }));
    QVERIFY(ties[1].toObject().value(QLatin1String("glyph")).isNull());
    QVERIFY(ties[1].toObject().value(QLatin1String("bounds")).isNull());
    QCOMPARE(ties[1].toObject().value(QLatin1String("visible")).toBool(), false);
    QCOMPARE(json.value(QLatin1String("date")).toString(), QStringLiteral("2021-09-15"));
}

// Toggling a member leaves every minilateral's and group's marker where it was (its lines to the
// hidden member go); only a tie that falls below two members disappears.
void tst_MapLayers::markersKeepTheirPlaceWhenMembersAreHidden()
{
    const QDate date(2021, 9, 15);
    ArcCache arcs(WorldMap::builtIn());
    const MapRenderOptions options = bare();
    auto markers = [&](const QSet<QString> &hidden) {
        const Snapshot s = takeSnapshot(mBuiltIn, date, hidden);
        const MapInput in { &mBuiltIn, &s, &hidden, {} };
        const MapFrame frame = MapFrame::build(kTarget, kTarget, in, options, WorldMap::builtIn(), arcs);
        QHash<int, QPointF> at;
        for (const MapGlyph &g : frame.glyphs)
            if (g.hasMarker)
                at.insert(g.tie, g.marker);
        return at;
    };
    const QHash<int, QPointF> all = markers({});
    QVERIFY(all.size() >= 5);
    for (const QSet<QString> &hidden : { QSet<QString> { QStringLiteral("IND") }, QSet<QString> { QStringLiteral("USA") },
                                         QSet<QString> { QStringLiteral("GBR"), QStringLiteral("FRA") } }) {
        const QHash<int, QPointF> some = markers(hidden);
        QVERIFY(!some.isEmpty());
        for (auto it = some.cbegin(); it != some.cend(); ++it) {
            QVERIFY2(all.contains(it.key()), qPrintable(mBuiltIn.ties[it.key()].id));
            const QPointF moved = it.value() - all.value(it.key());
            QVERIFY2(std::hypot(moved.x(), moved.y()) < 1e-9, qPrintable(mBuiltIn.ties[it.key()].id));
        }
    }
}

void tst_MapLayers::damageCoversEveryChangedPixel_data()
{
    QTest::addColumn<bool>("labels");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("selectedTie");
    QTest::newRow("ties: every tie new") << false << QDate(1900, 1, 1) << QString();
    // Five Eyes selected, gaining members: wider, cased, cross-regional (a double line), across the
    // map's seam (arrowheads).
    QTest::newRow("ties: Five Eyes selected") << false << QDate(1946, 6, 1) << QStringLiteral("five-eyes");
    // Names placed anew, numbered callouts with leader lines and their key.
    QTest::newRow("labels: 1990 to 2024") << true << QDate(1990, 1, 1) << QString();
}

// Where ties or labels change, the cached image is repainted only within the rectangles the layer's
// damage() names: every pixel that differs must lie in them, or it would be left stale. At the size of
// a 4K screen, where lines, casings, arrowheads and leaders are widest.
void tst_MapLayers::damageCoversEveryChangedPixel()
{
    QFETCH(bool, labels);
    QFETCH(QDate, from);
    QFETCH(QString, selectedTie);
    const QRectF target(0, 0, 3840, 2160);
    MapRenderOptions options = bare();
    options.rasterCache = true;
    options.showLabels = labels;
    const Selection selection = selectedTie.isEmpty() ? Selection() : Selection { Selection::Kind::Tie, selectedTie };
    ArcCache arcs(WorldMap::builtIn());
    TieLayer ties(WorldMap::builtIn());
    LabelLayer names(WorldMap::builtIn());
    MapLayer &layer = labels ? static_cast<MapLayer &>(names) : ties;
    // The layer painted as on the cached images (MapRenderer::updateRaster), alone on nothing.
    auto paint = [&](const MapFrame &frame, const MapInput &input) {
        QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        layer.paint(p, frame, input, options);
        return image;
    };
    auto frameOf = [&](const MapInput &input) {
        MapFrame f = MapFrame::build(target, target, input, options, WorldMap::builtIn(), arcs);
        f.sprites = f.rasterOutlines = true;
        f.devicePxPerUnit = f.pxPerUnit;
        return f;
    };
    const Snapshot then = takeSnapshot(mBuiltIn, from);
    const MapInput thenInput { &mBuiltIn, &then, &mNone, selection };
    const MapFrame thenFrame = frameOf(thenInput);
    QVERIFY(layer.changed(thenFrame, thenInput, options));
    const QImage before = paint(thenFrame, thenInput);
    layer.remember(thenFrame, thenInput, options);

    const Snapshot now = takeSnapshot(mBuiltIn, QDate(2024, 6, 1));
    const MapInput input { &mBuiltIn, &now, &mNone, selection };
    const MapFrame frame = frameOf(input);
    const MapDamage damage = layer.damage(frame, input, options);
    QVERIFY(!damage.all);
    QVERIFY(!damage.rects.isEmpty());
    const QImage after = paint(frame, input);

    QImage covered(after.size(), QImage::Format_Alpha8);
    covered.fill(0);
    {
        QPainter p(&covered);
        for (const QRectF &r : damage.rects)
            p.fillRect(r.toAlignedRect(), Qt::white);
    }
    qsizetype changed = 0;
    for (int y = 0; y < after.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(before.constScanLine(y));
        const auto *b = reinterpret_cast<const QRgb *>(after.constScanLine(y));
        const uchar *inside = covered.constScanLine(y);
        for (int x = 0; x < after.width(); ++x) {
            if (a[x] == b[x])
                continue;
            ++changed;
            QVERIFY2(inside[x], qPrintable(QStringLiteral("pixel (%1, %2) changed outside the damage").arg(x).arg(y)));
        }
    }
    QVERIFY(changed > 100000);
}

QTEST_MAIN(tst_MapLayers)
#include "tst_maplayers.moc"
