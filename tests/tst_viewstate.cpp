// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/viewstate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class tst_ViewState : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void broken_data();
    void broken();
    void saveFailureKeepsExistingFile();
};

void tst_ViewState::roundTrip()
{
    ViewState s;
    s.dataset = QStringLiteral("/data/lesson.json");
    s.date = QDate(1977, 6, 30);
    s.hidden = { QStringLiteral("USA"), QStringLiteral("IND") };
    s.selection = { Selection::Kind::Tie, QStringLiteral("quad") };
    s.mapZoom = 2.5;
    s.mapCenterLon = 135;
    s.mapCenterLat = 20;
    s.scheme = QStringLiteral("ling2022");
    s.filterScheme = QStringLiteral("li2024");
    s.filterCell = QStringLiteral("expansive");
    s.language = Language::Chinese;
    s.compareFrom = QDate(1975, 1, 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.atlasview"));
    QCOMPARE(ViewFile::save(path, s), QString());
    QList<Issue> issues;
    const auto back = ViewFile::load(path, &issues);
    QVERIFY(back);
    QVERIFY(issues.isEmpty());
    QCOMPARE(back->dataset, s.dataset);
    QCOMPARE(back->date, s.date);
    QCOMPARE(back->hidden, s.hidden);
    QCOMPARE(back->selection, s.selection);
    QCOMPARE(back->mapZoom, 2.5);
    QCOMPARE(back->mapCenterLon, 135.0);
    QCOMPARE(back->scheme, s.scheme);
    QCOMPARE(back->filterCell, s.filterCell);
    QCOMPARE(back->language, Language::Chinese);
    QCOMPARE(back->compareFrom, QDate(1975, 1, 1));
    // Without compare mode the key is left out and reads back as off.
    s.compareFrom = QDate();
    QVERIFY(!s.toJson().contains("compare_from"));
    QCOMPARE(ViewFile::save(path, s), QString());
    QVERIFY(!ViewFile::load(path, &issues)->compareFrom.isValid());
}

void tst_ViewState::broken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed") << QByteArray("{\"format\": ") << "v:1:12: malformed JSON: unterminated object";
    QTest::newRow("not a view") << QByteArray("{\"format\": \"x\"}") << "v:1:1: not an Alliance Atlas view file";
    QTest::newRow("bad date") << QByteArray("{\"format\": \"alliance-atlas-view\",\n \"date\": \"1977\"}")
                              << "v:2:10: /date: invalid date (expected YYYY-MM-DD)";
    QTest::newRow("bad language") << QByteArray("{\"format\": \"alliance-atlas-view\", \"date\": \"1977-01-01\", \"language\": \"fr\"}")
                                  << "v:1:69: /language: language is \"en\" or \"zh_CN\", not \"fr\"";
    QTest::newRow("bad zoom") << QByteArray("{\"format\": \"alliance-atlas-view\", \"date\": \"1977-01-01\", \"map\": {\"zoom\": -1}}")
                              << "v:1:73: /map/zoom: zoom must be a number between 0 and 1000";
    QTest::newRow("bad compare date") << QByteArray("{\"format\": \"alliance-atlas-view\", \"date\": \"1977-01-01\", \"compare_from\": \"1975\"}")
                                      << "v:1:73: /compare_from: invalid date (expected YYYY-MM-DD)";
}

void tst_ViewState::broken()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QList<Issue> issues;
    QVERIFY(!ViewState::fromJson(json, QStringLiteral("v"), &issues));
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().toString(), message);
}

void tst_ViewState::saveFailureKeepsExistingFile()
{
    QVERIFY(!ViewFile::save(QStringLiteral("/nonexistent-dir/v.atlasview"), ViewState()).isEmpty());
    QList<Issue> issues;
    QVERIFY(!ViewFile::load(QStringLiteral("/nonexistent-dir/v.atlasview"), &issues));
    QVERIFY(issues.first().toString().contains(QStringLiteral("cannot open")));
}

QTEST_GUILESS_MAIN(tst_ViewState)
#include "tst_viewstate.moc"
