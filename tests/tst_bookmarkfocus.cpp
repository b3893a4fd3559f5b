// SPDX-License-Identifier: GPL-3.0-or-later
// What a bookmark is about when presented: the ties of its evidence, and the day of its date on which
// they show.
#include "models/domain/bookmark.h"
#include "models/domain/dataset.h"
#include "models/io/datasetreader.h"
#include "models/query/bookmarkfocus.h"

#include <QTest>

using namespace atlas;

class tst_BookmarkFocus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        LoadResult r = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
        QVERIFY(r.dataset);
        mDataset = std::move(*r.dataset);
    }

    void builtInBookmarks_data()
    {
        QTest::addColumn<QString>("bookmark");
        QTest::addColumn<QString>("tie");
        QTest::addColumn<QDate>("date");
        // "2007 · Quad 1.0": on 1 January 2007 the Quad had not met; it shows from May 2007.
        QTest::newRow("quad 1.0") << "bm-quad-1" << "quad" << QDate(2007, 5, 1);
        QTest::newRow("a full date stays") << "bm-aukus" << "aukus" << QDate(2021, 9, 15);
        QTest::newRow("san francisco") << "bm-san-francisco" << "us-jpn-1951" << QDate(1951, 9, 8);
    }

    void builtInBookmarks()
    {
        QFETCH(QString, bookmark);
        QFETCH(QString, tie);
        QFETCH(QDate, date);
        const Bookmark *b = nullptr;
        for (const Bookmark &candidate : mDataset.bookmarks)
            if (candidate.id == bookmark)
                b = &candidate;
        QVERIFY(b);
        QCOMPARE(BookmarkFocus::ties(mDataset, *b).value(0), tie);
        QCOMPARE(BookmarkFocus::date(mDataset, *b), date);
    }

    void withoutTiesTheFirstDay()
    {
        Bookmark b;
        b.date = PartialDate::parse(QStringLiteral("1990")).value_or(PartialDate());
        QVERIFY(b.date.isValid());
        b.evidence = { QStringLiteral("no-such-evidence") };
        QVERIFY(BookmarkFocus::ties(mDataset, b).isEmpty());
        QCOMPARE(BookmarkFocus::date(mDataset, b), QDate(1990, 1, 1));
    }

private:
    Dataset mDataset;
};

QTEST_MAIN(tst_BookmarkFocus)
#include "tst_bookmarkfocus.moc"
