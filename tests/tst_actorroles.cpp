// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/actorroles.h"
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"

#include <QTest>

using namespace atlas;

Q_DECLARE_METATYPE(atlas::ActorRole)

class tst_ActorRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roles_data();
    void roles();
    void proposalsGiveNoRole();
    void labels();

private:
    Dataset mDataset;
};

void tst_ActorRoles::initTestCase()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(r.dataset);
    mDataset = *r.dataset;
}

void tst_ActorRoles::roles_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<ActorRole>("role");

    QTest::newRow("the hub is the hub") << QDate(1940, 1, 1) << "" << "USA" << ActorRole::Hub;
    QTest::newRow("no treaty yet") << QDate(1940, 1, 1) << "" << "JPN" << ActorRole::Other;
    QTest::newRow("NATO member") << QDate(1950, 1, 1) << "" << "GBR" << ActorRole::TreatyAlly;
    QTest::newRow("bilateral ally") << QDate(1960, 1, 1) << "" << "JPN" << ActorRole::TreatyAlly;
    QTest::newRow("ANZUS member") << QDate(1960, 1, 1) << "" << "NZL" << ActorRole::TreatyAlly;
    QTest::newRow("suspended membership is no alliance") << QDate(1990, 1, 1) << "" << "NZL" << ActorRole::Other;
    QTest::newRow("minilateral partner") << QDate(2008, 1, 1) << "" << "IND" << ActorRole::MinilateralPartner;
    QTest::newRow("an ally stays an ally in a minilateral") << QDate(2008, 1, 1) << "" << "JPN" << ActorRole::TreatyAlly;
    QTest::newRow("dormant minilateral") << QDate(2010, 1, 1) << "" << "IND" << ActorRole::Other;
    QTest::newRow("spoke-to-spoke minilateral") << QDate(2016, 1, 1) << "" << "IND" << ActorRole::MinilateralPartner;
    QTest::newRow("partnership only") << QDate(2021, 6, 1) << "" << "NZL" << ActorRole::SecurityPartner;
    QTest::newRow("hidden hub is no hub") << QDate(1960, 1, 1) << "USA" << "USA" << ActorRole::Other;
    QTest::newRow("no hub, no ally") << QDate(1960, 1, 1) << "USA" << "JPN" << ActorRole::Other;
    QTest::newRow("alliance without the hub") << QDate(1960, 1, 1) << "USA" << "AUS" << ActorRole::Other;
    QTest::newRow("hub hidden: minilateral remains") << QDate(2022, 1, 1) << "USA" << "JPN" << ActorRole::MinilateralPartner;
    QTest::newRow("hub hidden: AUKUS without the US") << QDate(2022, 1, 1) << "USA" << "GBR" << ActorRole::MinilateralPartner;
    QTest::newRow("hidden actor") << QDate(2022, 1, 1) << "JPN" << "JPN" << ActorRole::Other;
}

void tst_ActorRoles::roles()
{
    QFETCH(QDate, date);
    QFETCH(QString, hidden);
    QFETCH(QString, actor);
    QFETCH(ActorRole, role);
    QSet<QString> hiddenSet;
    for (const QString &h : hidden.split(u',', Qt::SkipEmptyParts))
        hiddenSet.insert(h);
    const Snapshot snapshot = takeSnapshot(mDataset, date, hiddenSet);
    const ActorRoles roles = ActorRoles::compute(mDataset, snapshot, hiddenSet.contains(mDataset.hub));
    QCOMPARE(static_cast<int>(roles.role(actor)), static_cast<int>(role));
}

void tst_ActorRoles::proposalsGiveNoRole()
{
    // Only the proposed pact ties the Philippines to anyone once the treaty is left out.
    Snapshot snapshot = takeSnapshot(mDataset, QDate(2025, 6, 1));
    const int treaty = mDataset.tieIndex(QStringLiteral("us-phl"));
    QVERIFY(snapshot.state(mDataset.tieIndex(QStringLiteral("pact"))));
    snapshot.ties.removeIf([treaty](const TieState &s) { return s.tie == treaty; });
    QCOMPARE(ActorRoles::compute(mDataset, snapshot).role(QStringLiteral("PHL")), ActorRole::Other);
    // With the treaty it is an ally.
    QCOMPARE(ActorRoles::compute(mDataset, takeSnapshot(mDataset, QDate(2025, 6, 1))).role(QStringLiteral("PHL")),
             ActorRole::TreatyAlly);
}

void tst_ActorRoles::labels()
{
    QSet<QString> seen;
    for (ActorRole r : { ActorRole::Hub, ActorRole::TreatyAlly, ActorRole::MinilateralPartner, ActorRole::SecurityPartner, ActorRole::Other }) {
        const QString l = ActorRoles::label(r);
        QVERIFY(!l.isEmpty());
        seen.insert(l);
    }
    QCOMPARE(seen.size(), 5);
}

QTEST_GUILESS_MAIN(tst_ActorRoles)
#include "tst_actorroles.moc"
