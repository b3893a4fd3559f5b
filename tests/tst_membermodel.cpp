// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/items/membermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

class tst_MemberModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupedByRegion();
    void checkingWritesToTheDocument();
    void groupCheckState();
    void followsTheDocument();
    void languageResorts();
    void idToolTipIsPlainText();

private:
    QModelIndex group(const QString &prefix) const
    {
        for (int r = 0; r < mModel->rowCount(); ++r)
            if (mModel->index(r, 0).data().toString().startsWith(prefix))
                return mModel->index(r, 0);
        return {};
    }

    AtlasDocument *mDocument = nullptr;
    MemberModel *mModel = nullptr;
    QAbstractItemModelTester *mTester = nullptr;
};

void tst_MemberModel::init()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/map/small.json"));
    QVERIFY(r.dataset);
    mDocument = new AtlasDocument;
    mDocument->setDataset(*r.dataset);
    mModel = new MemberModel(mDocument);
    mTester = new QAbstractItemModelTester(mModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_MemberModel::cleanup()
{
    delete mTester;
    delete mModel;
    delete mDocument;
}

void tst_MemberModel::groupedByRegion()
{
    QStringList groups;
    for (int r = 0; r < mModel->rowCount(); ++r)
        groups.append(mModel->index(r, 0).data().toString());
    QCOMPARE(groups, QStringList({ "North America (2)", "Europe (4)", "East Asia (2)", "Southeast Asia (1)", "South Asia (1)",
                                   "Oceania (2)", "Organisations (1)" }));
    const QModelIndex europe = group(QStringLiteral("Europe"));
    QStringList names;
    for (int r = 0; r < mModel->rowCount(europe); ++r)
        names.append(mModel->index(r, 0, europe).data().toString());
    QCOMPARE(names, QStringList({ "France", "Germany", "Italy", "United Kingdom" })); // sorted by name
    QCOMPARE(mModel->index(0, 0, europe).data(MemberModel::ActorIdRole).toString(), QStringLiteral("FRA"));
    QVERIFY(mModel->index(0, 0, europe).data(MemberModel::SearchRole).toString().contains(QStringLiteral("法国")));
    QCOMPARE(mModel->indexOf(QStringLiteral("ITA")), mModel->index(2, 0, europe));
    QVERIFY(!mModel->indexOf(QStringLiteral("XXX")).isValid());
    QVERIFY(mModel->flags(mModel->index(0, 0, europe)) & Qt::ItemIsUserCheckable);
}

void tst_MemberModel::checkingWritesToTheDocument()
{
    const QModelIndex japan = mModel->indexOf(QStringLiteral("JPN"));
    QCOMPARE(japan.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QSignalSpy changed(mModel, &QAbstractItemModel::dataChanged);
    QVERIFY(mModel->setData(japan, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(mDocument->isHidden(QStringLiteral("JPN")));
    QCOMPARE(japan.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(changed.count() > 0);
    QVERIFY(mModel->setData(japan, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!mDocument->isHidden(QStringLiteral("JPN")));
    QVERIFY(!mModel->setData(japan, QStringLiteral("x"), Qt::DisplayRole));
}

void tst_MemberModel::groupCheckState()
{
    const QModelIndex oceania = group(QStringLiteral("Oceania"));
    QCOMPARE(oceania.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    mDocument->setActorHidden(QStringLiteral("NZL"), true);
    QCOMPARE(oceania.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    // Unchecking the group hides all its members, checking shows them all.
    QVERIFY(mModel->setData(oceania, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(mDocument->hiddenActors(), QSet<QString>({ QStringLiteral("NZL"), QStringLiteral("AUS") }));
    QCOMPARE(oceania.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(mModel->setData(oceania, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(mDocument->hiddenActors().isEmpty());
}

void tst_MemberModel::followsTheDocument()
{
    QSignalSpy changed(mModel, &QAbstractItemModel::dataChanged);
    mDocument->setActorHidden(QStringLiteral("USA"), true);
    QVERIFY(changed.count() > 0);
    QCOMPARE(mModel->indexOf(QStringLiteral("USA")).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QSignalSpy reset(mModel, &QAbstractItemModel::modelReset);
    Dataset smaller = mDocument->dataset();
    smaller.actors.removeIf([](const Actor &a) { return a.kind == ActorKind::Organisation; });
    smaller.ties.removeIf([](const Tie &t) { return t.memberIds().contains(QStringLiteral("NATO")); });
    mDocument->setDataset(smaller);
    QCOMPARE(reset.count(), 1);
    QVERIFY(!group(QStringLiteral("Organisations")).isValid());
}

void tst_MemberModel::languageResorts()
{
    mDocument->setLanguage(Language::Chinese);
    const QModelIndex europe = group(QStringLiteral("Europe"));
    QStringList names;
    for (int r = 0; r < mModel->rowCount(europe); ++r)
        names.append(mModel->index(r, 0, europe).data().toString());
    QCOMPARE(names.size(), 4);
    QVERIFY(names.contains(QStringLiteral("英国")));
}

void tst_MemberModel::idToolTipIsPlainText()
{
    // Ids are free text: a tooltip showing one must not be taken for rich text (Qt::mightBeRichText).
    Dataset d = mDocument->dataset();
    const QString id = QStringLiteral("<img src=\"file:///etc/passwd\"><b>ORG</b>");
    Actor org;
    org.id = id;
    org.kind = ActorKind::Organisation;
    org.name = { QStringLiteral("Org"), QStringLiteral("组织") };
    d.actors.append(org);
    mDocument->setDataset(d);
    QString toolTip;
    for (int g = 0; g < mModel->rowCount(); ++g) {
        const QModelIndex group = mModel->index(g, 0);
        for (int r = 0; r < mModel->rowCount(group); ++r)
            if (mModel->index(r, 0, group).data(MemberModel::ActorIdRole).toString() == id)
                toolTip = mModel->index(r, 0, group).data(Qt::ToolTipRole).toString();
    }
    QVERIFY(!toolTip.isEmpty());
    QVERIFY(!toolTip.contains(QStringLiteral("<img")));
    QVERIFY(!toolTip.contains(QStringLiteral("<b>")));
    QVERIFY(toolTip.contains(QStringLiteral("&lt;img src=&quot;file:///etc/passwd&quot;&gt;&lt;b&gt;ORG&lt;/b&gt;")));
}

QTEST_GUILESS_MAIN(tst_MemberModel)
#include "tst_membermodel.moc"
