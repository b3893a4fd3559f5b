// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/jsonlocator.h"

#include <QTest>

using namespace atlas;

class tst_JsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void positions_data();
    void positions();
    void offsets();
    void deepNestingDoesNotCrash();
};

void tst_JsonLocator::positions_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("root") << "" << 1 << 1;
    QTest::newRow("member") << "/a" << 2 << 8;
    QTest::newRow("array element") << "/list/1" << 3 << 15;
    QTest::newRow("nested") << "/list/2/name" << 4 << 14;
    QTest::newRow("after chinese") << "/zh/b" << 5 << 24;
    QTest::newRow("missing falls back to parent") << "/list/2/nosuch" << 4 << 5;
    QTest::newRow("missing top") << "/nosuch" << 1 << 1;
}

void tst_JsonLocator::positions()
{
    // Columns count characters: the Chinese text on line 5 is 3 bytes per character in UTF-8.
    const QByteArray text = "{\n"
                            "  \"a\": 1,\n"
                            "  \"list\": [0, \"x\",\n"
                            "    {\"name\": \"n\"}],\n"
                            "  \"zh\": {\"名字\": 1, \"b\": true}\n"
                            "}\n";
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    const JsonLocator locator(text);
    const JsonLocator::Position pos = locator.position(pointer);
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.column, column);
}

void tst_JsonLocator::offsets()
{
    const JsonLocator locator("ab\ncd\n\xe4\xb8\xad" "x");
    QCOMPARE(locator.positionOfOffset(0).line, 1);
    QCOMPARE(locator.positionOfOffset(4).line, 2);
    QCOMPARE(locator.positionOfOffset(4).column, 2);
    QCOMPARE(locator.positionOfOffset(9).line, 3);
    QCOMPARE(locator.positionOfOffset(9).column, 2); // after one 3-byte character
    QCOMPARE(locator.positionOfOffset(1000).line, 3); // clamped, no crash
}

void tst_JsonLocator::deepNestingDoesNotCrash()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const JsonLocator locator(deep);
    QCOMPARE(locator.position(QStringLiteral("/0/0")).line, 1);
}

QTEST_GUILESS_MAIN(tst_JsonLocator)
#include "tst_jsonlocator.moc"
