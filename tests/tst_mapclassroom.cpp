// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/render/map/mapframe.h"
#include "models/render/map/mapstyle.h"
#include "models/render/map/maplayoutreport.h"
#include "models/render/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace atlas;

/// The map held to the classroom budgets through its layout report, over a grid of dates, map sizes
/// (a 1366×768 and a 1920×1080 window's map) and languages: nothing in force leaves the frame.
class tst_MapClassroom : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTieInForceIsInsideTheFrame_data();
    void everyTieInForceIsInsideTheFrame();
    void linesCutByTheSeamAreMarked();
    void labelsDoNotOverlap_data();
    void labelsDoNotOverlap();
    void everyMemberInForceIsNamed_data();
    void everyMemberInForceIsNamed();
    void dateCoversNoPlaceWhenZoomed();
    void legendIsACompactOverlayOffTheData_data();
    void legendIsACompactOverlayOffTheData();
    void legendListsOnlyWhatIsOnTheMap();
    void collapsedLegendGivesTheSpaceBack();

private:
    MapLayoutReport reportAt(QDate date, QSize size, Language language, MapRenderOptions options = {}) const
    {
        const Snapshot s = takeSnapshot(mBuiltIn, date);
        MapLayoutReport report;
        options.language = language;
        options.layoutReport = &report;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        image.fill(Qt::white);
        mRenderer.paint(p, QRectF(QPointF(0, 0), size), MapInput { &mBuiltIn, &s, &mNone, {} }, options);
        p.end();
        // To look at the grid: ATLAS_MAP_SHOTS=/some/dir ./tst_mapclassroom writes every map painted.
        const QString dir = qEnvironmentVariable("ATLAS_MAP_SHOTS");
        if (!dir.isEmpty())
            image.save(QStringLiteral("%1/map-%2-%3x%4-%5.png")
                           .arg(dir, date.toString(Qt::ISODate))
                           .arg(size.width())
                           .arg(size.height())
                           .arg(language == Language::English ? QLatin1String("en") : QLatin1String("zh")));
        return report;
    }
    static void addGrid();

    Dataset mBuiltIn;
    const QSet<QString> mNone;
    mutable MapRenderer mRenderer;
};

void tst_MapClassroom::initTestCase()
{
    LoadResult builtIn = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(builtIn.dataset);
    mBuiltIn = *builtIn.dataset;
}

void tst_MapClassroom::addGrid()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("language");
    const QList<QDate> dates { QDate(1955, 6, 1), QDate(1985, 6, 1), QDate(2007, 6, 1),
                               QDate(2021, 9, 15), QDate(2022, 6, 30), QDate(2025, 6, 30) };
    const QList<QSize> sizes { QSize(900, 560), QSize(1300, 800) };
    for (const QDate &date : dates)
        for (const QSize &size : sizes)
            for (const Language language : { Language::English, Language::Chinese })
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3 %4")
                                             .arg(date.toString(Qt::ISODate))
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(language == Language::English ? QLatin1String("en") : QLatin1String("zh"))))
                    << date << size << int(language);
}

void tst_MapClassroom::everyTieInForceIsInsideTheFrame_data()
{
    addGrid();
}

void tst_MapClassroom::everyTieInForceIsInsideTheFrame()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QFETCH(int, language);
    const MapLayoutReport report = reportAt(date, size, Language(language));
    QVERIFY(!report.ties.isEmpty());
    for (const MapLayoutReport::Tie &tie : report.ties) {
        if (!tie.bounds)
            continue; // not drawn (fewer than two placed members)
        QVERIFY2(tie.visible, qPrintable(tie.id));
        QVERIFY2(!tie.clipped, qPrintable(QStringLiteral("%1 leaves the map: bounds %2,%3 %4x%5 map %6,%7 %8x%9")
                                               .arg(tie.id)
                                               .arg(tie.bounds->x()).arg(tie.bounds->y())
                                               .arg(tie.bounds->width()).arg(tie.bounds->height())
                                               .arg(report.map.x()).arg(report.map.y())
                                               .arg(report.map.width()).arg(report.map.height())));
    }
}

void tst_MapClassroom::linesCutByTheSeamAreMarked()
{
    // The Pacific-centred map cuts trans-Atlantic lines at its left and right edges: each cut end is
    // recorded with its direction (to paint an arrowhead pointing to where the line continues).
    const Snapshot s = takeSnapshot(mBuiltIn, QDate(2021, 9, 15));
    const QRectF target(0, 0, 1300, 800);
    ArcCache arcs(WorldMap::builtIn());
    const MapFrame frame = MapFrame::build(target, target, MapInput { &mBuiltIn, &s, &mNone, {} }, MapRenderOptions(),
                                           WorldMap::builtIn(), arcs);
    int cut = 0, left = 0, right = 0;
    for (const MapGlyph &g : frame.glyphs) {
        const qsizetype pieces = g.lines.size() + g.weakLines.size();
        QVERIFY(g.seams.size() % 2 == 0);
        QVERIFY(g.seams.size() <= 2 * pieces);
        for (const QLineF &seam : g.seams) {
            ++cut;
            // The cut point is on the seam: just inside it, the longitude is the central meridian's antipode.
            const EqualEarth &projection = WorldMap::builtIn().projection();
            const auto lonLat = projection.unproject(QPointF(seam.p2().x() * 0.999, seam.p2().y()));
            QVERIFY(lonLat);
            const double fromSeam = std::remainder(lonLat->x() - (projection.centralMeridian() + 180), 360.0);
            QVERIFY2(std::abs(fromSeam) < 1.0, qPrintable(QString::number(lonLat->x())));
            QVERIFY(std::abs(seam.p1().x()) < std::abs(seam.p2().x()));
            (seam.p2().x() < 0 ? left : right) += 1;
        }
    }
    QVERIFY(cut > 0);
    QCOMPARE(left, right); // every cut has its continuation on the other edge
}

void tst_MapClassroom::labelsDoNotOverlap_data()
{
    addGrid();
}

void tst_MapClassroom::labelsDoNotOverlap()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QFETCH(int, language);
    const MapLayoutReport report = reportAt(date, size, Language(language));
    QList<MapLayoutReport::Label> map;
    for (const MapLayoutReport::Label &label : report.labels)
        if (label.kind != QLatin1String("legend"))
            map.append(label); // names, numbered callouts and the callouts' key
    QVERIFY(!map.isEmpty());
    for (qsizetype i = 0; i < map.size(); ++i) {
        QVERIFY2(report.map.contains(map[i].rect), qPrintable(map[i].text));
        for (qsizetype j = i + 1; j < map.size(); ++j)
            QVERIFY2(!map[i].rect.intersects(map[j].rect), qPrintable(map[i].text + QStringLiteral(" / ") + map[j].text));
    }
    // Neither the big date nor the buttons' corner hides a name.
    for (const MapLayoutReport::Label &label : std::as_const(map))
        QVERIFY2(!report.date || !report.date->intersects(label.rect), qPrintable(label.text));
    if (date == QDate(2025, 6, 30) && language == int(Language::English)) {
        const bool philippines = std::any_of(map.begin(), map.end(), [](const MapLayoutReport::Label &l) { return l.text == u"Philippines"; });
        QVERIFY(philippines);
    }
}

void tst_MapClassroom::everyMemberInForceIsNamed_data()
{
    addGrid();
}

// Every member of a tie in force is named on the map: by a label beside its place or set off with a
// leader line, or by a numbered callout whose number the callouts' key names.
void tst_MapClassroom::everyMemberInForceIsNamed()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QFETCH(int, language);
    const MapLayoutReport report = reportAt(date, size, Language(language));
    QSet<QString> named;
    QSet<QString> numbers;
    for (const MapLayoutReport::Label &label : report.labels) {
        if (label.kind == QLatin1String("country") || label.kind == QLatin1String("tie"))
            named.insert(label.text); // an organisation in a tie (NATO with the IP4) is named by its own tie's label
        else if (label.kind == QLatin1String("callout"))
            numbers.insert(label.text);
    }
    for (const MapLayoutReport::Label &label : report.labels) {
        const qsizetype gap = label.text.indexOf(QStringLiteral("  "));
        if (label.kind == QLatin1String("legend") && gap > 0 && numbers.contains(label.text.left(gap)))
            named.insert(label.text.mid(gap + 2));
    }
    QSet<QString> keyed; // every badge's number is in the key
    for (const MapLayoutReport::Label &label : report.labels)
        if (label.kind == QLatin1String("legend") && label.text.contains(QStringLiteral("  ")))
            keyed.insert(label.text.left(label.text.indexOf(QStringLiteral("  "))));
    for (const QString &number : std::as_const(numbers))
        QVERIFY2(keyed.contains(number), qPrintable(number));
    const Snapshot s = takeSnapshot(mBuiltIn, date);
    for (const TieState &tie : s.ties)
        for (const QString &id : tie.allMembers()) {
            if (!mBuiltIn.actor(id))
                continue;
            const QString name = MapStyle::labelName(mBuiltIn, id, Language(language));
            QVERIFY2(named.contains(name), qPrintable(QStringLiteral("%1 (%2) is not named").arg(name, id)));
        }
}

// Zoomed in so that a capital or a minilateral's marker would sit under the big date in the top
// left, the date goes to the corner with no place under it.
void tst_MapClassroom::dateCoversNoPlaceWhenZoomed()
{
    const QDate date(2021, 9, 15);
    const QSize size(1300, 800);
    const QRectF target(QPointF(0, 0), size);
    const WorldMap &world = WorldMap::builtIn();
    for (const QString &id : { QStringLiteral("JPN"), QStringLiteral("GBR"), QStringLiteral("AUS"), QStringLiteral("IND") }) {
        const Actor *actor = mBuiltIn.actor(id);
        QVERIFY(actor);
        const QPointF place = world.projection().project(actor->lon, actor->lat);
        MapRenderOptions options;
        options.viewport.zoom = 3;
        options.viewport.centre = place - (QPointF(90, 70) - target.center()) / options.viewport.scale(target);
        const MapLayoutReport report = reportAt(date, size, Language::English, options);
        QVERIFY(report.date);
        const QPointF at = options.viewport.transform(target).map(place);
        QVERIFY2(!report.date->contains(at), qPrintable(id));
        for (const MapLayoutReport::Tie &tie : report.ties)
            if (tie.glyph)
                QVERIFY2(!tie.glyph->intersects(*report.date), qPrintable(id + QStringLiteral(": ") + tie.id));
        if (report.legend)
            QVERIFY2(!report.legend->intersects(*report.date), qPrintable(id));
    }
}

void tst_MapClassroom::legendIsACompactOverlayOffTheData_data()
{
    addGrid();
}

void tst_MapClassroom::legendIsACompactOverlayOffTheData()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    QFETCH(int, language);
    const MapLayoutReport report = reportAt(date, size, Language(language));
    QVERIFY(report.legend);
    const QRectF legend = *report.legend;
    QCOMPARE(report.map, QRectF(QPointF(0, 0), size)); // the legend takes no space from the map
    QVERIFY2(legend.width() * legend.height() <= 0.15 * report.map.width() * report.map.height() + 1,
             qPrintable(QString::number(legend.width() * legend.height() / (report.map.width() * report.map.height()))));
    QVERIFY(report.map.contains(legend));
    // Over no tie's marker, no label of the map, and not under the big date.
    for (const MapLayoutReport::Tie &tie : report.ties)
        if (tie.glyph)
            QVERIFY2(!tie.glyph->intersects(legend), qPrintable(tie.id));
    for (const MapLayoutReport::Label &label : report.labels)
        if (label.kind != QLatin1String("legend"))
            QVERIFY2(!label.rect.intersects(legend), qPrintable(label.text));
    QVERIFY(report.date);
    QVERIFY(!report.date->intersects(legend));
}

void tst_MapClassroom::legendListsOnlyWhatIsOnTheMap()
{
    auto legendTexts = [&](QDate date) {
        QStringList texts;
        for (const MapLayoutReport::Label &label : reportAt(date, QSize(1300, 800), Language::English).labels)
            if (label.kind == QLatin1String("legend"))
                texts.append(label.text);
        return texts;
    };
    // In 1955 there are no minilaterals and no intelligence-sharing ties; in 2021 there are.
    const QStringList early = legendTexts(QDate(1955, 6, 1));
    const QStringList late = legendTexts(QDate(2021, 9, 15));
    QVERIFY(!early.isEmpty());
    QVERIFY(early.size() < late.size());
    const QString minilaterals = QStringLiteral("Minilaterals");
    auto hasPrefix = [](const QStringList &list, const QString &prefix) {
        return std::any_of(list.begin(), list.end(), [&](const QString &t) { return t.startsWith(prefix); });
    };
    QVERIFY(!hasPrefix(early, minilaterals));
    QVERIFY(hasPrefix(late, minilaterals));
}

void tst_MapClassroom::collapsedLegendGivesTheSpaceBack()
{
    MapRenderOptions open;
    MapRenderOptions collapsed;
    collapsed.legendCollapsed = true;
    const QSize size(900, 560);
    const MapLayoutReport opened = reportAt(QDate(2021, 9, 15), size, Language::English, open);
    const MapLayoutReport closed = reportAt(QDate(2021, 9, 15), size, Language::English, collapsed);
    QVERIFY(opened.legend && closed.legend);
    QCOMPARE(closed.map, opened.map);
    // A small tab instead of the key; the renderer says where it is, for the view's click.
    QVERIFY(closed.legend->width() * closed.legend->height() < 0.2 * opened.legend->width() * opened.legend->height());
    const Snapshot s = takeSnapshot(mBuiltIn, QDate(2021, 9, 15));
    const MapInput in { &mBuiltIn, &s, &mNone, {} };
    QCOMPARE(mRenderer.legendRect(QRectF(QPointF(0, 0), size), in, collapsed), *closed.legend);
    QCOMPARE(mRenderer.legendRect(QRectF(QPointF(0, 0), size), in, open), *opened.legend);
}

QTEST_MAIN(tst_MapClassroom)
#include "tst_mapclassroom.moc"
