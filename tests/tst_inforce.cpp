// SPDX-License-Identifier: GPL-3.0-or-later
// The in-force rule (tieStateAt) on hand-made ties, and the agreement of its two main readers: the
// snapshot and the timeline bars give the same ties and statuses at every change date of the built-in
// dataset and of ATOP v4.01 (when ../shared/data/atop-v4 is present).
#include "models/domain/dataset.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetreader.h"
#include "models/query/inforce.h"
#include "models/query/snapshot.h"
#include "models/query/timelinemodel.h"

#include <QDir>
#include <QTest>

#include <algorithm>

using namespace atlas;

namespace {

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

MembershipSpell spell(const QString &actor, qint64 from, qint64 to, bool suspended = false)
{
    MembershipSpell s;
    s.actor = actor;
    s.fromDay = from;
    s.toDay = to;
    s.suspended = suspended;
    return s;
}

/// A tie alive 1950-01-01..1999-12-31: USA and JPN throughout, AUS from 1960 (suspended 1980-1989).
Tie handMadeTie()
{
    Tie tie;
    tie.id = QStringLiteral("t");
    tie.fromDay = jd(1950, 1, 1);
    tie.toDay = jd(1999, 12, 31);
    tie.members = { spell(QStringLiteral("USA"), tie.fromDay, tie.toDay), spell(QStringLiteral("JPN"), tie.fromDay, tie.toDay),
                    spell(QStringLiteral("AUS"), jd(1960, 1, 1), jd(1979, 12, 31)),
                    spell(QStringLiteral("AUS"), jd(1980, 1, 1), jd(1989, 12, 31), true) };
    return tie;
}

QString describe(const std::optional<TieState> &state)
{
    if (!state)
        return QStringLiteral("none");
    QString text = state->status == TieStatus::InForce     ? QStringLiteral("in-force")
                   : state->status == TieStatus::Suspended ? QStringLiteral("suspended")
                   : state->status == TieStatus::Proposed  ? QStringLiteral("proposed")
                                                           : QStringLiteral("ended");
    text += u':' + state->members.join(u',');
    if (!state->suspendedMembers.isEmpty())
        text += u'/' + state->suspendedMembers.join(u',');
    return text;
}

/// tie index -> status, from the snapshot at \a day.
QMap<int, TieStatus> fromSnapshot(const Dataset &dataset, qint64 day, const QSet<QString> &hidden)
{
    QMap<int, TieStatus> result;
    for (const TieState &state : takeSnapshot(dataset, QDate::fromJulianDay(day), hidden).ties)
        result.insert(state.tie, state.status);
    return result;
}

/// tie index -> status of the bar covering \a day, from the timeline.
QMap<int, TieStatus> fromTimeline(const TimelineModel &model, qint64 day)
{
    QMap<int, TieStatus> result;
    for (const TimelineLane &lane : model.lanes()) {
        const auto bar = std::find_if(lane.bars.cbegin(), lane.bars.cend(),
                                      [day](const TimelineBar &b) { return b.fromDay <= day && day <= b.toDay; });
        if (bar != lane.bars.cend())
            result.insert(lane.tie, bar->status);
    }
    return result;
}

QString diff(const Dataset &dataset, const QMap<int, TieStatus> &snapshot, const QMap<int, TieStatus> &timeline)
{
    QStringList lines;
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it)
        if (!timeline.contains(it.key()) || timeline.value(it.key()) != it.value())
            lines.append(QStringLiteral("snapshot %1 status %2, timeline %3")
                             .arg(dataset.ties[it.key()].id)
                             .arg(int(it.value()))
                             .arg(timeline.contains(it.key()) ? QString::number(int(timeline.value(it.key()))) : QStringLiteral("no bar")));
    for (auto it = timeline.cbegin(); it != timeline.cend(); ++it)
        if (!snapshot.contains(it.key()))
            lines.append(QStringLiteral("timeline bar for %1 not in the snapshot").arg(dataset.ties[it.key()].id));
    return lines.join(u'\n');
}

/// Compares snapshot and timeline at every change date of \a dataset (and the day before each) up to
/// \a end, for each of \a hiddenSets. Returns the number of comparisons made.
int checkAgreement(const Dataset &dataset, QDate end, const QList<QSet<QString>> &hiddenSets)
{
    const qint64 endDay = end.toJulianDay();
    QList<qint64> days;
    for (const Tie &tie : dataset.ties)
        for (qint64 day : tieChangeDays(tie))
            if (day <= endDay + 1)
                days << day - 1 << std::min(day, endDay);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    int compared = 0;
    for (const QSet<QString> &hidden : hiddenSets) {
        const TimelineModel model(dataset, hidden, end);
        for (qint64 day : std::as_const(days)) {
            const QMap<int, TieStatus> snapshot = fromSnapshot(dataset, day, hidden);
            const QMap<int, TieStatus> timeline = fromTimeline(model, day);
            if (snapshot != timeline) {
                QTest::qFail(qPrintable(QStringLiteral("disagree on %1 with %2 hidden:\n%3")
                                            .arg(QDate::fromJulianDay(day).toString(Qt::ISODate),
                                                 QStringList(hidden.cbegin(), hidden.cend()).join(u','),
                                                 diff(dataset, snapshot, timeline))),
                             __FILE__, __LINE__);
                return -1;
            }
            ++compared;
        }
    }
    return compared;
}

} // namespace

class tst_InForce : public QObject
{
    Q_OBJECT

private slots:
    void tieStateAt_data();
    void tieStateAt();
    void phasesAndProposals();
    void inForceSpellWinsOverSuspended();
    void pairPhaseSuspendsOneLeg();
    void changeDays();
    void builtInSnapshotAgreesWithTimeline();
    void atopSnapshotAgreesWithTimeline();
};

void tst_InForce::tieStateAt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("expected");

    QTest::newRow("before the tie") << QDate(1949, 12, 31) << "" << "none";
    QTest::newRow("first day") << QDate(1950, 1, 1) << "" << "in-force:USA,JPN";
    QTest::newRow("third member joins") << QDate(1960, 1, 1) << "" << "in-force:USA,JPN,AUS";
    QTest::newRow("suspended membership") << QDate(1985, 6, 1) << "" << "in-force:USA,JPN/AUS";
    QTest::newRow("only a suspended member holds it") << QDate(1985, 6, 1) << "USA" << "suspended:JPN/AUS";
    QTest::newRow("too few visible") << QDate(1955, 6, 1) << "USA" << "none";
    QTest::newRow("hidden member left out") << QDate(1970, 6, 1) << "JPN" << "in-force:USA,AUS";
    QTest::newRow("last day") << QDate(1999, 12, 31) << "" << "in-force:USA,JPN";
    QTest::newRow("after the tie") << QDate(2000, 1, 1) << "" << "none";
}

void tst_InForce::tieStateAt()
{
    QFETCH(QDate, date);
    QFETCH(QString, hidden);
    QFETCH(QString, expected);
    QSet<QString> hiddenSet;
    for (const QString &id : hidden.split(u',', Qt::SkipEmptyParts))
        hiddenSet.insert(id);
    const std::optional<TieState> state = atlas::tieStateAt(handMadeTie(), date.toJulianDay(), hiddenSet);
    QCOMPARE(describe(state), expected);
    if (state)
        QCOMPARE(state->tie, -1); // only the caller knows the index
}

void tst_InForce::phasesAndProposals()
{
    Tie tie = handMadeTie();
    StatusPhase dormant;
    dormant.fromDay = jd(1990, 1, 1);
    dormant.toDay = jd(1994, 12, 31);
    dormant.status = TieStatus::Suspended;
    tie.phases.append(dormant);
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1992, 1, 1))), QStringLiteral("suspended:USA,JPN"));
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1995, 1, 1))), QStringLiteral("in-force:USA,JPN"));
    // A phase does not bring back a tie that too few members hold.
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1992, 1, 1), { QStringLiteral("USA") })), QStringLiteral("none"));

    tie.kind = TieKind::Proposal;
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1955, 1, 1))), QStringLiteral("proposed:USA,JPN"));
    // Proposed wins over the "only suspended members" rule: it is not in force to begin with.
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1985, 1, 1), { QStringLiteral("USA") })), QStringLiteral("proposed:JPN/AUS"));
}

void tst_InForce::inForceSpellWinsOverSuspended()
{
    Tie tie = handMadeTie();
    // A suspended spell listed first and an in-force one on the same day: the actor is in force, once.
    tie.members.prepend(spell(QStringLiteral("NZL"), jd(1970, 1, 1), jd(1975, 12, 31), true));
    tie.members.append(spell(QStringLiteral("NZL"), jd(1970, 1, 1), jd(1979, 12, 31)));
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1972, 1, 1))), QStringLiteral("in-force:USA,JPN,AUS,NZL"));
    QCOMPARE(describe(atlas::tieStateAt(tie, jd(1972, 1, 1), { QStringLiteral("USA"), QStringLiteral("JPN"), QStringLiteral("AUS") })),
             QStringLiteral("none"));
}

// ANZUS after 1986: the US-New Zealand leg suspended, Australia-New Zealand and US-Australia in force.
void tst_InForce::pairPhaseSuspendsOneLeg()
{
    Tie tie;
    tie.id = QStringLiteral("anzus");
    tie.fromDay = jd(1951, 9, 1);
    tie.toDay = jd(2999, 12, 31);
    tie.members = { spell(QStringLiteral("USA"), tie.fromDay, tie.toDay), spell(QStringLiteral("AUS"), tie.fromDay, tie.toDay),
                    spell(QStringLiteral("NZL"), tie.fromDay, tie.toDay) };
    StatusPhase leg;
    leg.fromDay = jd(1986, 9, 17);
    leg.toDay = tie.toDay;
    leg.between = { QStringLiteral("USA"), QStringLiteral("NZL") };
    tie.phases.append(leg);
    using Pairs = QList<std::pair<QString, QString>>;

    const auto before = atlas::tieStateAt(tie, jd(1980, 1, 1));
    QCOMPARE(describe(before), QStringLiteral("in-force:USA,AUS,NZL"));
    QVERIFY(before->pairs.isEmpty());
    QCOMPARE(before->inForcePairs().size(), 3);

    const auto after = atlas::tieStateAt(tie, jd(2000, 1, 1));
    QCOMPARE(describe(after), QStringLiteral("in-force:USA,AUS,NZL"));
    QCOMPARE(after->suspendedPairs(), Pairs({ { "USA", "NZL" } }));
    QCOMPARE(after->inForcePairs(), Pairs({ { "USA", "AUS" }, { "AUS", "NZL" } }));
    QVERIFY(!after->pairInForce(QStringLiteral("NZL"), QStringLiteral("USA")));
    QCOMPARE(after->pairStatus(QStringLiteral("NZL"), QStringLiteral("USA")), TieStatus::Suspended);
    QVERIFY(after->pairInForce(QStringLiteral("NZL"), QStringLiteral("AUS")));
    // The whole-tie status ignores a pair's phase.
    QCOMPARE(statusAt(tie, jd(2000, 1, 1)), TieStatus::InForce);

    // With the USA hidden, ANZUS is an in-force Australia-New Zealand tie.
    const auto withoutUsa = atlas::tieStateAt(tie, jd(2000, 1, 1), { QStringLiteral("USA") });
    QCOMPARE(describe(withoutUsa), QStringLiteral("in-force:AUS,NZL"));
    QVERIFY(withoutUsa->pairs.isEmpty());
    // With Australia hidden only the suspended leg is left: the tie is suspended.
    const auto withoutAus = atlas::tieStateAt(tie, jd(2000, 1, 1), { QStringLiteral("AUS") });
    QCOMPARE(describe(withoutAus), QStringLiteral("suspended:USA,NZL"));
    QVERIFY(withoutAus->inForcePairs().isEmpty());
    QVERIFY(tieChangeDays(tie).contains(jd(1986, 9, 17)));
}

void tst_InForce::changeDays()
{
    Tie tie = handMadeTie();
    StatusPhase dormant;
    dormant.fromDay = jd(1990, 1, 1);
    dormant.toDay = jd(1994, 12, 31);
    tie.phases.append(dormant);
    const QList<qint64> expected { jd(1950, 1, 1), jd(1960, 1, 1), jd(1980, 1, 1), jd(1990, 1, 1), jd(1995, 1, 1), jd(2000, 1, 1) };
    QCOMPARE(tieChangeDays(tie), expected);
    // Between two change days the state is constant.
    for (qsizetype i = 0; i + 1 < expected.size(); ++i)
        QCOMPARE(describe(atlas::tieStateAt(tie, expected[i + 1] - 1)), describe(atlas::tieStateAt(tie, expected[i])));
}

void tst_InForce::builtInSnapshotAgreesWithTimeline()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json"));
    QVERIFY(result.dataset);
    const Dataset &dataset = *result.dataset;
    const QList<QSet<QString>> hiddenSets { {},
                                            { QStringLiteral("USA") },
                                            { QStringLiteral("JPN"), QStringLiteral("AUS") },
                                            { QStringLiteral("USA"), QStringLiteral("GBR"), QStringLiteral("PHL") } };
    const int compared = checkAgreement(dataset, QDate(2026, 12, 31), hiddenSets);
    QVERIFY(compared > 4 * 100); // the built-in dataset has well over a hundred change dates
}

void tst_InForce::atopSnapshotAgreesWithTimeline()
{
    const QString dir = QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4");
    if (!QDir(dir).exists(AtopImporter::memberFileName()))
        QSKIP("ATOP v4.01 is not in ../shared/data/atop-v4");
    LoadResult result = AtopImporter::importDirectory(dir);
    QVERIFY(result.dataset);
    const Dataset &dataset = *result.dataset;
    QVERIFY(dataset.ties.size() > 500);
    const QList<QSet<QString>> hiddenSets { {}, { QStringLiteral("USA") }, { QStringLiteral("RUS"), QStringLiteral("FRA") } };
    const int compared = checkAgreement(dataset, QDate(2018, 12, 31), hiddenSets);
    QVERIFY(compared > 3 * 1000);
}

QTEST_GUILESS_MAIN(tst_InForce)
#include "tst_inforce.moc"
