// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing two dates: the identity "in force at B = in force at A − ended + added" (and members with
// left/joined) over random date pairs of the built-in dataset and of ATOP v4.01, and a golden comparison
// of 1975 with 2024.
#include "models/domain/dataset.h"
#include "models/io/atopimporter.h"
#include "models/io/datasetreader.h"
#include "models/query/datecomparison.h"
#include "models/query/snapshot.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace atlas;

namespace {

QSet<int> inForce(const Snapshot &snapshot)
{
    QSet<int> ties;
    for (const TieState &state : snapshot.ties)
        if (state.status != TieStatus::Proposed && state.status != TieStatus::Ended)
            ties.insert(state.tie);
    return ties;
}

QStringList ids(const Dataset &dataset, const QList<int> &ties)
{
    QStringList result;
    for (int tie : ties)
        result.append(dataset.ties[tie].id);
    return result;
}

/// Checks the identity for \a pairs random date pairs in [1900, 2030].
void checkIdentity(const Dataset &dataset, int pairs, const QSet<QString> &hidden)
{
    QRandomGenerator random(20261206);
    const qint64 first = QDate(1900, 1, 1).toJulianDay(), last = QDate(2030, 12, 31).toJulianDay();
    for (int i = 0; i < pairs; ++i) {
        QDate a = QDate::fromJulianDay(first + qint64(random.bounded(quint64(last - first))));
        QDate b = QDate::fromJulianDay(first + qint64(random.bounded(quint64(last - first))));
        if (a > b)
            std::swap(a, b);
        const DateComparison c = DateComparison::compare(dataset, a, b, hidden);
        const Snapshot sa = takeSnapshot(dataset, a, hidden), sb = takeSnapshot(dataset, b, hidden);
        QSet<int> expected = inForce(sa);
        for (int tie : c.ended)
            QVERIFY(expected.remove(tie));
        for (int tie : c.added) {
            QVERIFY(!expected.contains(tie));
            expected.insert(tie);
        }
        QCOMPARE(expected, inForce(sb));
        // Members of every continuing tie: A − left + joined = B.
        for (int tie : c.continuing) {
            QStringList members = sa.state(tie)->allMembers();
            const auto change = std::find_if(c.changed.cbegin(), c.changed.cend(), [&](const TieChange &x) { return x.tie == tie; });
            if (change != c.changed.cend()) {
                for (const QString &actor : change->left)
                    QVERIFY(members.removeOne(actor));
                members += change->joined;
            }
            QStringList expectedMembers = sb.state(tie)->allMembers();
            members.sort();
            expectedMembers.sort();
            QCOMPARE(members, expectedMembers);
        }
    }
}

} // namespace

class TestDateComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        LoadResult result = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
        QVERIFY(result.dataset);
        mBuiltIn = *result.dataset;
    }

    void identityOverRandomPairs()
    {
        checkIdentity(mBuiltIn, 400, {});
        checkIdentity(mBuiltIn, 200, { QStringLiteral("USA") });
    }

    void identityOverAtop()
    {
        const QString directory = QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4");
        if (!QFileInfo::exists(directory))
            QSKIP("ATOP v4.01 is not in ../shared/data");
        const LoadResult atop = AtopImporter::importDirectory(directory);
        QVERIFY(atop.dataset);
        checkIdentity(*atop.dataset, 150, {});
    }

    void coldWarToToday()
    {
        const DateComparison c = DateComparison::compare(mBuiltIn, QDate(1975, 1, 1), QDate(2024, 12, 31));
        const QStringList ended = ids(mBuiltIn, c.ended), added = ids(mBuiltIn, c.added);
        QVERIFY(ended.contains("seato"));
        QVERIFY(ended.contains("us-twn-1954"));
        for (const char *tie : { "aukus", "quad", "tsd", "nato-ip4", "us-jpn-phl", "squad" })
            QVERIFY2(added.contains(QString::fromLatin1(tie)), tie);
        QVERIFY(ids(mBuiltIn, c.continuing).contains("nato"));
        QVERIFY(!added.contains("pacific-defense-pact") && !added.contains("aukus-plus")); // proposals apart
        QVERIFY(ids(mBuiltIn, c.proposedTo).contains("aukus-plus"));
        const auto nato = std::find_if(c.changed.cbegin(), c.changed.cend(),
                                       [&](const TieChange &x) { return mBuiltIn.ties[x.tie].id == "nato"; });
        QVERIFY(nato != c.changed.cend());
        for (const char *member : { "POL", "HUN", "CZE", "FIN", "SWE" })
            QVERIFY2(nato->joined.contains(QString::fromLatin1(member)), member);
        QVERIFY(nato->left.isEmpty());
        QVERIFY(c.rolesChanged.contains("FIN"));

        const QJsonObject json = c.toJson(mBuiltIn);
        QCOMPARE(json.value("from").toString(), QStringLiteral("1975-01-01"));
        QVERIFY(json.value("ended").toArray().contains(QJsonValue("seato")));
        QCOMPARE(json.keys(), QStringList({ "added", "changed", "continuing", "ended", "from", "proposed_from", "proposed_to", "to" }));
    }

    void sameDateChangesNothing()
    {
        const DateComparison c = DateComparison::compare(mBuiltIn, QDate(2000, 1, 1), QDate(2000, 1, 1));
        QVERIFY(c.added.isEmpty() && c.ended.isEmpty() && c.changed.isEmpty());
        QVERIFY(!c.continuing.isEmpty());
    }

    void reversedDatesAreAnError()
    {
        QVERIFY(DateComparison::check(QDate(2024, 1, 1), QDate(1975, 1, 1)).contains("2024-01-01"));
        QVERIFY(DateComparison::check(QDate(1975, 1, 1), QDate(2024, 1, 1)).isEmpty());
        QVERIFY(!DateComparison::check(QDate(), QDate(2024, 1, 1)).isEmpty());
    }

private:
    Dataset mBuiltIn;
};

QTEST_GUILESS_MAIN(TestDateComparison)
#include "tst_datecomparison.moc"
