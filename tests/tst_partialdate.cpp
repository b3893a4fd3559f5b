// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/domain/partialdate.h"

#include <QTest>

using namespace atlas;

class tst_PartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void display();
};

void tst_PartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    const int Y = int(PartialDate::Precision::Year), M = int(PartialDate::Precision::Month), D = int(PartialDate::Precision::Day);
    QTest::newRow("year") << "1951" << true << Y << QDate(1951, 1, 1) << QDate(1951, 12, 31);
    QTest::newRow("month") << "1951-09" << true << M << QDate(1951, 9, 1) << QDate(1951, 9, 30);
    QTest::newRow("february leap") << "2024-02" << true << M << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("day") << "1951-09-08" << true << D << QDate(1951, 9, 8) << QDate(1951, 9, 8);
    QTest::newRow("month 13") << "1951-13" << false << 0 << QDate() << QDate();
    QTest::newRow("day 31 in april") << "2020-04-31" << false << 0 << QDate() << QDate();
    QTest::newRow("feb 29 non-leap") << "2023-02-29" << false << 0 << QDate() << QDate();
    QTest::newRow("empty") << "" << false << 0 << QDate() << QDate();
    QTest::newRow("slashes") << "1951/09/08" << false << 0 << QDate() << QDate();
    QTest::newRow("short year") << "51" << false << 0 << QDate() << QDate();
    QTest::newRow("trailing text") << "1951-09-08T00" << false << 0 << QDate() << QDate();
    QTest::newRow("letters") << "19a1" << false << 0 << QDate() << QDate();
    QTest::newRow("year zero") << "0000" << false << 0 << QDate() << QDate();
    QTest::newRow("single-digit month") << "1951-9" << false << 0 << QDate() << QDate();
}

void tst_PartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto d = PartialDate::parse(text);
    QCOMPARE(d.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QCOMPARE(int(d->precision()), precision);
    QCOMPARE(d->firstDay(), first);
    QCOMPARE(d->lastDay(), last);
    QCOMPARE(d->toString(), text); // precision kept, never padded
}

void tst_PartialDate::display()
{
    QCOMPARE(PartialDate(1951).displayString(Language::English), QStringLiteral("1951"));
    QCOMPARE(PartialDate(1951, 9).displayString(Language::English), QStringLiteral("Sep 1951"));
    QCOMPARE(PartialDate(1951, 9, 8).displayString(Language::English), QStringLiteral("8 Sep 1951"));
    QCOMPARE(PartialDate(1951).displayString(Language::Chinese), QStringLiteral("1951年"));
    QCOMPARE(PartialDate(1951, 9).displayString(Language::Chinese), QStringLiteral("1951年9月"));
    QCOMPARE(PartialDate(1951, 9, 8).displayString(Language::Chinese), QStringLiteral("1951年9月8日"));
    QVERIFY(!PartialDate().isValid());
    QCOMPARE(PartialDate().displayString(Language::English), QString());
}

QTEST_GUILESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"
