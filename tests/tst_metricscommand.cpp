// SPDX-License-Identifier: GPL-3.0-or-later
// `alliance-atlas metrics`: rows of tests/data/network/metrics.json computed by hand.
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace atlas;

namespace {

using Run = test::CliRun;

Run run(const QStringList &args)
{
    return test::runCli(args, QStringLiteral("metrics"));
}

const QString kFixture = QStringLiteral(ATLAS_TEST_DATA_DIR "/network/metrics.json");
const QString kHeader = QStringLiteral("date,region,actors,ties,edges,density,components,hub_betweenness_share,spoke_spoke_edges,spoke_spoke_share");

} // namespace

class tst_MetricsCommand : public QObject
{
    Q_OBJECT

private slots:
    void knownRows_data();
    void knownRows();
    void monthlySteps();
    void json();
    void builtInDatasetHeader();
    void errors_data();
    void errors();
};

// The fixture: us-jpn (1951-09-08), anzus USA-AUS-NZL (1951-09-01; NZL out 1986, suspended from 1987),
// us-kor (1953-10-01), fra-ind partnership (1998-01; FRA has no tie to the USA: no spoke),
// jpn-aus partnership (2007), quad USA-JPN-AUS-IND (2007-05; suspended 2008 to 2017-10).
void tst_MetricsCommand::knownRows_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("hide");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("row");

    // USA-JPN, USA-AUS, USA-NZL, AUS-NZL: the USA brokers JPN's two pairs; AUS-NZL is spoke-to-spoke.
    QTest::newRow("1952 ANZUS triangle") << 1952 << "" << "" << "1952-01-01,all,4,2,4,0.6667,1,1.0000,1,0.2500";
    // NZL suspended: a star of three treaty allies.
    QTest::newRow("1990 star") << 1990 << "" << "" << "1990-01-01,all,4,3,3,0.5000,1,1.0000,0,0.0000";
    // FRA-IND is a second component and not spoke-to-spoke (FRA is not tied to the USA).
    QTest::newRow("2000 two components") << 2000 << "" << "" << "2000-01-01,all,6,4,4,0.2667,2,1.0000,0,0.0000";
    // Quad dormant; JPN-AUS is spoke-to-spoke; the USA still brokers all paths from KOR.
    QTest::newRow("2010 quad suspended") << 2010 << "" << "" << "2010-01-01,all,6,5,5,0.3333,2,1.0000,1,0.2000";
    // Quad revived, a clique of four: USA and IND broker 4 pairs each; JPN-AUS, JPN-IND, AUS-IND
    // are spoke-to-spoke (IND is a spoke through the Quad).
    QTest::newRow("2018 quad clique") << 2018 << "" << "" << "2018-01-01,all,6,6,8,0.5333,1,0.5000,3,0.3750";
    // Without the USA: JPN-AUS-IND triangle and FRA-IND; KOR has no tie left.
    QTest::newRow("2018 without the USA") << 2018 << "usa" << "" << "2018-01-01,all,4,3,4,0.6667,1,0.0000,3,0.7500";
    // Asia-Pacific: the region's actors and the hub; FRA (Europe) and its pair with IND drop out.
    QTest::newRow("2000 Asia-Pacific") << 2000 << "" << "asia-pacific" << "2000-01-01,asia-pacific,4,3,3,0.5000,1,1.0000,0,0.0000";
    // Euro-Atlantic: the USA and FRA have no tie between them; FRA-IND is in neither region.
    QTest::newRow("2000 Euro-Atlantic") << 2000 << "" << "euro-atlantic" << "2000-01-01,euro-atlantic,0,0,0,0.0000,0,0.0000,0,0.0000";
    // The Quad's clique stays whole; FRA-IND goes: 7 edges among USA, JPN, KOR, AUS, IND.
    QTest::newRow("2018 Asia-Pacific") << 2018 << "" << "asia-pacific" << "2018-01-01,asia-pacific,5,5,7,0.7000,1,1.0000,3,0.4286";
    QTest::newRow("2018 all, named") << 2018 << "" << "all" << "2018-01-01,all,6,6,8,0.5333,1,0.5000,3,0.3750";
}

void tst_MetricsCommand::knownRows()
{
    QFETCH(int, year);
    QFETCH(QString, hide);
    QFETCH(QString, region);
    QFETCH(QString, row);
    QStringList args { "--from", QString::number(year), "--to", QString::number(year), "--dataset", kFixture, "--format", "csv" };
    if (!hide.isEmpty())
        args << "--hide" << hide;
    if (!region.isEmpty())
        args << "--region" << region;
    const Run r = run(args);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, kHeader + u'\n' + row + u'\n');
}

void tst_MetricsCommand::monthlySteps()
{
    const Run r = run({ "--from", "2017", "--to", "2017", "--step", "month", "--dataset", kFixture });
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines[1].left(10), QStringLiteral("2017-01-01"));
    // The dormancy runs to the end of October 2017 (a month-precision end covers its month).
    QCOMPARE(lines[10], QStringLiteral("2017-10-01,all,6,5,5,0.3333,2,1.0000,1,0.2000"));
    QCOMPARE(lines[11], QStringLiteral("2017-11-01,all,6,6,8,0.5333,1,0.5000,3,0.3750"));
}

void tst_MetricsCommand::json()
{
    const Run r = run({ "--from", "2018", "--to", "2018", "--dataset", kFixture, "--format", "json" });
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value("hub").toString(), QStringLiteral("USA"));
    QCOMPARE(root.value("region").toString(), QStringLiteral("all"));
    const QJsonArray series = root.value("series").toArray();
    QCOMPARE(series.size(), 1);
    const QJsonObject m = series.first().toObject();
    QCOMPARE(m.value("date").toString(), QStringLiteral("2018-01-01"));
    QCOMPARE(m.value("region").toString(), QStringLiteral("all"));
    QCOMPARE(m.value("edges").toInt(), 8);
    QCOMPARE(m.value("hub_betweenness_share").toDouble(), 0.5);
    const QJsonObject kinds = m.value("edges_by_kind").toObject();
    QCOMPARE(kinds.value("minilateral").toInt(), 6);
    QCOMPARE(kinds.value("bilateral-alliance").toInt(), 2);
    QCOMPARE(kinds.value("multilateral-alliance").toInt(), 1);
    QCOMPARE(kinds.value("partnership").toInt(), 2);
    const QJsonObject li = m.value("edges_by_typology").toObject().value("li2024").toObject();
    QCOMPARE(li.value("expansive").toInt(), 6);
    QCOMPARE(li.value("unclassified").toInt(), 2); // USA-KOR, FRA-IND
    const QJsonObject usa = m.value("centrality").toArray().first().toObject();
    QCOMPARE(usa.value("actor").toString(), QStringLiteral("USA"));
    QCOMPARE(usa.value("degree").toInt(), 4);
    QCOMPARE(usa.value("betweenness").toDouble(), 0.4); // 4 of the C(5,2) pairs of the others
}

void tst_MetricsCommand::builtInDatasetHeader()
{
    const Run r = run({ "--from", "1945", "--to", "1950" });
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines.first(), kHeader);
    QVERIFY(lines[1].startsWith(QStringLiteral("1945-01-01,")));
    QVERIFY(lines[6].startsWith(QStringLiteral("1950-01-01,")));
    for (const QString &line : lines)
        QCOMPARE(line.count(u','), 9);
}

void tst_MetricsCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad year") << QStringList { "--from", "19x5" } << 2 << "invalid year \"19x5\"";
    QTest::newRow("year zero") << QStringList { "--to", "0" } << 2 << "invalid year \"0\"";
    QTest::newRow("reversed") << QStringList { "--from", "2000", "--to", "1990" } << 2 << "--from 2000 is after --to 1990";
    QTest::newRow("step") << QStringList { "--step", "week" } << 2 << "unknown step \"week\"";
    QTest::newRow("region") << QStringList { "--region", "africa" } << 2 << "unknown region \"africa\"";
    QTest::newRow("format") << QStringList { "--format", "xml" } << 2 << "unknown format \"xml\"";
    QTest::newRow("hide") << QStringList { "--hide", "XXX", "--dataset", kFixture } << 2 << "unknown actor \"XXX\"";
    QTest::newRow("positional") << QStringList { "extra" } << 2 << "unexpected argument \"extra\"";
    QTest::newRow("option") << QStringList { "--bogus" } << 2 << "bogus";
    QTest::newRow("missing dataset") << QStringList { "--dataset", ATLAS_TEST_DATA_DIR "/network/missing.json" } << 1 << "missing.json";
}

void tst_MetricsCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(u'\n'), 1); // one line
}

QTEST_GUILESS_MAIN(tst_MetricsCommand)
#include "tst_metricscommand.moc"
