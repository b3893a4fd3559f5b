// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/geo/worldmap.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
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
    /// Paints \a state with \a renderer and with a new renderer; true when the two agree. Text may
    /// differ by a shade between two renderers (the glyphs' outlines come out a little different
    /// once the process's font caches are warm), so a pixel may differ by kTolerance per channel;
    /// anything stale (a country, a tie or a label of another frame) differs far more.
    bool agrees(MapRenderer &renderer, const State &state, QString *where) const
    {
        constexpr int kTolerance = 8;
        const QImage cached = paint(renderer, state);
        MapRenderer fresh;
        const QImage reference = paint(fresh, state);
        if (cached.size() != reference.size())
            return false;
        for (int y = 0; y < cached.height(); ++y)
            for (int x = 0; x < cached.width(); ++x) {
                const QRgb a = cached.pixel(x, y);
                const QRgb b = reference.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) > kTolerance || std::abs(qGreen(a) - qGreen(b)) > kTolerance
                    || std::abs(qBlue(a) - qBlue(b)) > kTolerance || std::abs(qAlpha(a) - qAlpha(b)) > kTolerance) {
                    *where = QStringLiteral("%1: first differs at %2,%3").arg(state.date.toString(Qt::ISODate)).arg(x).arg(y);
                    if (qEnvironmentVariableIsSet("ATLAS_MAPCACHE_DUMP")) {
                        cached.save(QStringLiteral("/tmp/mapcache-cached.png"));
                        reference.save(QStringLiteral("/tmp/mapcache-fresh.png"));
                    }
                    return false;
                }
            }
        return true;
    }

    Dataset mDataset;
    Dataset mSmall;
};

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
    QTest::newRow("world") << true << false;
    QTest::newRow("world without labels") << false << false;
    QTest::newRow("Europe without labels") << false << true;
}

void tst_MapCache::dateDragEqualsFreshFrames()
{
    // A drag over the change dates: ties start, end and change members, countries change roles.
    // Without labels, a tie's change is not hidden in the repaint of its label.
    QFETCH(bool, labels);
    QFETCH(bool, zoomed);
    MapRenderer renderer;
    State state;
    state.options.showLabels = labels;
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

QTEST_MAIN(tst_MapCache)
#include "tst_mapcache.moc"
