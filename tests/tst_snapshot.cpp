// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/query/snapshot.h"
#include "models/domain/vocabulary.h"

#include <QTest>

using namespace atlas;

class tst_Snapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inForce_data();
    void inForce();
    void eventsUpToDate();

private:
    Dataset mDataset;
};

void tst_Snapshot::initTestCase()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
}

// Each expected tie is "id:status:members" with suspended members after a '/'.
void tst_Snapshot::inForce_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("expected");

    QTest::newRow("before anything") << QDate(1950, 1, 1) << "" << "";
    QTest::newRow("1955") << QDate(1955, 1, 1) << "" << "us-jpn:in-force:USA,JPN anzus:in-force:USA,AUS,NZL";
    QTest::newRow("end day inclusive") << QDate(1960, 6, 23) << "" << "us-jpn:in-force:USA,JPN anzus:in-force:USA,AUS,NZL";
    QTest::newRow("day after end") << QDate(1960, 6, 24) << "" << "anzus:in-force:USA,AUS,NZL";
    QTest::newRow("year-precision left covers its year") << QDate(1986, 12, 31) << "" << "anzus:in-force:USA,AUS,NZL";
    QTest::newRow("suspended membership") << QDate(1987, 6, 1) << "" << "anzus:in-force:USA,AUS/NZL";
    QTest::newRow("month-precision start not yet") << QDate(2007, 4, 30) << "" << "anzus:in-force:USA,AUS/NZL jpn-aus:in-force:JPN,AUS";
    QTest::newRow("month-precision start covers month") << QDate(2007, 5, 1) << ""
                                                        << "anzus:in-force:USA,AUS/NZL quad:in-force:USA,JPN,AUS,IND jpn-aus:in-force:JPN,AUS";
    QTest::newRow("quad dormant") << QDate(2010, 1, 1) << ""
                                  << "anzus:in-force:USA,AUS/NZL quad:suspended:USA,JPN,AUS,IND jpn-aus:in-force:JPN,AUS";
    QTest::newRow("quad revived") << QDate(2017, 11, 1) << ""
                                  << "anzus:in-force:USA,AUS/NZL quad:in-force:USA,JPN,AUS,IND jpn-aus:in-force:JPN,AUS";
    QTest::newRow("proposal before") << QDate(2025, 5, 26) << "JPN,AUS,IND,NZL" << "";
    QTest::newRow("proposal listed") << QDate(2025, 6, 1) << "JPN,AUS,IND,NZL" << "pact:proposed:USA,PHL";
    QTest::newRow("hide the hub") << QDate(2020, 1, 1) << "USA"
                                  << "anzus:suspended:AUS/NZL quad:in-force:JPN,AUS,IND jpn-aus:in-force:JPN,AUS";
    QTest::newRow("hide two spokes") << QDate(2020, 1, 1) << "JPN,AUS"
                                     << "anzus:suspended:USA/NZL quad:in-force:USA,IND";
    QTest::newRow("too few left") << QDate(2020, 1, 1) << "USA,AUS,IND" << "";
}

void tst_Snapshot::inForce()
{
    QFETCH(QDate, date);
    QFETCH(QString, hidden);
    QFETCH(QString, expected);
    const QStringList hiddenList = hidden.split(u',', Qt::SkipEmptyParts);
    const Snapshot s = takeSnapshot(mDataset, date, QSet<QString>(hiddenList.begin(), hiddenList.end()));
    QStringList actual;
    for (const TieState &t : s.ties) {
        QString entry = QStringLiteral("%1:%2:%3").arg(mDataset.ties[t.tie].id, Vocabulary::keyword(t.status), t.members.join(u','));
        if (!t.suspendedMembers.isEmpty())
            entry += u'/' + t.suspendedMembers.join(u',');
        actual.append(entry);
    }
    QCOMPARE(actual.join(u' '), expected);
}

void tst_Snapshot::eventsUpToDate()
{
    QCOMPARE(takeSnapshot(mDataset, QDate(1951, 9, 7)).events.size(), 0);
    QCOMPARE(takeSnapshot(mDataset, QDate(1951, 9, 8)).events.size(), 1);
    QCOMPARE(takeSnapshot(mDataset, QDate(2017, 11, 1)).events.size(), 2); // month precision: from its first day
}

QTEST_GUILESS_MAIN(tst_Snapshot)
#include "tst_snapshot.moc"
