// SPDX-License-Identifier: GPL-3.0-or-later
// IssueTarget: which record an issue names, by its path's kind or by lookup, only when it exists.
#include "models/domain/issue.h"
#include "models/io/datasetreader.h"
#include "models/query/issuetarget.h"

#include <QTest>

using namespace atlas;

namespace {
Issue issue(const QString &path, const QString &context)
{
    Issue i = Issue::at(QStringLiteral("f.json"), QStringLiteral("m"), 1, 1, path);
    i.contextId = context;
    return i;
}
} // namespace

class tst_IssueTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selection_data();
    void selection();

private:
    Dataset mDataset;
};

void tst_IssueTarget::initTestCase()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(r.dataset);
    mDataset = std::move(*r.dataset);
}

void tst_IssueTarget::selection_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("kind"); // Selection::Kind::None: nothing to select
    QTest::newRow("tie member") << "/ties/2/members/3/actor" << "quad" << int(Selection::Kind::Tie);
    QTest::newRow("event") << "/events/0/tie" << "e1" << int(Selection::Kind::Event);
    QTest::newRow("actor") << "/actors/0/id" << "USA" << int(Selection::Kind::Actor);
    QTest::newRow("evidence names a tie") << "/evidence/1/tie" << "anzus" << int(Selection::Kind::Tie);
    QTest::newRow("path kind wins") << "/ties/0/id" << "USA" << int(Selection::Kind::None);
    QTest::newRow("not in the dataset") << "/ties/9/id" << "gone" << int(Selection::Kind::None);
    QTest::newRow("no context") << "/ties/2/members" << "" << int(Selection::Kind::None);
}

void tst_IssueTarget::selection()
{
    QFETCH(QString, path);
    QFETCH(QString, context);
    QFETCH(int, kind);
    const auto s = IssueTarget::selection(issue(path, context), mDataset);
    QCOMPARE(s.has_value(), kind != int(Selection::Kind::None));
    if (s) {
        QCOMPARE(int(s->kind), kind);
        QCOMPARE(s->id, context);
    }
}

QTEST_GUILESS_MAIN(tst_IssueTarget)
#include "tst_issuetarget.moc"
