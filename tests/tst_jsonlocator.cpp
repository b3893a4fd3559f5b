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
    void batchMatchesOneByOne();
    void lazyMatchesEveryPathTable();
    void arrayIndicesAsWritten();
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

void tst_JsonLocator::batchMatchesOneByOne()
{
    const QByteArray text = "{\"a\": [1, {\"b\": \"x\"}, [true, null]],\n \"c\": {\"d\": {\"e\": 2}}, \"f\": \"\xe4\xb8\xad\\\"]\"}";
    const QStringList pointers { "/c/d/e", "/a/1/b", "/nosuch", "/a/2/1", "", "/a/1/b", "/f", "/c/x/y", "/a/9" };
    const JsonLocator locator(text);
    const QList<JsonLocator::Position> batch = locator.positions(pointers);
    QCOMPARE(batch.size(), pointers.size());
    for (qsizetype i = 0; i < pointers.size(); ++i)
        QCOMPARE(batch[i], locator.position(pointers[i]));
    QCOMPARE(batch[0], (JsonLocator::Position { 2, 19 }));
    QCOMPARE(batch[3], (JsonLocator::Position { 1, 30 }));
    QCOMPARE(batch[7], (JsonLocator::Position { 2, 7 })); // nearest located ancestor: /c
    QCOMPARE(batch[8], (JsonLocator::Position { 1, 7 })); // /a
    QVERIFY(locator.positions({}).isEmpty());
}

void tst_JsonLocator::lazyMatchesEveryPathTable()
{
    // Reference: the position of every value, found by walking the parsed document and searching the
    // text for the unique value each one holds.
    QByteArray text = "{\"list\": [";
    QList<std::pair<QString, qsizetype>> expected;
    for (int i = 0; i < 200; ++i) {
        const QByteArray value = "\"value" + QByteArray::number(i) + '"';
        text += (i ? ", " : "") + QByteArray("{\"k\": ") + value + (i % 7 == 0 ? "}\n" : "}");
    }
    text += "]}";
    QStringList pointers;
    for (int i = 199; i >= 0; --i) {
        pointers.append(QStringLiteral("/list/%1/k").arg(i));
        expected.append({ pointers.last(), text.indexOf("\"value" + QByteArray::number(i) + '"') });
    }
    const JsonLocator locator(text);
    const QList<JsonLocator::Position> positions = locator.positions(pointers);
    for (qsizetype i = 0; i < pointers.size(); ++i)
        QCOMPARE(positions[i], locator.positionOfOffset(expected[i].second));
    QList<qsizetype> offsets;
    for (const auto &e : expected)
        offsets.append(e.second);
    const QList<JsonLocator::Position> byOffset = locator.positionsOfOffsets(offsets);
    for (qsizetype i = 0; i < offsets.size(); ++i)
        QCOMPARE(byOffset[i], locator.positionOfOffset(offsets[i]));
}

void tst_JsonLocator::arrayIndicesAsWritten()
{
    // An array's elements are matched by their decimal index as a pointer writes it: "/a/01" or
    // "/a/+1" name no element (the array is the nearest ancestor), an object key of digits is a key,
    // and of two equal keys the last is the value read, as QJsonDocument reads it.
    const QByteArray text = "{\"a\": [10, 11, 12],\n \"o\": {\"1\": 5, \"01\": 6},\n \"d\": [1], \"d\": [2, 3]}";
    const JsonLocator locator(text);
    const QStringList pointers { "/a/1", "/a/01", "/a/+1", "/a/-1", "/a/1x", "/a/3", "/o/1", "/o/01", "/d/1", "/d/0" };
    const QList<JsonLocator::Position> at = locator.positions(pointers);
    QCOMPARE(at[0], (JsonLocator::Position { 1, 12 }));
    for (int i : { 1, 2, 3, 4, 5 })
        QCOMPARE(at[i], (JsonLocator::Position { 1, 7 })); // "/a"
    QCOMPARE(at[6], (JsonLocator::Position { 2, 13 }));
    QCOMPARE(at[7], (JsonLocator::Position { 2, 22 }));
    QCOMPARE(at[8], (JsonLocator::Position { 3, 21 }));
    QCOMPARE(at[9], (JsonLocator::Position { 3, 18 })); // the second "d"
    for (qsizetype i = 0; i < pointers.size(); ++i)
        QCOMPARE(at[i], locator.position(pointers[i]));
}

QTEST_GUILESS_MAIN(tst_JsonLocator)
#include "tst_jsonlocator.moc"
