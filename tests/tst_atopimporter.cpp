// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/atopimporter.h"
#include "models/domain/dataset.h"
#include "models/io/datasetwriter.h"
#include "models/geo/worldmap.h"
#include "models/query/snapshot.h"

#include <QFile>
#include <QLineF>
#include <QTest>

using namespace atlas;

namespace {
const QString kDir = QStringLiteral(ATLAS_TEST_DATA_DIR "/atop");

QByteArray fixture(const QString &name)
{
    QFile f(kDir + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

/// \a csv with field \a column of line \a line (1-based, header = 1) replaced by \a value.
QByteArray withField(const QByteArray &csv, int line, const QByteArray &column, const QByteArray &value)
{
    QList<QByteArray> lines = csv.split('\n');
    const int c = int(lines[0].split(',').indexOf(column));
    Q_ASSERT(c >= 0);
    QList<QByteArray> fields = lines[line - 1].split(',');
    fields[c] = value;
    lines[line - 1] = fields.join(',');
    return lines.join('\n');
}

QStringList issueStrings(const LoadResult &r)
{
    QStringList result;
    for (const Issue &i : r.issues)
        result.append(i.toString());
    return result;
}

QStringList errorStrings(const LoadResult &r)
{
    QStringList result;
    for (const Issue &i : r.issues)
        if (i.severity == Issue::Severity::Error)
            result.append(i.toString());
    return result;
}

LoadResult importModified(const QByteArray &members, const QByteArray &alliances)
{
    return AtopImporter::importData(members, "m.csv", alliances, "a.csv");
}

QStringList spells(const Tie &t)
{
    QStringList result;
    for (const MembershipSpell &s : t.members)
        result.append(QStringLiteral("%1 %2..%3").arg(s.actor, s.joined.toString(), s.left.isValid() ? s.left.toString() : QStringLiteral("open")));
    return result;
}
} // namespace

class tst_AtopImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ties();
    void datesAndPrecision_data();
    void datesAndPrecision();
    void spells();
    void snapshot();
    void cowMapping_data();
    void cowMapping();
    void notesAndWarnings();
    void actorsAndEvidence();
    void writtenFileReadsBack();
    void brokenRows_data();
    void brokenRows();
    void warningsKeepTheDataset();
    void bilateralFlagWithMoreMembers();
    void missingFiles();
    void capitalsLieInTheirCountries();

private:
    LoadResult mResult;
};

void tst_AtopImporter::initTestCase()
{
    mResult = AtopImporter::importDirectory(kDir);
    QVERIFY2(mResult.dataset, qPrintable(issueStrings(mResult).join(u'\n')));
}

void tst_AtopImporter::ties()
{
    const Dataset &d = *mResult.dataset;
    QStringList ids;
    for (const Tie &t : d.ties)
        ids.append(t.id);
    // 1320 has only one member with an ISO code left (COW 8152 is unknown): not imported.
    QCOMPARE(ids, QStringList({ "atop-1035", "atop-1115", "atop-3180", "atop-3220", "atop-3240", "atop-3285", "atop-3375" }));

    const Tie *nato = d.tie("atop-3180");
    QCOMPARE(nato->kind, TieKind::MultilateralAlliance);
    QCOMPARE(nato->name.en, QString("ATOP 3180: defense, non-aggression, consultation"));
    QCOMPARE(nato->name.zh, QString("ATOP 3180：防御、互不侵犯、磋商"));
    QCOMPARE(nato->shortName.en, QString("ATOP 3180"));
    QCOMPARE(nato->region, TieRegion::EuroAtlantic);
    QCOMPARE(nato->startKind, QString("signature"));

    const Tie *usJapan = d.tie("atop-3220");
    QCOMPARE(usJapan->kind, TieKind::BilateralAlliance);
    QCOMPARE(usJapan->name.zh, QString("ATOP 3220：防御、磋商"));
    QCOMPARE(usJapan->region, TieRegion::CrossRegional);
    QCOMPARE(d.tie("atop-1035")->name.en, QString("ATOP 1035: defense, offense, consultation"));
}

void tst_AtopImporter::datesAndPrecision_data()
{
    QTest::addColumn<QString>("tie");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("startPrecision");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("endPrecision");
    QTest::addColumn<TieStatus>("status");
    const int day = int(PartialDate::Precision::Day), month = int(PartialDate::Precision::Month), none = int(PartialDate::Precision::None);
    QTest::newRow("NATO in force") << "atop-3180" << "1949-04-04" << day << "" << none << TieStatus::InForce;
    QTest::newRow("US-Japan 1951 ended") << "atop-3220" << "1951-09-08" << day << "1960-01-19" << day << TieStatus::Ended;
    QTest::newRow("US-ROK") << "atop-3240" << "1953-10-01" << day << "" << none << TieStatus::InForce;
    QTest::newRow("end day empty") << "atop-1035" << "1815-11-20" << day << "1822-12" << month << TieStatus::Ended;
    QTest::newRow("begin day empty") << "atop-1115" << "1844-06" << month << "1846-06-29" << day << TieStatus::Ended;
}

void tst_AtopImporter::datesAndPrecision()
{
    QFETCH(QString, tie);
    QFETCH(QString, start);
    QFETCH(int, startPrecision);
    QFETCH(QString, end);
    QFETCH(int, endPrecision);
    QFETCH(TieStatus, status);
    const Tie *t = mResult.dataset->tie(tie);
    QVERIFY(t);
    QCOMPARE(t->start.toString(), start);
    QCOMPARE(int(t->start.precision()), startPrecision);
    QCOMPARE(t->end.toString(), end);
    QCOMPARE(int(t->end.precision()), endPrecision);
    QCOMPARE(t->status, status);
    // Derived days: a month-precision end covers the whole month.
    QCOMPARE(t->fromDay, t->start.firstDay().toJulianDay());
    if (t->end.isValid())
        QCOMPARE(t->toDay, t->end.lastDay().toJulianDay());
}

void tst_AtopImporter::spells()
{
    const Dataset &d = *mResult.dataset;
    // One spell per member row and phase; COW 260 (FRG) and 255 (Germany) are both DEU.
    QCOMPARE(::spells(*d.tie("atop-3180")), QStringList({
                                                "USA 1949-04-04..1951-06-19",
                                                "GBR 1949-04-04..1951-06-19",
                                                "USA 1951-06-19..open",
                                                "GBR 1951-06-19..open",
                                                "TUR 1951-10-22..open",
                                                "DEU 1954-10-23..1990-10-03",
                                                "DEU 1990-10-03..open",
                                            }));
    QCOMPARE(d.tie("atop-3180")->memberIds(), QStringList({ "USA", "GBR", "TUR", "DEU" }));
    // The GDR (COW 265) has no successor code: left out; Czechoslovakia -> CZE, USSR -> RUS.
    QCOMPARE(::spells(*d.tie("atop-3285")), QStringList({
                                                "POL 1955-05-14..1991-07-01",
                                                "CZE 1955-05-14..1991-07-01",
                                                "RUS 1955-05-14..1991-07-01",
                                            }));
    QCOMPARE(::spells(*d.tie("atop-1115")), QStringList({ "GBR 1844-06..1846-06-29", "RUS 1844-06..1846-06-29" }));
}

void tst_AtopImporter::snapshot()
{
    const Dataset &d = *mResult.dataset;
    const auto members = [&](QDate date, const QString &tie) {
        const Snapshot s = takeSnapshot(d, date);
        const TieState *state = s.state(d.tieIndex(tie));
        return state ? state->members : QStringList { "<not in force>" };
    };
    QCOMPARE(members(QDate(1950, 1, 1), "atop-3180"), QStringList({ "USA", "GBR" }));
    QCOMPARE(members(QDate(1960, 6, 1), "atop-3180"), QStringList({ "USA", "GBR", "TUR", "DEU" }));
    QCOMPARE(members(QDate(1960, 6, 1), "atop-3220"), QStringList({ "<not in force>" }));
    QCOMPARE(members(QDate(1960, 6, 1), "atop-3375"), QStringList({ "USA", "JPN" }));
    QCOMPARE(members(QDate(1960, 1, 19), "atop-3220"), QStringList({ "USA", "JPN" })); // the end day is in force
    QCOMPARE(members(QDate(1844, 6, 1), "atop-1115"), QStringList({ "GBR", "RUS" }));  // month precision: from the 1st
    QCOMPARE(members(QDate(1822, 12, 31), "atop-1035"), QStringList({ "GBR", "DEU", "AUT", "RUS" }));
}

void tst_AtopImporter::cowMapping_data()
{
    using Kind = AtopImporter::CowMapping::Kind;
    QTest::addColumn<int>("cow");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("alpha3");
    QTest::newRow("USA") << 2 << Kind::Direct << "USA";
    QTest::newRow("Japan") << 740 << Kind::Direct << "JPN";
    QTest::newRow("ROK") << 732 << Kind::Direct << "KOR";
    QTest::newRow("German Federal Republic") << 260 << Kind::Successor << "DEU";
    QTest::newRow("Prussia/Germany") << 255 << Kind::Successor << "DEU";
    QTest::newRow("Austria-Hungary") << 300 << Kind::Successor << "AUT";
    QTest::newRow("Czechoslovakia") << 315 << Kind::Successor << "CZE";
    QTest::newRow("Yugoslavia") << 345 << Kind::Successor << "SRB";
    QTest::newRow("Russia/USSR") << 365 << Kind::Successor << "RUS";
    QTest::newRow("Yemen Arab Republic") << 678 << Kind::Successor << "YEM";
    QTest::newRow("GDR") << 265 << Kind::NoSuccessor << "";
    QTest::newRow("South Yemen") << 680 << Kind::NoSuccessor << "";
    QTest::newRow("South Vietnam") << 817 << Kind::NoSuccessor << "";
    QTest::newRow("Korea before 1910") << 730 << Kind::NoSuccessor << "";
    QTest::newRow("Bavaria") << 245 << Kind::NoSuccessor << "";
    QTest::newRow("not a state code") << 8152 << Kind::Unknown << "";
}

void tst_AtopImporter::cowMapping()
{
    QFETCH(int, cow);
    QFETCH(AtopImporter::CowMapping::Kind, kind);
    QFETCH(QString, alpha3);
    const AtopImporter::CowMapping m = AtopImporter::mapCow(cow);
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.alpha3, alpha3);
    if (kind == AtopImporter::CowMapping::Kind::Successor || kind == AtopImporter::CowMapping::Kind::NoSuccessor)
        QVERIFY(m.name.isComplete());
}

void tst_AtopImporter::notesAndWarnings()
{
    const Dataset &d = *mResult.dataset;
    QCOMPARE(d.tie("atop-3180")->note.en, QString("ATOP's German Federal Republic (COW 260) is shown as Germany (DEU)."));
    QCOMPARE(d.tie("atop-3180")->note.zh, QString("ATOP中的联邦德国（COW 260）在此显示为德国（DEU）。"));
    QCOMPARE(d.tie("atop-3285")->note.en, QString("ATOP's Czechoslovakia (COW 315) is shown as Czechia (CZE). "
                                                  "ATOP's Soviet Union (COW 365) is shown as Russia (RUS). "
                                                  "Not shown (no ISO 3166 successor code): German Democratic Republic (COW 265)."));
    QVERIFY(d.tie("atop-3285")->note.zh.contains("未显示（无ISO 3166继承国代码）：民主德国（COW 265）。"));
    QVERIFY(d.tie("atop-1035")->note.en.contains("Prussia (COW 255) is shown as Germany (DEU)"));
    QVERIFY(d.tie("atop-3240")->note.isEmpty());

    const QString m = kDir + "/atop-member-level.csv";
    const QString a = kDir + "/atop-alliance-level.csv";
    QCOMPARE(issueStrings(mResult), QStringList({
                                        m + ":9:8: warning: unknown COW state code 8152; row skipped",
                                        m + ":21:15: warning: COW 265 (German Democratic Republic) has no ISO 3166 successor code; "
                                            "1 membership row(s) skipped (ATOP 3285)",
                                        a + ":4:1: warning: ATOP 1320 has fewer than two members with an ISO 3166 code; not imported",
                                    }));
}

void tst_AtopImporter::actorsAndEvidence()
{
    const Dataset &d = *mResult.dataset;
    QStringList ids;
    for (const Actor &a : d.actors)
        ids.append(a.id);
    QCOMPARE(ids, QStringList({ "AUT", "CZE", "DEU", "GBR", "JPN", "KOR", "POL", "RUS", "TUR", "USA" }));
    QCOMPARE(d.hub, QString("USA"));
    const Actor *usa = d.actor("USA");
    QCOMPARE(usa->kind, ActorKind::Country);
    QCOMPARE(usa->region, ActorRegion::NorthAmerica);
    QCOMPARE(usa->lon, -77.04);
    QCOMPARE(usa->lat, 38.91);
    QCOMPARE(usa->name.en, QString("United States"));
    QVERIFY(!usa->name.zh.isEmpty());
    QCOMPARE(d.actor("JPN")->region, ActorRegion::EastAsia);
    QCOMPARE(d.actor("TUR")->region, ActorRegion::Europe);
    QCOMPARE(d.actor("RUS")->region, ActorRegion::Europe);

    QCOMPARE(d.sources.size(), 1);
    QCOMPARE(d.sources[0].key, QString("atop4"));
    QCOMPARE(d.sources[0].kind, SourceKind::Dataset);
    QCOMPARE(d.sources[0].year, 2002);
    QCOMPARE(d.sources[0].pages, QString("237-260"));
    QCOMPARE(d.evidence.size(), d.ties.size());
    const QList<const Evidence *> nato = d.evidenceFor("atop-3180");
    QCOMPARE(nato.size(), 1);
    QCOMPARE(nato[0]->source, QString("atop4"));
    QCOMPARE(nato[0]->aspect, QString("start"));
    QCOMPARE(nato[0]->section, QString("atopid 3180"));
    QCOMPARE(nato[0]->quote, QString());
    QCOMPARE(nato[0]->asOf.toString(), QString("1949-04-04"));
    QVERIFY(nato[0]->claim.en.contains("from 1949-04-04, still in force"));
    QVERIFY(nato[0]->claim.zh.contains("1949年4月4日"));
    QVERIFY(d.evidenceFor("atop-3220")[0]->claim.en.contains("from 1951-09-08 to 1960-01-19"));
}

void tst_AtopImporter::writtenFileReadsBack()
{
    const QByteArray json = DatasetWriter::write(*mResult.dataset);
    const LoadResult again = DatasetReader::read(json, "atop.json");
    QCOMPARE(issueStrings(again), QStringList());
    QVERIFY(again.dataset);
    QCOMPARE(DatasetWriter::write(*again.dataset), json);
}

void tst_AtopImporter::brokenRows_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QByteArray>("alliances");
    QTest::addColumn<QStringList>("errors");
    const QByteArray m = fixture("atop-member-level.csv");
    const QByteArray a = fixture("atop-alliance-level.csv");
    const int memberColumns = int(m.left(m.indexOf('\n')).count(',')) + 1;

    QByteArray shortRow = m;
    shortRow.replace("\n3240,3529,236,2,", "\n3240,236,2,"); // line 19 loses its cowid field
    QTest::newRow("wrong column count") << shortRow << a
                                        << QStringList { QStringLiteral("m.csv:19:%1: row has %2 fields, the header has %3")
                                                             .arg(shortRow.split('\n')[18].size() + 1)
                                                             .arg(memberColumns - 1)
                                                             .arg(memberColumns) };
    QTest::newRow("non-numeric year") << withField(m, 10, "yrent", "19x9") << a
                                      << QStringList { "m.csv:10:19: yrent \"19x9\" is not a whole number" };
    QTest::newRow("impossible date") << withField(withField(m, 10, "moent", "2"), 10, "dayent", "30") << a
                                     << QStringList { "m.csv:10:26: impossible date 1949-02-30 (yrent, moent, dayent)" };
    QTest::newRow("month out of range") << withField(m, 17, "moexit", "13") << a
                                        << QStringList { "m.csv:17:33: moexit 13 is out of range (0 to 12)" };
    QTest::newRow("day without month") << withField(withField(m, 6, "moent", "0"), 6, "dayent", "5") << a
                                       << QStringList { "m.csv:6:27: dayent 5 given without a month" };
    QTest::newRow("exit before entry") << withField(m, 17, "yrexit", "1950") << a
                                       << QStringList { "m.csv:17:28: exit 1950-01-19 is before entry 1951-09-08" };
    QTest::newRow("COW code not a number") << withField(m, 12, "member", "USA") << a
                                           << QStringList { "m.csv:12:15: member \"USA\" is not a whole number" };
    QTest::newRow("alliance end before begin") << m << withField(a, 6, "endyr", "1950")
                                               << QStringList { "a.csv:6:24: end 1950-01-19 is before begin 1951-09-08" };
    QTest::newRow("alliance flag not 0 or 1") << m << withField(a, 5, "bilat", "2")
                                              << QStringList { "a.csv:5:32: bilat 2 is out of range (0 to 1)" };
    QByteArray duplicate = a;
    duplicate.append(a.split('\n')[4] + '\n');
    QTest::newRow("duplicate alliance") << m << duplicate << QStringList { "a.csv:10:1: duplicate atopid 3180 (first on line 5)" };
    QByteArray noYear = m;
    noYear.replace("atopid,cowid,cow4id,member,cowsys,yrent,", "atopid,cowid,cow4id,member,cowsys,year_entered,");
    QTest::newRow("missing column") << noYear << a << QStringList { "m.csv:1:1: missing column \"yrent\"" };
    QTest::newRow("empty file") << QByteArray() << a << QStringList { "m.csv:1:1: the file is empty" };
    QTest::newRow("unclosed quote") << m + "\"3180,2\n" << a
                                    << QStringList { "m.csv:27:1: quoted field is not closed before the end of the file",
                                                     "m.csv:28:1: row has 1 fields, the header has 105" };
}

void tst_AtopImporter::brokenRows()
{
    QFETCH(QByteArray, members);
    QFETCH(QByteArray, alliances);
    QFETCH(QStringList, errors);
    const LoadResult r = importModified(members, alliances);
    QCOMPARE(errorStrings(r), errors);
    QVERIFY(!r.dataset); // any error: no dataset, the caller keeps its own
}

void tst_AtopImporter::warningsKeepTheDataset()
{
    // A row of an alliance that is not in the alliance file, and a state that ATOP does not code:
    // warnings, the rest is imported.
    QByteArray m = fixture("atop-member-level.csv");
    m.append(m.split('\n')[18].replace("3240,", "9999,") + '\n');
    m.replace("\n3375,,,740,", "\n3375,,,999,");
    const LoadResult r = importModified(m, fixture("atop-alliance-level.csv"));
    QVERIFY(r.dataset);
    QCOMPARE(errorStrings(r), QStringList());
    const QStringList issues = issueStrings(r);
    QVERIFY2(issues.contains("m.csv:26:8: warning: unknown COW state code 999; row skipped"), qPrintable(issues.join(u'\n')));
    QVERIFY2(issues.contains("m.csv:27:1: warning: alliance 9999 is not in a.csv; row skipped"), qPrintable(issues.join(u'\n')));
    QVERIFY(!r.dataset->tie("atop-3375")); // only the USA is left
}

void tst_AtopImporter::bilateralFlagWithMoreMembers()
{
    // The Warsaw Pact (line 8) flagged bilateral: three members left, so shown as multilateral, with a note.
    const LoadResult r = importModified(fixture("atop-member-level.csv"), withField(fixture("atop-alliance-level.csv"), 8, "bilat", "1"));
    QVERIFY(r.dataset);
    const Tie *pact = r.dataset->tie("atop-3285");
    QCOMPARE(pact->kind, TieKind::MultilateralAlliance);
    QVERIFY(pact->note.en.contains("ATOP codes this alliance as bilateral (bilat = 1); with 3 members it is shown as a multilateral alliance."));
    QVERIFY(pact->note.zh.contains("因有3个成员，此处显示为多边联盟"));
    QCOMPARE(r.dataset->tie("atop-3240")->kind, TieKind::BilateralAlliance);
}

void tst_AtopImporter::missingFiles()
{
    const LoadResult r = AtopImporter::import("/nonexistent/m.csv", kDir + "/atop-alliance-level.csv");
    QVERIFY(!r.dataset);
    QCOMPARE(r.issues.size(), 1);
    QVERIFY(r.issues[0].toString().startsWith("/nonexistent/m.csv: cannot open"));
}

void tst_AtopImporter::capitalsLieInTheirCountries()
{
    // The hand-made capitals table against the map's polygons: each capital is inside its own country,
    // or at sea (coastal and island capitals at 1:50m) within half a degree of it.
    const WorldMap &map = WorldMap::builtIn();
    QFile file(ATLAS_SOURCE_DIR "/resources/capitals.csv");
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    int checked = 0;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        const QString iso = QString::fromUtf8(line.left(3));
        const auto capital = AtopImporter::capital(iso);
        QVERIFY2(capital, qPrintable(iso));
        const WorldMap::Country *country = map.country(iso);
        if (!country)
            continue; // not on the 1:50m map (Tuvalu)
        const QPointF p = map.projection().project(capital->first, capital->second);
        const int at = map.countryAt(p);
        if (at >= 0) {
            QVERIFY2(map.countries()[at].id == iso, qPrintable(QStringLiteral("%1's capital lies in %2").arg(iso, map.countries()[at].id)));
        } else {
            bool near = false;
            for (int dx = -5; dx <= 5; ++dx)
                for (int dy = -5; dy <= 5; ++dy)
                    near = near || map.countryAt(map.projection().project(capital->first + dx * 0.1, capital->second + dy * 0.1)) == map.indexOf(iso);
            // Microstates (Monaco) are a few map points at 1:50m: near their tiny bounding box is enough.
            const double halfDegree = QLineF(p, map.projection().project(capital->first + 0.5, capital->second)).length();
            near = near || (country->bounds.width() < halfDegree && country->bounds.adjusted(-halfDegree, -halfDegree, halfDegree, halfDegree).contains(p));
            QVERIFY2(near, qPrintable(QStringLiteral("%1's capital is not in or near the country").arg(iso)));
        }
        ++checked;
    }
    QVERIFY(checked > 180);
}

QTEST_GUILESS_MAIN(tst_AtopImporter)
#include "tst_atopimporter.moc"
