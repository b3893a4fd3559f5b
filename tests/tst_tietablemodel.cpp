// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/items/tietablemodel.h"
#include "models/query/timecontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace atlas;

class tst_TieTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void contractHolds();
    void followsDateAndToggles();
    void languageAndPrecision();
    void sortsByDate();

private:
    std::unique_ptr<AtlasDocument> mDocument;
};

void tst_TieTableModel::init()
{
    mDocument = std::make_unique<AtlasDocument>();
    LoadResult result = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(result.dataset);
    mDocument->setDataset(std::move(*result.dataset));
    mDocument->time()->setDate(QDate(2010, 1, 1));
}

void tst_TieTableModel::contractHolds()
{
    TieTableModel model(mDocument.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mDocument->time()->setDate(QDate(1955, 1, 1));
    mDocument->setActorHidden(QStringLiteral("USA"), true);
    mDocument->setLanguage(Language::Chinese);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSortRole(TieTableModel::SortRole);
    proxy.sort(TieTableModel::StartColumn);
    mDocument->time()->setDate(QDate(2020, 1, 1));
}

void tst_TieTableModel::followsDateAndToggles()
{
    TieTableModel model(mDocument.get());
    QCOMPARE(model.rowCount(), 3); // anzus, quad (suspended), jpn-aus
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    mDocument->time()->setDate(QDate(2010, 6, 1)); // nothing the table shows changes: no reset
    QCOMPARE(reset.count(), 0);
    mDocument->time()->setDate(QDate(1955, 1, 1));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TieTableModel::NameColumn).data(TieTableModel::TieIdRole).toString(), QStringLiteral("us-jpn"));
    mDocument->setActorHidden(QStringLiteral("JPN"), true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("anzus")), 0);
    QCOMPARE(model.rowOf(QStringLiteral("us-jpn")), -1);
    // The toggles survive a date change.
    mDocument->time()->setDate(QDate(1956, 1, 1));
    QCOMPARE(model.rowCount(), 1);
}

void tst_TieTableModel::languageAndPrecision()
{
    TieTableModel model(mDocument.get());
    const int quad = model.rowOf(QStringLiteral("quad"));
    QCOMPARE(model.index(quad, TieTableModel::NameColumn).data().toString(), QStringLiteral("Quad"));
    QCOMPARE(model.index(quad, TieTableModel::StartColumn).data().toString(), QStringLiteral("May 2007"));
    QCOMPARE(model.index(quad, TieTableModel::StatusColumn).data().toString(), QStringLiteral("Suspended"));
    QCOMPARE(model.index(quad, TieTableModel::EndColumn).data().toString(), QStringLiteral("ongoing"));
    mDocument->setLanguage(Language::Chinese);
    QCOMPARE(model.index(quad, TieTableModel::NameColumn).data().toString(), QStringLiteral("四国机制"));
    QCOMPARE(model.index(quad, TieTableModel::StartColumn).data().toString(), QStringLiteral("2007年5月"));
    const int anzus = model.rowOf(QStringLiteral("anzus"));
    QVERIFY(model.index(anzus, TieTableModel::MembersColumn).data().toString().contains(QStringLiteral("NZL")));
}

void tst_TieTableModel::sortsByDate()
{
    TieTableModel model(mDocument.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(TieTableModel::SortRole);
    proxy.sort(TieTableModel::StartColumn, Qt::DescendingOrder);
    // jpn-aus (2007) and quad (2007-05): a year-precision start sorts by its first day.
    QCOMPARE(proxy.index(0, 0).data(TieTableModel::TieIdRole).toString(), QStringLiteral("quad"));
    QCOMPARE(proxy.index(2, 0).data(TieTableModel::TieIdRole).toString(), QStringLiteral("anzus"));
}

QTEST_GUILESS_MAIN(tst_TieTableModel)
#include "tst_tietablemodel.moc"
