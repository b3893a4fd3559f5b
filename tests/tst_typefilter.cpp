// SPDX-License-Identifier: GPL-3.0-or-later
// The typology type filter of AtlasDocument: what the typology view's cell click does to every view.
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "tests/testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace atlas;
using test::tieIds;

namespace {

QStringList list(const char *ids)
{
    return QString::fromLatin1(ids).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

class tst_TypeFilter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void filterRestrictsSnapshot_data();
    void filterRestrictsSnapshot();
    void passesTypeFilter();
    void clearingRestores();
    void emitsOnChange();
    void newDatasetWithoutSchemeClears();

private:
    Dataset mDataset;
    std::unique_ptr<AtlasDocument> mDoc;
};

void tst_TypeFilter::init()
{
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/typology/dataset.json"));
    QVERIFY(result.dataset);
    mDataset = *result.dataset;
    mDoc = std::make_unique<AtlasDocument>();
    mDoc->setDataset(mDataset);
    mDoc->time()->setRange(QDate(1945, 1, 1), QDate(2030, 12, 31));
    mDoc->time()->setDate(QDate(2022, 1, 1));
}

void tst_TypeFilter::filterRestrictsSnapshot_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QString() << QString()
                          << list("anzus aukus five-eyes fra-aus-ind quad tsd us-jpn-kor-intel");
    QTest::newRow("li2024 integrative") << "li2024" << "integrative" << list("aukus tsd us-jpn-kor-intel");
    QTest::newRow("li2024 expansive") << "li2024" << "expansive" << list("fra-aus-ind quad");
    QTest::newRow("li2024 empty cell") << "li2024" << "hub-and-spoke" << list("");
    QTest::newRow("ling2022 flexible") << "ling2022" << "flexible-single" << list("quad us-jpn-kor-intel");
}

void tst_TypeFilter::filterRestrictsSnapshot()
{
    QFETCH(QString, scheme);
    QFETCH(QString, cell);
    QFETCH(QStringList, expected);
    mDoc->setTypeFilter(scheme, cell);
    QCOMPARE(tieIds(*mDoc), expected);
    // The filter holds while the date moves.
    mDoc->time()->setDate(QDate(2010, 1, 1));
    for (const QString &id : tieIds(*mDoc))
        QVERIFY(expected.contains(id));
}

void tst_TypeFilter::passesTypeFilter()
{
    QVERIFY(mDoc->passesTypeFilter(QStringLiteral("anzus")));
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("integrative"));
    QVERIFY(mDoc->hasTypeFilter());
    QCOMPARE(mDoc->typeFilterScheme(), QStringLiteral("li2024"));
    QCOMPARE(mDoc->typeFilterCell(), QStringLiteral("integrative"));
    QVERIFY(mDoc->passesTypeFilter(QStringLiteral("aukus")));
    QVERIFY(!mDoc->passesTypeFilter(QStringLiteral("quad")));
    QVERIFY(!mDoc->passesTypeFilter(QStringLiteral("anzus"))); // not classified by the source
    QVERIFY(!mDoc->passesTypeFilter(QStringLiteral("unknown")));
}

void tst_TypeFilter::clearingRestores()
{
    const QStringList all = tieIds(*mDoc);
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("expansive"));
    QVERIFY(tieIds(*mDoc) != all);
    mDoc->clearTypeFilter();
    QVERIFY(!mDoc->hasTypeFilter());
    QCOMPARE(mDoc->typeFilterScheme(), QString());
    QCOMPARE(tieIds(*mDoc), all);
    mDoc->setTypeFilter(QStringLiteral("li2024"), QString()); // an empty cell clears too
    QVERIFY(!mDoc->hasTypeFilter());
}

void tst_TypeFilter::emitsOnChange()
{
    QSignalSpy filter(mDoc.get(), &AtlasDocument::typeFilterChanged);
    QSignalSpy snapshot(mDoc.get(), &AtlasDocument::snapshotChanged);
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("expansive"));
    QCOMPARE(filter.size(), 1);
    QCOMPARE(snapshot.size(), 1);
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("expansive")); // no change, no signal
    QCOMPARE(filter.size(), 1);
    mDoc->clearTypeFilter();
    QCOMPARE(filter.size(), 2);
    QCOMPARE(snapshot.size(), 2);
}

void tst_TypeFilter::newDatasetWithoutSchemeClears()
{
    mDoc->setTypeFilter(QStringLiteral("ling2022"), QStringLiteral("alliance"));
    Dataset other = mDataset;
    other.typologies.removeLast();
    QSignalSpy filter(mDoc.get(), &AtlasDocument::typeFilterChanged);
    mDoc->setDataset(other);
    QVERIFY(!mDoc->hasTypeFilter());
    QCOMPARE(filter.size(), 1);
    // A dataset that keeps the scheme keeps the filter.
    mDoc->setTypeFilter(QStringLiteral("li2024"), QStringLiteral("integrative"));
    mDoc->setDataset(mDataset);
    QVERIFY(mDoc->hasTypeFilter());
}

QTEST_GUILESS_MAIN(tst_TypeFilter)
#include "tst_typefilter.moc"
