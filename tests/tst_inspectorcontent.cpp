// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/text/inspectorcontent.h"
#include "models/domain/vocabulary.h"
#include "tests/testsupport.h"

#include <QTest>

using namespace atlas;

namespace {

QString field(const InspectorContent &c, const QString &label)
{
    for (const InspectorField &f : c.fields)
        if (f.label == label)
            return f.value;
    return QStringLiteral("<no field %1>").arg(label);
}

QStringList ids(const QList<InspectorEvidence> &items)
{
    QStringList result;
    for (const InspectorEvidence &e : items)
        result.append(e.id);
    return result;
}

} // namespace

class tst_InspectorContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tieBeforeLaterEvidence();
    void tieAfterLaterEvidence();
    void tieNotYetInForce();
    void statusFollowsPhases_data();
    void statusFollowsPhases();
    void placementsOnePerScheme();
    void inferredPlacementIsMarked();
    void unclassifiedTie();
    void markupStaysVerbatim();
    void chinese();
    void actorTiesOverTime();
    void aloneInATieIsNotInForce();
    void actorEvidenceSplitsByAsOf();
    void eventSelection();
    void unknownSelectionIsEmpty();
    void sameAsideFromDate();
    void evidenceInDateOrderGrouped();
    void manyMemberRecordsInOneTable();

private:
    Dataset mDataset;
};

void tst_InspectorContent::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/typology/dataset.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
}

// AUKUS on 1 Dec 2021: announced, but the Pillar II statement (April 2022) and its evidence lie ahead.
void tst_InspectorContent::tieBeforeLaterEvidence()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2021, 12, 1),
                                           Language::English);
    QCOMPARE(c.kind, Selection::Kind::Tie);
    QCOMPARE(c.title, QStringLiteral("AUKUS"));
    QCOMPARE(c.dateText, QStringLiteral("1 Dec 2021"));
    QCOMPARE(field(c, QStringLiteral("Name (English)")), QStringLiteral("Australia–United Kingdom–United States Security Partnership"));
    QCOMPARE(field(c, QStringLiteral("Name (Chinese)")), QStringLiteral("美英澳三边安全伙伴关系"));
    QCOMPARE(field(c, QStringLiteral("Kind")), Vocabulary::label(TieKind::Minilateral));
    QCOMPARE(field(c, QStringLiteral("Status on this date")), Vocabulary::label(TieStatus::InForce));
    QCOMPARE(field(c, QStringLiteral("Region")), Vocabulary::label(TieRegion::CrossRegional));
    QCOMPARE(field(c, QStringLiteral("In force from")), QStringLiteral("15 Sep 2021, announcement"));
    QCOMPARE(field(c, QStringLiteral("In force until")), QStringLiteral("ongoing"));

    QCOMPARE(c.members.size(), 3);
    QCOMPARE(c.members[0].name, QStringLiteral("United States"));
    QCOMPARE(c.members[0].joined, QStringLiteral("15 Sep 2021"));
    QVERIFY(c.members[0].current);

    QCOMPARE(c.events.size(), 2);
    QCOMPARE(c.events[0].id, QStringLiteral("ev-aukus-1"));
    QVERIFY(!c.events[0].after);
    QCOMPARE(c.events[1].id, QStringLiteral("ev-aukus-2"));
    QVERIFY(c.events[1].after);

    // Placement evidence stays with its placement; the rest is split at the date.
    QCOMPARE(ids(c.evidence), QStringList { QStringLiteral("e-aukus-start") });
    QCOMPARE(ids(c.laterEvidence), QStringList { QStringLiteral("e-aukus-pillar2") });
    const InspectorEvidence &later = c.laterEvidence.first();
    QVERIFY(later.after);
    QCOMPARE(later.date, PartialDate(2022, 4));
    QCOMPARE(later.note, QStringLiteral("Fixture discrepancy: the month differs between two passages."));

    const InspectorEvidence &start = c.evidence.first();
    QCOMPARE(start.quote, QStringLiteral("美国、澳大利亚和英国宣布建立具有标志性意义的三边安全伙伴关系(AUKUS)"));
    QCOMPARE(start.section, QStringLiteral("引言"));
    QCOMPARE(start.sourceKey, QStringLiteral("hou2024"));
    QCOMPARE(start.sourceReference, QStringLiteral("Hou Henan, “AUKUS Pillar II: Characteristics and Prospects” (2024)"));
    QCOMPARE(start.cites, QStringList { QStringLiteral("aukus-2021-statement") });
    QCOMPARE(start.citedReferences, QStringList { QStringLiteral("The White House, “Joint Leaders Statement on AUKUS” (2021)") });
    QCOMPARE(start.date, PartialDate(2021, 9, 15)); // no asOf: the tie's start

    QCOMPARE(c.sources, (QStringList { QStringLiteral("li2024"), QStringLiteral("ling2022"), QStringLiteral("hou2024"),
                                       QStringLiteral("aukus-2021-statement") }));
}

void tst_InspectorContent::tieAfterLaterEvidence()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2023, 1, 1),
                                           Language::English);
    QCOMPARE(ids(c.evidence), (QStringList { QStringLiteral("e-aukus-start"), QStringLiteral("e-aukus-pillar2") }));
    QVERIFY(c.laterEvidence.isEmpty());
    QVERIFY(!c.events[1].after);
    // A month-precision asOf counts from the first day of its month.
    const auto april = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2022, 4, 1),
                                               Language::English);
    QVERIFY(april.laterEvidence.isEmpty());
    const auto march = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2022, 3, 31),
                                               Language::English);
    QCOMPARE(march.laterEvidence.size(), 1);
}

void tst_InspectorContent::tieNotYetInForce()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2020, 1, 1),
                                           Language::English);
    QCOMPARE(field(c, QStringLiteral("Status on this date")), QStringLiteral("Not yet in force"));
    QVERIFY(!c.members[0].current);
    QVERIFY(c.evidence.isEmpty());
    QCOMPARE(c.laterEvidence.size(), 2);
}

void tst_InspectorContent::statusFollowsPhases_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("status");
    QTest::newRow("dormant") << QDate(2010, 1, 1) << Vocabulary::label(TieStatus::Suspended);
    QTest::newRow("revived") << QDate(2018, 1, 1) << Vocabulary::label(TieStatus::InForce);
    QTest::newRow("first month") << QDate(2007, 5, 1) << Vocabulary::label(TieStatus::InForce);
    QTest::newRow("before") << QDate(2007, 4, 30) << QStringLiteral("Not yet in force");
}

void tst_InspectorContent::statusFollowsPhases()
{
    QFETCH(QDate, date);
    QFETCH(QString, status);
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("quad") }, date, Language::English);
    QCOMPARE(field(c, QStringLiteral("Status on this date")), status);
    QCOMPARE(field(c, QStringLiteral("In force from")), QStringLiteral("May 2007 (known to the month)"));
    QCOMPARE(field(c, Vocabulary::label(TieStatus::Suspended)),
             QStringLiteral("Feb 2008 (known to the month) – Oct 2017 (known to the month)"));
    QCOMPARE(c.note, QStringLiteral("Fixture note: the sources date the revival differently."));
}

void tst_InspectorContent::placementsOnePerScheme()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2022, 1, 1),
                                           Language::English);
    QCOMPARE(c.placements.size(), 2);
    const InspectorPlacement &li = c.placements[0];
    QCOMPARE(li.scheme, QStringLiteral("li2024"));
    QCOMPARE(li.cell, QStringLiteral("integrative"));
    QCOMPARE(li.cellName, QStringLiteral("Integrative minilateral"));
    QCOMPARE(li.reasoning, QStringLiteral("Allies only (US, UK, Australia), issue-focused on defence technology, coordinated by the US."));
    QCOMPARE(ids(li.evidence), QStringList { QStringLiteral("e-aukus-li") });
    QCOMPARE(li.evidence[0].aspect, QStringLiteral("Typology: Li 2024: integrative vs expansive minilaterals"));
    QVERIFY(li.schemeReference.startsWith(QStringLiteral("Li Dejie, “The Fetters of the System")));
    QCOMPARE(c.placements[1].scheme, QStringLiteral("ling2022"));
    QCOMPARE(c.placements[1].cell, QStringLiteral("alliance"));
}

// A placement the dataset infers (rather than the source stating it) is marked in the cell and the reasoning.
void tst_InspectorContent::inferredPlacementIsMarked()
{
    Dataset d = mDataset;
    for (Placement &p : d.placements)
        if (p.scheme == u"li2024" && p.tie == u"aukus")
            p.inferred = true;
    const auto c = InspectorContent::build(d, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2022, 1, 1), Language::English);
    const InspectorPlacement &li = c.placements[0];
    QVERIFY(li.inferred);
    QCOMPARE(li.cellName, QStringLiteral("Integrative minilateral (inferred)"));
    QCOMPARE(li.reasoning, QStringLiteral("Inferred (the source does not place this tie itself): Allies only (US, UK, Australia), "
                                          "issue-focused on defence technology, coordinated by the US."));
    // The stated placement of the same tie in the other scheme carries no marker.
    QVERIFY(!c.placements[1].inferred);
    QVERIFY(!c.placements[1].cellName.contains(QStringLiteral("inferred")));
}

void tst_InspectorContent::unclassifiedTie()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("us-jpn-1951") }, QDate(1955, 1, 1),
                                           Language::English);
    QCOMPARE(c.placements.size(), 2);
    for (const InspectorPlacement &p : c.placements) {
        QVERIFY(p.cell.isEmpty());
        QCOMPARE(p.cellName, QStringLiteral("Not classified by this source"));
    }
    QCOMPARE(field(c, QStringLiteral("In force until")), QStringLiteral("23 Jun 1960, replaced"));
    QCOMPARE(field(c, QStringLiteral("Status in the latest record")), Vocabulary::label(TieStatus::Ended));
    QCOMPARE(field(c, QStringLiteral("Status on this date")), Vocabulary::label(TieStatus::InForce));
    const auto later = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("us-jpn-1951") }, QDate(1961, 1, 1),
                                               Language::English);
    QCOMPARE(field(later, QStringLiteral("Status on this date")), Vocabulary::label(TieStatus::Ended));
}

void tst_InspectorContent::markupStaysVerbatim()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2023, 1, 1),
                                           Language::English);
    // The content keeps dataset text as it is; showing it as plain text is the view's job.
    QCOMPARE(c.evidence[1].claim, QStringLiteral("<b>Pillar II</b> adds <a href=\"https://evil.example/\">hypersonics</a> &amp; more."));
}

void tst_InspectorContent::chinese()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("quad") }, QDate(2018, 1, 1),
                                           Language::Chinese);
    QCOMPARE(c.title, QStringLiteral("四国机制"));
    QCOMPARE(c.subtitle, QStringLiteral("Quad"));
    QCOMPARE(c.dateText, QStringLiteral("2018年1月1日"));
    QCOMPARE(c.placements[0].cellName, QStringLiteral("拓展型小多边安全合作"));
    QCOMPARE(c.placements[0].evidence[0].claim, QStringLiteral("李德杰将“四国机制”归为拓展型小多边安全合作。"));
    QCOMPARE(c.placements[0].evidence[0].sourceReference,
             QStringLiteral("李德杰：《体系的羁绊：亚太小多边安全合作的互动逻辑》，《国际展望》2024年第2期，第121–140页"));
    QCOMPARE(c.events[0].dateText, QStringLiteral("2007年5月"));
}

void tst_InspectorContent::actorTiesOverTime()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Actor, QStringLiteral("NZL") }, QDate(2000, 1, 1),
                                           Language::English);
    QCOMPARE(c.kind, Selection::Kind::Actor);
    QCOMPARE(c.title, QStringLiteral("New Zealand"));
    QCOMPARE(c.ties.size(), 2);
    QCOMPARE(c.ties[0].tie, QStringLiteral("anzus"));
    QVERIFY(!c.ties[0].current);
    QCOMPARE(c.ties[0].status, QStringLiteral("Membership suspended"));
    QCOMPARE(c.ties[0].period, QStringLiteral("1 Sep 1951 – 1986; 1987 – now (suspended)"));
    QCOMPARE(c.ties[1].tie, QStringLiteral("five-eyes"));
    QVERIFY(c.ties[1].current);
    QCOMPARE(field(c, QStringLiteral("Ties in force on this date")), QStringLiteral("1 of 2"));

    const auto early = InspectorContent::build(mDataset, { Selection::Kind::Actor, QStringLiteral("NZL") }, QDate(1960, 1, 1),
                                               Language::English);
    QVERIFY(early.ties[0].current);
    QVERIFY(early.ties[1].current);
    QCOMPARE(field(early, QStringLiteral("Ties in force on this date")), QStringLiteral("2 of 2"));
}

// The one in-force rule (tieStateAt) decides, not a membership spell alone: once the other members
// have left, the last one holds no tie in force, and the tie's status says why.
void tst_InspectorContent::aloneInATieIsNotInForce()
{
    Dataset d;
    for (const char *id : { "USA", "AAA", "BBB" }) {
        Actor a;
        a.id = QString::fromLatin1(id);
        a.name = { a.id, a.id };
        d.actors.append(a);
    }
    Tie tie = test::makeTie(QStringLiteral("pact"), TieKind::MultilateralAlliance, { QStringLiteral("USA"), QStringLiteral("AAA"), QStringLiteral("BBB") },
                            QDate(1950, 1, 1));
    tie.members[0].toDay = QDate(1970, 1, 1).toJulianDay(); // USA leaves
    tie.members[1].toDay = QDate(1970, 1, 1).toJulianDay(); // AAA leaves: BBB alone
    d.ties.append(tie);
    d.buildIndex();

    const auto before = InspectorContent::build(d, { Selection::Kind::Actor, QStringLiteral("BBB") }, QDate(1960, 1, 1), Language::English);
    QVERIFY(before.ties.value(0).current);
    const auto after = InspectorContent::build(d, { Selection::Kind::Actor, QStringLiteral("BBB") }, QDate(1980, 1, 1), Language::English);
    QCOMPARE(after.ties.size(), 1);
    QVERIFY(!after.ties[0].current);
    QCOMPARE(field(after, QStringLiteral("Ties in force on this date")), QStringLiteral("0 of 1"));
    const auto pact = InspectorContent::build(d, { Selection::Kind::Tie, QStringLiteral("pact") }, QDate(1980, 1, 1), Language::English);
    QCOMPARE(field(pact, QStringLiteral("Status on this date")), QStringLiteral("Not in force (fewer than two members)"));
}

void tst_InspectorContent::actorEvidenceSplitsByAsOf()
{
    const auto before = InspectorContent::build(mDataset, { Selection::Kind::Actor, QStringLiteral("NZL") }, QDate(1980, 1, 1),
                                                Language::English);
    QCOMPARE(ids(before.laterEvidence), QStringList { QStringLiteral("e-nzl-suspended") });
    QCOMPARE(before.laterEvidence[0].aspect, QStringLiteral("Member: New Zealand"));
    const auto after = InspectorContent::build(mDataset, { Selection::Kind::Actor, QStringLiteral("NZL") }, QDate(1990, 1, 1),
                                               Language::English);
    QCOMPARE(ids(after.evidence), QStringList { QStringLiteral("e-nzl-suspended") });
    QCOMPARE(after.sources, QStringList { QStringLiteral("atop4") });
}

void tst_InspectorContent::eventSelection()
{
    const auto c = InspectorContent::build(mDataset, { Selection::Kind::Event, QStringLiteral("ev-aukus-2") }, QDate(2021, 12, 1),
                                           Language::English);
    QCOMPARE(c.kind, Selection::Kind::Event);
    QCOMPARE(c.title, QStringLiteral("AUKUS leaders add hypersonics to Pillar II."));
    QCOMPARE(field(c, QStringLiteral("Date")), QStringLiteral("5 Apr 2022"));
    QCOMPARE(field(c, QStringLiteral("Relative to this date")), QStringLiteral("after this date"));
    QCOMPARE(c.ties.size(), 1);
    QCOMPARE(c.ties[0].tie, QStringLiteral("aukus"));
    QVERIFY(c.ties[0].current);
    QCOMPARE(ids(c.laterEvidence), QStringList { QStringLiteral("e-aukus-pillar2") });
}

void tst_InspectorContent::unknownSelectionIsEmpty()
{
    QVERIFY(InspectorContent::build(mDataset, {}, QDate(2000, 1, 1), Language::English).isEmpty());
    QVERIFY(InspectorContent::build(mDataset, { Selection::Kind::Tie, QStringLiteral("nope") }, QDate(2000, 1, 1), Language::English)
                .isEmpty());
    QVERIFY(InspectorContent::build(mDataset, { Selection::Kind::Actor, QStringLiteral("XXX") }, QDate(2000, 1, 1), Language::English)
                .isEmpty());
}

void tst_InspectorContent::sameAsideFromDate()
{
    const Selection aukus { Selection::Kind::Tie, QStringLiteral("aukus") };
    const auto jan = InspectorContent::build(mDataset, aukus, QDate(2022, 1, 1), Language::English);
    const auto feb = InspectorContent::build(mDataset, aukus, QDate(2022, 2, 1), Language::English);
    const auto may = InspectorContent::build(mDataset, aukus, QDate(2022, 5, 1), Language::English);
    QVERIFY(!(jan == feb));
    QVERIFY(jan.sameAsideFromDate(feb)); // nothing but the date differs
    QVERIFY(!jan.sameAsideFromDate(may)); // the Pillar II statement is no longer ahead
    for (const InspectorField &f : jan.fields)
        QVERIFY2(!f.label.contains(QStringLiteral("2022")), qPrintable(f.label));
}

namespace {

Evidence evidenceAbout(const QString &id, const QString &aspect, const PartialDate &asOf)
{
    Evidence e;
    e.id = id;
    e.tie = QStringLiteral("aukus");
    e.aspect = aspect;
    e.asOf = asOf;
    e.claim.en = id;
    e.source = QStringLiteral("hou2024");
    return e;
}

} // namespace

void tst_InspectorContent::evidenceInDateOrderGrouped()
{
    Dataset d = mDataset;
    // Listed in the file before the others, but about a later and an earlier date.
    d.evidence.prepend(evidenceAbout(QStringLiteral("e-late"), QStringLiteral("status"), PartialDate(2022, 12, 1)));
    d.evidence.prepend(evidenceAbout(QStringLiteral("e-early"), QStringLiteral("status"), PartialDate(2021, 10)));
    d.buildIndex();
    const auto c = InspectorContent::build(d, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2023, 1, 1), Language::English);
    QCOMPARE(ids(c.evidence), (QStringList { QStringLiteral("e-aukus-start"), QStringLiteral("e-early"), QStringLiteral("e-aukus-pillar2"),
                                             QStringLiteral("e-late") }));
    QCOMPARE(c.evidence[1].group, QStringLiteral("Oct 2021"));
    QCOMPARE(c.evidence[3].group, QStringLiteral("1 Dec 2022"));
    QVERIFY(c.memberRecords.isEmpty()); // none is a membership record
}

void tst_InspectorContent::manyMemberRecordsInOneTable()
{
    Dataset d = mDataset;
    const QStringList members { QStringLiteral("AUS"), QStringLiteral("GBR"), QStringLiteral("USA") };
    for (int i = 0; i < 2 * static_cast<int>(members.size()); ++i)
        d.evidence.append(evidenceAbout(QStringLiteral("e-member-%1").arg(i), QStringLiteral("member:") + members[i % 3],
                                        PartialDate(2021, 9, 15 + i)));
    d.buildIndex();
    const auto c = InspectorContent::build(d, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2021, 9, 17), Language::English);
    QCOMPARE(c.memberRecords.size(), 6);
    QCOMPARE(c.memberRecords[0].member, QStringLiteral("Australia"));
    QVERIFY(c.memberRecords[5].after); // 20 Sep: after the inspected date, still in the one table
    for (const InspectorEvidence &e : c.evidence + c.laterEvidence)
        QVERIFY2(e.member.isEmpty(), qPrintable(e.id));
    // Fewer than the threshold stay cards.
    d.evidence.removeLast();
    d.buildIndex();
    const auto few = InspectorContent::build(d, { Selection::Kind::Tie, QStringLiteral("aukus") }, QDate(2021, 9, 17), Language::English);
    QVERIFY(few.memberRecords.isEmpty());
    QCOMPARE(few.evidence.size() + few.laterEvidence.size(), c.evidence.size() + c.laterEvidence.size() + 5);
}

QTEST_GUILESS_MAIN(tst_InspectorContent)
#include "tst_inspectorcontent.moc"
