// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/query/timelinemodel.h"
#include "models/domain/vocabulary.h"

#include <QTest>

using namespace atlas;

namespace {

QString rowsText(const TimelineModel &model)
{
    QStringList out;
    for (const TimelineRow &row : model.rows())
        out.append(row.isHeading() ? QStringLiteral("#%1").arg(int(row.group)) : model.lanes()[row.lane].tieId);
    return out.join(u' ');
}

QString day(qint64 julian)
{
    return QDate::fromJulianDay(julian).toString(Qt::ISODate);
}

// "from..to:status" per bar, "+" after an open end.
QString barsText(const TimelineLane &lane)
{
    QStringList out;
    for (const TimelineBar &bar : lane.bars)
        out.append(QStringLiteral("%1..%2:%3%4").arg(day(bar.fromDay), day(bar.toDay), Vocabulary::keyword(bar.status),
                                                     bar.openEnd ? QStringLiteral("+") : QString()));
    return out.join(u' ');
}

QSet<QString> setOf(const QString &list)
{
    const QStringList items = list.split(u',', Qt::SkipEmptyParts);
    return QSet<QString>(items.begin(), items.end());
}

} // namespace

class tst_TimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupsAndOrder_data();
    void groupsAndOrder();
    void bars_data();
    void bars();
    void uncertainEnds();
    void markersKeepTheirPrecision();
    void eventDatesFollowTheLanes();
    void groupLabels();
    void followsTheTypeFilter();

private:
    Dataset mDataset;
    const QDate mEnd { 2025, 12, 31 };
};

void tst_TimelineModel::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/timeline/ties.json"));
    QVERIFY2(result.dataset, qPrintable(result.issues.isEmpty() ? QString() : result.issues.first().toString()));
    mDataset = *result.dataset;
    mDataset.buildIndex();
}

void tst_TimelineModel::groupsAndOrder_data()
{
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("rows");

    // #0 AP alliances, #1 AP minilaterals, #2 Euro-Atlantic, #3 cross-regional, #4 proposals; by start within a group.
    QTest::newRow("all") << ""
                         << "#0 us-phl us-jpn us-jpn-1960 #1 anzus seato quad #2 nato #3 aukus nato-ip4 #4 pact";
    QTest::newRow("hide the hub") << "USA" << "#1 anzus seato quad #2 nato #3 aukus nato-ip4 #4 pact";
    QTest::newRow("empty group goes") << "USA,GBR,JPN" << "#1 anzus seato quad #3 nato-ip4 #4 pact";
    QTest::newRow("ties left with one member go") << "USA,AUS,NZL,GBR,JPN" << "#1 seato #3 nato-ip4";
}

void tst_TimelineModel::groupsAndOrder()
{
    QFETCH(QString, hidden);
    QFETCH(QString, rows);
    const TimelineModel model(mDataset, setOf(hidden), mEnd);
    QCOMPARE(rowsText(model), rows);
    for (int l = 0; l < model.lanes().size(); ++l) {
        QCOMPARE(model.laneOf(model.lanes()[l].tieId), l);
        QCOMPARE(model.rows()[model.rowOfLane(l)].lane, l);
    }
    QCOMPARE(model.laneOf(QStringLiteral("no-such-tie")), -1);
}

void tst_TimelineModel::bars_data()
{
    QTest::addColumn<QString>("tie");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("bars");

    QTest::newRow("ended tie") << "us-jpn" << "" << "1951-09-08..1960-06-22:in-force";
    QTest::newRow("ongoing tie runs to the end, open") << "nato" << "" << "1949-04-04..2025-12-31:in-force+";
    QTest::newRow("dormant phase at year/month precision") << "quad" << ""
        << "2007-05-01..2007-12-31:in-force 2008-01-01..2017-10-31:suspended 2017-11-01..2025-12-31:in-force+";
    QTest::newRow("suspended member does not break the bar") << "anzus" << "" << "1951-09-01..2025-12-31:in-force+";
    QTest::newRow("hub hidden: suspended member alone holds it") << "anzus" << "USA"
        << "1951-09-01..1986-12-31:in-force 1987-01-01..2025-12-31:suspended+";
    QTest::newRow("proposal") << "pact" << "" << "2025-05-01..2025-12-31:proposed+";
    QTest::newRow("two members left") << "quad" << "JPN,AUS"
        << "2007-05-01..2007-12-31:in-force 2008-01-01..2017-10-31:suspended 2017-11-01..2025-12-31:in-force+";
}

void tst_TimelineModel::bars()
{
    QFETCH(QString, tie);
    QFETCH(QString, hidden);
    QFETCH(QString, bars);
    const TimelineModel model(mDataset, setOf(hidden), mEnd);
    const int lane = model.laneOf(tie);
    QVERIFY(lane >= 0);
    QCOMPARE(barsText(model.lanes()[lane]), bars);
}

void tst_TimelineModel::uncertainEnds()
{
    const TimelineModel model(mDataset, {}, mEnd);
    const auto firstBar = [&](const char *tie) { return model.lanes()[model.laneOf(QString::fromLatin1(tie))].bars.first(); };
    // A day-precision start is certain from its day; a month or a year only from the period's last day.
    QCOMPARE(day(firstBar("us-jpn").certainFromDay), QStringLiteral("1951-09-08"));
    QCOMPARE(day(firstBar("us-jpn").certainToDay), QStringLiteral("1960-06-22"));
    QCOMPARE(day(firstBar("quad").certainFromDay), QStringLiteral("2007-05-31"));
    QCOMPARE(day(firstBar("quad").certainToDay), QStringLiteral("2007-12-31")); // cut by the phase, not an end
    QCOMPARE(day(firstBar("nato-ip4").certainFromDay), QStringLiteral("2022-12-31"));
    QCOMPARE(day(firstBar("nato").certainToDay), QStringLiteral("2025-12-31"));
}

void tst_TimelineModel::markersKeepTheirPrecision()
{
    const TimelineModel model(mDataset, {}, mEnd);
    const auto markers = [&](const char *tie) { return model.lanes()[model.laneOf(QString::fromLatin1(tie))].markers; };

    const QList<TimelineMarker> anzus = markers("anzus");
    QCOMPARE(anzus.size(), 1);
    QCOMPARE(anzus[0].precision, PartialDate::Precision::Year);
    QCOMPARE(day(anzus[0].fromDay), QStringLiteral("1986-01-01"));
    QCOMPARE(day(anzus[0].toDay), QStringLiteral("1986-12-31"));

    const QList<TimelineMarker> quad = markers("quad");
    QCOMPARE(quad.size(), 2);
    QCOMPARE(quad[0].precision, PartialDate::Precision::Month);
    QCOMPARE(day(quad[0].fromDay), QStringLiteral("2007-05-01"));
    QCOMPARE(day(quad[0].toDay), QStringLiteral("2007-05-31"));
    QCOMPARE(quad[1].precision, PartialDate::Precision::Day);
    QCOMPARE(quad[1].fromDay, quad[1].toDay);
    QCOMPARE(mDataset.events[quad[1].event].id, QStringLiteral("ev-quad-2017"));

    // An event of two ties is drawn on both lanes.
    QCOMPARE(markers("nato").size(), 1);
    QCOMPARE(markers("nato-ip4").size(), 1);
    QCOMPARE(markers("nato")[0].event, markers("nato-ip4")[0].event);
    QVERIFY(markers("seato").isEmpty());
}

void tst_TimelineModel::eventDatesFollowTheLanes()
{
    const TimelineModel all(mDataset, {}, mEnd);
    const QList<QDate> expected { QDate(1951, 9, 8), QDate(1986, 1, 1), QDate(2007, 5, 1), QDate(2017, 11, 12),
                                  QDate(2021, 9, 15), QDate(2022, 6, 1), QDate(2025, 5, 1) };
    QCOMPARE(all.eventDates(), expected);

    // Hiding the hub removes the 1951 treaty's lane and so its event; AUKUS keeps GBR and AUS.
    const TimelineModel noHub(mDataset, { QStringLiteral("USA") }, mEnd);
    QVERIFY(!noHub.eventDates().contains(QDate(1951, 9, 8)));
    QVERIFY(noHub.eventDates().contains(QDate(2021, 9, 15)));
}

void tst_TimelineModel::groupLabels()
{
    QSet<QString> labels;
    for (TimelineGroup g : { TimelineGroup::AsiaPacificAlliances, TimelineGroup::AsiaPacificMinilaterals, TimelineGroup::EuroAtlantic,
                             TimelineGroup::CrossRegional, TimelineGroup::Proposals })
        labels.insert(TimelineModel::groupLabel(g));
    QCOMPARE(labels.size(), 5);
    QVERIFY(!labels.contains(QString()));
}


// The typology cell filter reaches the timeline through the include predicate: only accepted ties get lanes.
void tst_TimelineModel::followsTheTypeFilter()
{
    const TimelineModel all(mDataset, {}, mEnd);
    const QSet<QString> keep { QStringLiteral("quad"), QStringLiteral("aukus") };
    const TimelineModel filtered(mDataset, {}, mEnd, [&keep](const QString &tie) { return keep.contains(tie); });
    QVERIFY(all.lanes().size() > 2);
    QCOMPARE(filtered.lanes().size(), 2);
    QVERIFY(filtered.laneOf(QStringLiteral("quad")) >= 0);
    QCOMPARE(filtered.laneOf(QStringLiteral("nato")), -1);
}

QTEST_GUILESS_MAIN(tst_TimelineModel)
#include "tst_timelinemodel.moc"
