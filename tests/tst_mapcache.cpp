// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/render/map/mapframe.h"
#include "models/render/maprenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <cstdlib>

using namespace atlas;

namespace {

/// One frame of a session at the map: what is shown and how.
struct State
{
    QDate date;
    QSet<QString> hidden;
    Selection selection;
    MapRenderOptions options;
    QSize size { 640, 360 };
    const Dataset *dataset = nullptr; //!< the built-in dataset when null
};

/// Whether \a a and \a b have the same size and every channel of every pixel within \a tolerance;
/// if not, \a where names the first pixel that differs (on \a date).
bool samePixels(const QImage &a, const QImage &b, int tolerance, QDate date, QString *where)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                || std::abs(qBlue(p) - qBlue(q)) > tolerance || std::abs(qAlpha(p) - qAlpha(q)) > tolerance) {
                *where = QStringLiteral("%1: first differs at %2,%3").arg(date.toString(Qt::ISODate)).arg(x).arg(y);
                return false;
            }
        }
    return true;
}

} // namespace

/// The map's cached images (MapRenderer with rasterCache) repainted only where a frame changed: every
/// frame a long-lived renderer paints must equal, pixel for pixel, what a new renderer paints for the
/// same state, through date changes (ties and fills changing at change dates), selections, hidden
/// members, zoom and pan, language, labels and size.
class tst_MapCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dateDragEqualsFreshFrames_data();
    void dateDragEqualsFreshFrames();
    void oneNewTieRepaintsItsPart_data();
    void oneNewTieRepaintsItsPart();
    void everyInputInvalidatesTheCache_data();
    void everyInputInvalidatesTheCache();
    void retainedTargetRepaintsTheChangedRegion_data();
    void retainedTargetRepaintsTheChangedRegion();
    void keptTiePartsEqualNewOnes();

private:
    QImage paint(MapRenderer &renderer, const State &state) const
    {
        const Dataset &dataset = state.dataset ? *state.dataset : mDataset;
        const Snapshot snapshot = takeSnapshot(dataset, state.date, state.hidden);
        QImage image(state.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::magenta);
        QPainter p(&image);
        MapRenderOptions options = state.options;
        options.rasterCache = true;
        renderer.paint(p, QRectF(QPointF(0, 0), QSizeF(state.size)), MapInput { &dataset, &snapshot, &state.hidden, state.selection }, options);
        return image;
    }
    /// As MapView paints after a change: the renderer prepares the frame and names the region that
    /// changed, and only that region of \a retained (the last frame, as a widget's backing store keeps
    /// it) is painted. Returns the region.
    QRegion paintRetained(MapRenderer &renderer, const State &state, QImage &retained) const
    {
        const Dataset &dataset = state.dataset ? *state.dataset : mDataset;
        const Snapshot snapshot = takeSnapshot(dataset, state.date, state.hidden);
        MapRenderOptions options = state.options;
        options.rasterCache = true;
        const MapInput input { &dataset, &snapshot, &state.hidden, state.selection };
        const QRectF target(QPointF(0, 0), QSizeF(state.size));
        QRegion region = renderer.prepare(target, input, options);
        if (retained.size() != state.size) {
            retained = QImage(state.size, QImage::Format_ARGB32_Premultiplied);
            retained.fill(Qt::magenta);
            region = QRect(QPoint(0, 0), state.size);
        }
        QPainter p(&retained);
        p.setClipRegion(region);
        renderer.paint(p, target, input, options);
        return region;
    }
    /// Whether \a cached equals what a new renderer paints for \a state (within kTolerance).
    bool agreesWithFresh(const QImage &cached, const State &state, QString *where) const;
    /// Paints \a state with \a renderer and with a new renderer; true when the two agree. Text may
    /// differ by a shade between two renderers (the glyphs' outlines come out a little different
    /// once the process's font caches are warm), so a pixel may differ by kTolerance per channel;
    /// anything stale (a country, a tie or a label of another frame) differs far more.
    bool agrees(MapRenderer &renderer, const State &state, QString *where) const { return agreesWithFresh(paint(renderer, state), state, where); }

    Dataset mDataset;
    Dataset mSmall;
};

bool tst_MapCache::agreesWithFresh(const QImage &cached, const State &state, QString *where) const
{
    constexpr int kTolerance = 8;
    MapRenderer fresh;
    const QImage reference = paint(fresh, state);
    if (samePixels(cached, reference, kTolerance, state.date, where))
        return true;
    if (qEnvironmentVariableIsSet("ATLAS_MAPCACHE_DUMP")) {
        cached.save(QStringLiteral("/tmp/mapcache-cached.png"));
        reference.save(QStringLiteral("/tmp/mapcache-fresh.png"));
    }
    return false;
}

void tst_MapCache::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
    LoadResult small = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(small.dataset);
    mSmall = *small.dataset;
}

void tst_MapCache::dateDragEqualsFreshFrames_data()
{
    QTest::addColumn<bool>("labels");
    QTest::addColumn<bool>("zoomed");
    QTest::addColumn<QString>("selectedTie");
    QTest::newRow("world") << true << false << QString();
    QTest::newRow("world without labels") << false << false << QString();
    QTest::newRow("Europe without labels") << false << true << QString();
    // A selected tie is drawn wider, cased, on top: its repaints reach further. Five Eyes is
    // cross-regional (a double line), crosses the map's seam and gains members over the drag.
    QTest::newRow("world without labels, Five Eyes selected") << false << false << QStringLiteral("five-eyes");
}

void tst_MapCache::dateDragEqualsFreshFrames()
{
    // A drag over the change dates: ties start, end and change members, countries change roles.
    // Without labels, a tie's change is not hidden in the repaint of its label.
    QFETCH(bool, labels);
    QFETCH(bool, zoomed);
    QFETCH(QString, selectedTie);
    MapRenderer renderer;
    State state;
    state.options.showLabels = labels;
    if (!selectedTie.isEmpty())
        state.selection = { Selection::Kind::Tie, selectedTie };
    if (zoomed)
        state.options.viewport = state.options.viewport.zoomedAt(QPointF(330, 90), 3.0, QRectF(QPointF(0, 0), QSizeF(state.size)));
    QString where;
    for (QDate date(1944, 7, 1); date < QDate(2026, 1, 1); date = date.addMonths(7)) {
        state.date = date;
        QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
    }
    // The frames were repainted in part (else this test would not test the partial repaints).
    QVERIFY(renderer.partialRebuilds() > 10);
}

void tst_MapCache::oneNewTieRepaintsItsPart_data()
{
    QTest::addColumn<bool>("labels");
    QTest::newRow("without labels") << false;
    QTest::newRow("with labels") << true;
}

void tst_MapCache::oneNewTieRepaintsItsPart()
{
    // Japan–UK dialogue (2015-01-21): one arc between two actors that already have ties, no country
    // changes its fill. Only the ties image is repainted, and only in part; the frame is right.
    QFETCH(bool, labels);
    MapRenderer renderer;
    State state;
    state.dataset = &mSmall;
    state.options.showLabels = labels;
    state.date = QDate(2014, 12, 1);
    QString where;
    QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
    const QImage before = paint(renderer, state);
    const int fills = renderer.cacheRebuilds();
    const int partial = renderer.partialRebuilds();
    state.date = QDate(2015, 2, 1);
    QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
    QCOMPARE(renderer.cacheRebuilds(), fills);
    QCOMPARE(renderer.partialRebuilds(), partial + 1);
    QVERIFY(paint(renderer, state) != before);
    state.date = QDate(2014, 12, 1); // and gone again
    QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
    QCOMPARE(renderer.partialRebuilds(), partial + 2);
}

void tst_MapCache::everyInputInvalidatesTheCache_data()
{
    QTest::addColumn<int>("change");
    QTest::newRow("date across a change date") << 0;
    QTest::newRow("actor selected") << 1;
    QTest::newRow("tie selected") << 2;
    QTest::newRow("member hidden") << 3;
    QTest::newRow("zoom") << 4;
    QTest::newRow("pan") << 5;
    QTest::newRow("language") << 6;
    QTest::newRow("labels off") << 7;
    QTest::newRow("size") << 8;
    QTest::newRow("draft") << 9;
}

void tst_MapCache::everyInputInvalidatesTheCache()
{
    QFETCH(int, change);
    MapRenderer renderer;
    State state;
    state.date = QDate(1990, 6, 1);
    QString where;
    QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
    const QImage before = paint(renderer, state);
    switch (change) {
    case 0:
        state.date = QDate(1991, 12, 31); // the Warsaw Pact ends
        break;
    case 1:
        state.selection = { Selection::Kind::Actor, QStringLiteral("JPN") };
        break;
    case 2:
        state.selection = { Selection::Kind::Tie, mDataset.ties[takeSnapshot(mDataset, state.date).ties.first().tie].id };
        break;
    case 3:
        state.hidden = { QStringLiteral("JPN"), QStringLiteral("GBR") };
        break;
    case 4:
        state.options.viewport = state.options.viewport.zoomedAt(QPointF(400, 150), 2.0, QRectF(0, 0, 640, 360));
        break;
    case 5:
        state.options.viewport = state.options.viewport.zoomedAt(QPointF(400, 150), 2.0, QRectF(0, 0, 640, 360));
        QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
        state.options.viewport = state.options.viewport.pannedBy(QPointF(37, -21), QRectF(0, 0, 640, 360));
        break;
    case 6:
        state.options.language = Language::Chinese;
        break;
    case 7:
        state.options.showLabels = false;
        break;
    case 8:
        state.size = QSize(500, 300);
        break;
    case 9:
        state.options.draft = true;
        break;
    }
    QVERIFY2(agrees(renderer, state, &where), qPrintable(where));
    QVERIFY(paint(renderer, state) != before); // the change shows
    // And back: the cache follows the other way too.
    if (change != 5) {
        State back;
        back.date = QDate(1990, 6, 1);
        QVERIFY2(agrees(renderer, back, &where), qPrintable(where));
    }
}

void tst_MapCache::retainedTargetRepaintsTheChangedRegion_data()
{
    QTest::addColumn<bool>("labels");
    QTest::addColumn<bool>("zoomed");
    QTest::newRow("world") << true << false;
    QTest::newRow("Europe without labels") << false << true;
}

void tst_MapCache::retainedTargetRepaintsTheChangedRegion()
{
    // MapView repaints only the region MapRenderer::prepare() names, over the last frame its backing
    // store keeps: through a date drag and every other input, that must equal, pixel for pixel, the
    // whole frame the same renderer paints (whose agreement with a new renderer's frame the tests
    // above check; the same renderer, so that its text images are the same).
    QFETCH(bool, labels);
    QFETCH(bool, zoomed);
    MapRenderer renderer;
    State state;
    state.options.showLabels = labels;
    const QRectF whole(QPointF(0, 0), QSizeF(state.size));
    if (zoomed)
        state.options.viewport = state.options.viewport.zoomedAt(QPointF(330, 90), 3.0, whole);
    QImage retained;
    QString where;
    int partial = 0;
    const auto same = [&](const QImage &a, const QImage &b) { return samePixels(a, b, 0, state.date, &where); };
    auto step = [&]() {
        const QRegion region = paintRetained(renderer, state, retained);
        partial += region != QRegion(QRect(QPoint(0, 0), state.size)) ? 1 : 0;
        return same(retained, paint(renderer, state));
    };
    for (QDate date(1944, 7, 1); date < QDate(2026, 1, 1); date = date.addMonths(7)) {
        state.date = date;
        QVERIFY2(step(), qPrintable(where));
    }
    QVERIFY(partial > 10);
    // A day later nothing changes but the date: only the date (and what lies near it) is repainted.
    state.date = state.date.addDays(1);
    const QRegion region = paintRetained(renderer, state, retained);
    QVERIFY2(same(retained, paint(renderer, state)), qPrintable(where));
    QVERIFY(!region.isEmpty());
    qint64 area = 0;
    for (const QRect &r : region)
        area += qint64(r.width()) * r.height();
    QVERIFY(area < qint64(state.size.width()) * state.size.height() / 4);

    // Every other input, one after the other over the same target.
    state.date = QDate(1990, 6, 1);
    QVERIFY2(step(), qPrintable(where));
    state.selection = { Selection::Kind::Actor, QStringLiteral("JPN") };
    QVERIFY2(step(), qPrintable(where));
    state.selection = { Selection::Kind::Tie, mDataset.ties[takeSnapshot(mDataset, state.date).ties.first().tie].id };
    QVERIFY2(step(), qPrintable(where));
    state.selection = {};
    state.hidden = { QStringLiteral("JPN"), QStringLiteral("GBR") };
    QVERIFY2(step(), qPrintable(where));
    state.options.viewport = state.options.viewport.zoomedAt(QPointF(400, 150), 2.0, whole);
    QVERIFY2(step(), qPrintable(where));
    state.options.viewport = state.options.viewport.pannedBy(QPointF(37, -21), whole);
    QVERIFY2(step(), qPrintable(where));
    state.options.language = Language::Chinese;
    QVERIFY2(step(), qPrintable(where));
    state.options.showLabels = !state.options.showLabels;
    QVERIFY2(step(), qPrintable(where));
    state.options.draft = true;
    QVERIFY2(step(), qPrintable(where));
    state.options.legendCollapsed = true;
    QVERIFY2(step(), qPrintable(where));
    state.size = QSize(500, 300);
    QVERIFY2(step(), qPrintable(where));
    state.hidden.clear();
    state.date = QDate(1991, 12, 31); // the Warsaw Pact ends
    QVERIFY2(step(), qPrintable(where));
}

namespace {

/// Where two frames' glyphs, groups, capitals and signatures differ (empty: nowhere).
QString difference(const MapFrame &a, const MapFrame &b)
{
    if (a.glyphs.size() != b.glyphs.size())
        return QStringLiteral("%1 glyphs, %2 new").arg(a.glyphs.size()).arg(b.glyphs.size());
    for (qsizetype i = 0; i < a.glyphs.size(); ++i) {
        const MapGlyph &x = a.glyphs[i];
        const MapGlyph &y = b.glyphs[i];
        if (x.tie != y.tie || x.shape != y.shape || x.status != y.status || x.colour != y.colour || x.width != y.width
            || x.crossRegional != y.crossRegional || x.lines != y.lines || x.weakLines != y.weakLines || x.seams != y.seams
            || x.marker != y.marker || x.hasMarker != y.hasMarker || x.label != y.label || x.members != y.members)
            return QStringLiteral("glyph %1 (tie %2)").arg(i).arg(x.tie);
    }
    if (a.groups != b.groups)
        return QStringLiteral("groups");
    if (a.tied != b.tied || a.position != b.position)
        return QStringLiteral("capitals");
    if (a.signature != b.signature)
        return QStringLiteral("signature");
    return {};
}

} // namespace

void tst_MapCache::keptTiePartsEqualNewOnes()
{
    // MapFrame::build keeps each tie's glyph in its ArcCache while the tie's state is the same: with
    // one cache through a drag and changes of hidden members, language and colour scheme, every frame
    // equals one built with a new cache.
    ArcCache kept(WorldMap::builtIn());
    const QRectF target(0, 0, 900, 500);
    QSet<QString> hidden;
    MapRenderOptions options;
    auto check = [&](QDate date) {
        const Snapshot snapshot = takeSnapshot(mDataset, date, hidden);
        const MapInput input { &mDataset, &snapshot, &hidden, {} };
        const MapFrame frame = MapFrame::build(target, target, input, options, WorldMap::builtIn(), kept);
        ArcCache fresh(WorldMap::builtIn());
        const QString where = difference(frame, MapFrame::build(target, target, input, options, WorldMap::builtIn(), fresh));
        if (!where.isEmpty())
            qWarning("%s: %s", qPrintable(date.toString(Qt::ISODate)), qPrintable(where));
        return where.isEmpty() && !frame.glyphs.isEmpty();
    };
    for (QDate date(1949, 1, 1); date < QDate(2026, 1, 1); date = date.addMonths(5))
        QVERIFY(check(date));
    hidden = { QStringLiteral("USA") }; // stars' centres count hidden members in force: they move with the date
    QVERIFY(check(QDate(1990, 6, 1)));
    QVERIFY(check(QDate(2018, 6, 1)));
    hidden.clear();
    QVERIFY(check(QDate(2018, 6, 1)));
    options.language = Language::Chinese;
    QVERIFY(check(QDate(2018, 6, 1)));
    options.scheme = QStringLiteral("no-such-scheme");
    QVERIFY(check(QDate(2018, 6, 1)));
    options.viewport = options.viewport.zoomedAt(QPointF(400, 150), 2.5, target); // fanned arcs bend by pixels
    QVERIFY(check(QDate(2018, 6, 1)));
}

QTEST_MAIN(tst_MapCache)
#include "tst_mapcache.moc"
