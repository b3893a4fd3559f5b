// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/dataset.h"
#include "models/analysis/networkanalysis.h"
#include "models/analysis/networklayout.h"
#include "models/query/snapshot.h"
#include "tests/testsupport.h"

#include <QLineF>
#include <QTest>

#include <cmath>

using namespace atlas;
using test::makeTie;

namespace {

/// Real capitals (NATO shares Brussels with BEL); ties added one year at a time from 1950.
Dataset makeDataset()
{
    Dataset d;
    d.hub = QStringLiteral("USA");
    const struct { const char16_t *id; double lon; double lat; } capitals[] = {
        { u"USA", -77.0, 38.9 }, { u"JPN", 139.7, 35.7 }, { u"KOR", 127.0, 37.5 }, { u"AUS", 149.1, -35.3 },
        { u"PHL", 121.0, 14.6 }, { u"GBR", -0.1, 51.5 }, { u"FRA", 2.35, 48.9 }, { u"IND", 77.2, 28.6 },
        { u"NZL", 174.8, -41.3 }, { u"BEL", 4.35, 50.85 }, { u"NATO", 4.35, 50.85 },
    };
    for (const auto &c : capitals) {
        Actor a;
        a.id = QString::fromUtf16(c.id);
        a.lon = c.lon;
        a.lat = c.lat;
        d.actors.append(a);
    }
    const QStringList ties = { "USA-JPN", "USA-KOR", "USA-AUS-NZL", "USA-PHL", "USA-GBR-FRA-BEL", "NATO-BEL",
                               "JPN-AUS", "USA-JPN-AUS-IND", "AUS-GBR", "JPN-PHL", "KOR-JPN", "IND-FRA-AUS" };
    for (int i = 0; i < ties.size(); ++i)
        d.ties.append(makeTie(QStringLiteral("t%1").arg(i), ties[i].split(u'-').size() == 2 ? TieKind::BilateralAlliance : TieKind::Minilateral,
                              ties[i].split(u'-'), QDate(1950 + i, 1, 1)));
    d.buildIndex();
    return d;
}

NetworkGraph graphAt(const Dataset &d, int year, const QSet<QString> &hidden = {})
{
    return buildNetwork(d, takeSnapshot(d, QDate(year, 6, 1), hidden));
}

/// Mean and largest distance moved by the actors both layouts place.
std::pair<double, double> movement(const NetworkLayout &a, const NetworkLayout &b)
{
    double sum = 0;
    double max = 0;
    int n = 0;
    for (auto it = a.positions().cbegin(); it != a.positions().cend(); ++it) {
        if (!b.contains(it.key()))
            continue;
        const double d = QLineF(it.value(), b.position(it.key())).length();
        sum += d;
        max = std::max(max, d);
        ++n;
    }
    return { n ? sum / n : 0.0, max };
}

} // namespace

class tst_NetworkLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { mDataset = makeDataset(); }
    void empty();
    void deterministic();
    void insideFrameAndApart_data();
    void insideFrameAndApart();
    void geographicSeed();
    void neighbouringDatesMoveLittle();
    void warmStartKeepsPositions();

private:
    Dataset mDataset;
};

void tst_NetworkLayout::empty()
{
    QVERIFY(NetworkLayout::compute(mDataset, graphAt(mDataset, 1940)).isEmpty());
}

void tst_NetworkLayout::deterministic()
{
    const NetworkGraph g = graphAt(mDataset, 1965);
    const NetworkLayout a = NetworkLayout::compute(mDataset, g);
    const NetworkLayout b = NetworkLayout::compute(mDataset, g);
    QCOMPARE(a.positions().size(), g.actors.size());
    for (const QString &id : g.actors)
        QCOMPARE(a.position(id), b.position(id)); // bit for bit, whatever was computed in between
}

void tst_NetworkLayout::insideFrameAndApart_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("hidden");
    QTest::newRow("one edge") << 1950 << "";
    QTest::newRow("connected") << 1965 << "";
    // Without the USA: JPN-AUS, NATO-BEL, AUS-GBR... several components; NATO and BEL share a seat.
    QTest::newRow("disconnected, shared seat") << 1958 << "USA";
    QTest::newRow("all") << 1970 << "";
}

void tst_NetworkLayout::insideFrameAndApart()
{
    QFETCH(int, year);
    QFETCH(QString, hidden);
    const NetworkGraph g = graphAt(mDataset, year, hidden.isEmpty() ? QSet<QString>() : QSet<QString> { hidden });
    QVERIFY(!g.actors.isEmpty());
    const NetworkLayout layout = NetworkLayout::compute(mDataset, g);
    const QRectF frame = NetworkLayout::frame();
    for (const QString &id : g.actors) {
        const QPointF p = layout.position(id);
        QVERIFY2(std::isfinite(p.x()) && std::isfinite(p.y()), qPrintable(id));
        QVERIFY2(frame.contains(p), qPrintable(id));
    }
    for (int i = 0; i < g.actors.size(); ++i)
        for (int j = i + 1; j < g.actors.size(); ++j)
            QVERIFY2(QLineF(layout.position(g.actors[i]), layout.position(g.actors[j])).length() > 0.03,
                     qPrintable(g.actors[i] + u' ' + g.actors[j]));
}

void tst_NetworkLayout::geographicSeed()
{
    const Actor *usa = mDataset.actor(QStringLiteral("USA"));
    const Actor *jpn = mDataset.actor(QStringLiteral("JPN"));
    const Actor *gbr = mDataset.actor(QStringLiteral("GBR"));
    const Actor *aus = mDataset.actor(QStringLiteral("AUS"));
    // Pacific-centred: Europe left, Japan in the middle, the USA right; north up.
    const QPointF pUsa = NetworkLayout::geographicPosition(*usa);
    const QPointF pJpn = NetworkLayout::geographicPosition(*jpn);
    const QPointF pGbr = NetworkLayout::geographicPosition(*gbr);
    QVERIFY(pGbr.x() < pJpn.x());
    QVERIFY(pJpn.x() < pUsa.x());
    QVERIFY(NetworkLayout::geographicPosition(*aus).y() > pJpn.y());
    QVERIFY(qAbs(pJpn.x() - NetworkLayout::frame().center().x()) < 0.1);
}

void tst_NetworkLayout::neighbouringDatesMoveLittle()
{
    // Year by year, one tie more each time: the actors already there move a little, not around the
    // frame (a free layout would swap or rotate them: mean movements of 0.25 and more here).
    NetworkLayout previous;
    for (int year = 1950; year <= 1962; ++year) {
        const NetworkLayout next = NetworkLayout::compute(mDataset, graphAt(mDataset, year));
        if (!previous.isEmpty()) {
            const auto [mean, max] = movement(previous, next);
            QVERIFY2(mean < 0.16, qPrintable(QStringLiteral("%1: mean %2").arg(year).arg(mean)));
            QVERIFY2(max < 0.3, qPrintable(QStringLiteral("%1: max %2").arg(year).arg(max)));
        }
        previous = next;
    }
}

void tst_NetworkLayout::warmStartKeepsPositions()
{
    // Dragged year by year, each layout warm-started from the last: every actor already there moves
    // at most maxWarmStep() (the run's step limits; a cold layout moves them up to 0.3 here), less
    // than from a cold start on average, new actors join, all inside the frame; and the same previous
    // layout and graph give the same positions, run after run.
    NetworkLayout previous = NetworkLayout::compute(mDataset, graphAt(mDataset, 1950));
    QVERIFY(!previous.isEmpty());
    QVERIFY(NetworkLayout::maxWarmStep() < 0.2);
    double warmTotal = 0;
    double coldTotal = 0;
    for (int year = 1951; year <= 1962; ++year) {
        const NetworkGraph graph = graphAt(mDataset, year);
        const NetworkLayout warm = NetworkLayout::compute(mDataset, graph, previous);
        const NetworkLayout again = NetworkLayout::compute(mDataset, graph, previous);
        QCOMPARE(warm.positions(), again.positions());
        QCOMPARE(warm.positions().size(), graph.actors.size());
        for (const QString &actor : graph.actors)
            QVERIFY2(NetworkLayout::frame().contains(warm.position(actor)), qPrintable(actor));
        const auto [mean, max] = movement(previous, warm);
        QVERIFY2(max <= NetworkLayout::maxWarmStep(), qPrintable(QStringLiteral("%1: max %2").arg(year).arg(max)));
        warmTotal += mean;
        coldTotal += movement(previous, NetworkLayout::compute(mDataset, graph)).first;
        previous = warm;
    }
    QVERIFY2(warmTotal < coldTotal, qPrintable(QStringLiteral("warm %1, cold %2").arg(warmTotal).arg(coldTotal)));
    // No previous layout: the same as a layout from nothing.
    const NetworkGraph graph = graphAt(mDataset, 1962);
    QCOMPARE(NetworkLayout::compute(mDataset, graph, NetworkLayout()).positions(), NetworkLayout::compute(mDataset, graph).positions());
}

QTEST_GUILESS_MAIN(tst_NetworkLayout)
#include "tst_networklayout.moc"
