// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/memberpresets.h"
#include "models/query/timecontroller.h"
#include "tests/testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace atlas;
using test::tieIds;

namespace {
QSet<QString> set(const QString &csv)
{
    QSet<QString> s;
    for (const QString &x : csv.split(u',', Qt::SkipEmptyParts))
        s.insert(x);
    return s;
}

} // namespace

class tst_MemberPresets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presets_data();
    void presets();
    void order();
    void hideTheHubLeavesSpokeToSpokeTies();
    void togglesSurviveADateChange();
    void matching();

private:
    Dataset mDataset;
};

void tst_MemberPresets::initTestCase()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(r.dataset);
    mDataset = *r.dataset;
}

void tst_MemberPresets::presets_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("visible");
    QTest::newRow("all") << "all" << "USA,CAN,GBR,FRA,DEU,ITA,JPN,KOR,PHL,AUS,NZL,IND,NATO";
    QTest::newRow("Asia-Pacific, with the hub") << "asia-pacific" << "USA,JPN,KOR,PHL,AUS,NZL,IND";
    QTest::newRow("Euro-Atlantic") << "euro-atlantic" << "USA,CAN,GBR,FRA,DEU,ITA,NATO";
    QTest::newRow("US and treaty allies") << "hub-allies" << "USA,CAN,GBR,FRA,DEU,ITA,JPN,KOR,PHL,AUS,NZL";
    QTest::newRow("without the hub") << "without-hub" << "CAN,GBR,FRA,DEU,ITA,JPN,KOR,PHL,AUS,NZL,IND,NATO";
    QTest::newRow("Quad") << "tie:quad" << "USA,JPN,AUS,IND";
    QTest::newRow("AUKUS") << "tie:aukus" << "USA,GBR,AUS";
    QTest::newRow("Japan-Australia-India") << "tie:jai" << "JPN,AUS,IND";
}

void tst_MemberPresets::presets()
{
    QFETCH(QString, id);
    QFETCH(QString, visible);
    const QList<MemberPreset> presets = MemberPresets::forDataset(mDataset, Language::English);
    const auto it = std::find_if(presets.cbegin(), presets.cend(), [&](const MemberPreset &p) { return p.id == id; });
    QVERIFY2(it != presets.cend(), qPrintable(id));
    QCOMPARE(it->visible, set(visible));
    QVERIFY(!it->label.isEmpty());
    // hiddenFor is the complement within the dataset.
    const QSet<QString> hidden = MemberPresets::hiddenFor(*it, mDataset);
    QCOMPARE(hidden.size() + it->visible.size(), mDataset.actors.size());
    QVERIFY(!hidden.intersects(it->visible));
}

void tst_MemberPresets::order()
{
    const QList<MemberPreset> presets = MemberPresets::forDataset(mDataset, Language::Chinese);
    QStringList ids;
    for (const MemberPreset &p : presets)
        ids.append(p.id);
    QCOMPARE(ids, QStringList({ "all", "asia-pacific", "euro-atlantic", "hub-allies", "without-hub", "tie:quad", "tie:jai", "tie:aukus" }));
    // Dataset names come in the requested language.
    QVERIFY(presets[1].label.contains(QStringLiteral("美国")));
}

void tst_MemberPresets::hideTheHubLeavesSpokeToSpokeTies()
{
    AtlasDocument doc;
    doc.setDataset(mDataset);
    doc.time()->setRange(QDate(1900, 1, 1), QDate(2100, 1, 1));
    doc.time()->setDate(QDate(2022, 6, 1));
    QVERIFY(tieIds(doc).contains(QStringLiteral("us-jpn")));
    const QList<MemberPreset> presets = MemberPresets::forDataset(mDataset, Language::English);
    doc.setHiddenActors(MemberPresets::hiddenFor(presets[4], mDataset));
    QCOMPARE(presets[4].id, QStringLiteral("without-hub"));
    // The hub-and-spoke treaties vanish; the ties among the spokes stay, with the hub gone from them.
    QCOMPARE(tieIds(doc), QStringList({ "anzus", "aukus", "jai", "jpn-aus", "jpn-gbr", "nato", "nato-ip4", "quad" }));
    for (const TieState &s : doc.snapshot().ties)
        QVERIFY(!s.allMembers().contains(QStringLiteral("USA")));
}

void tst_MemberPresets::togglesSurviveADateChange()
{
    AtlasDocument doc;
    doc.setDataset(mDataset);
    doc.time()->setRange(QDate(1900, 1, 1), QDate(2100, 1, 1));
    doc.time()->setDate(QDate(2022, 6, 1));
    doc.setHiddenActors(set(QStringLiteral("USA,IND")));
    const QStringList before = tieIds(doc);
    QSignalSpy hiddenSpy(&doc, &AtlasDocument::hiddenActorsChanged);
    QSignalSpy snapshotSpy(&doc, &AtlasDocument::snapshotChanged);
    doc.time()->setDate(QDate(1960, 6, 1));
    QCOMPARE(doc.hiddenActors(), set(QStringLiteral("USA,IND")));
    QCOMPARE(hiddenSpy.count(), 0);
    QVERIFY(snapshotSpy.count() > 0);
    QVERIFY(!tieIds(doc).contains(QStringLiteral("us-jpn"))); // still hidden at the new date
    doc.time()->setDate(QDate(2022, 6, 1));
    QCOMPARE(tieIds(doc), before);
    // Switching one member back on at another date.
    doc.setActorHidden(QStringLiteral("USA"), false);
    doc.time()->setDate(QDate(1960, 6, 1));
    QVERIFY(tieIds(doc).contains(QStringLiteral("us-jpn")));
    QCOMPARE(doc.hiddenActors(), set(QStringLiteral("IND")));
}

void tst_MemberPresets::matching()
{
    const QList<MemberPreset> presets = MemberPresets::forDataset(mDataset, Language::English);
    QCOMPARE(MemberPresets::matching(presets, mDataset, {}), 0);
    QCOMPARE(MemberPresets::matching(presets, mDataset, MemberPresets::hiddenFor(presets[5], mDataset)), 5);
    QCOMPARE(MemberPresets::matching(presets, mDataset, set(QStringLiteral("JPN"))), -1);
}

QTEST_GUILESS_MAIN(tst_MemberPresets)
#include "tst_memberpresets.moc"
