// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/csvreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {
QList<QStringList> texts(const CsvTable &table)
{
    QList<QStringList> rows;
    QStringList header;
    for (const CsvField &f : table.header)
        header.append(f.text);
    rows.append(header);
    for (const CsvRecord &r : table.records) {
        QStringList row;
        for (const CsvField &f : r.fields)
            row.append(f.text);
        rows.append(row);
    }
    return rows;
}

QStringList issueStrings(const CsvTable &table)
{
    QStringList result;
    for (const Issue &i : table.issues)
        result.append(i.toString());
    return result;
}
} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void positions();
    void problems_data();
    void problems();
    void readFile();
    void column();
};

void tst_CsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << QList<QStringList> { { "a", "b" }, { "1", "2" }, { "3", "4" } };
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << QList<QStringList> { { "a", "b" }, { "1", "2" } };
    QTest::newRow("quoted comma") << QByteArray("name,n\n\"Korea, Republic of\",732\n")
                                  << QList<QStringList> { { "name", "n" }, { "Korea, Republic of", "732" } };
    QTest::newRow("escaped quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",x\n") << QList<QStringList> { { "a", "b" }, { "say \"hi\"", "x" } };
    QTest::newRow("line break in quotes") << QByteArray("a,b\n\"two\nlines\",x\ny,z\n")
                                          << QList<QStringList> { { "a", "b" }, { "two\nlines", "x" }, { "y", "z" } };
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << QList<QStringList> { { "a", "b" }, { "1", "2" }, { "3", "4" } };
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << QList<QStringList> { { "a", "b" }, { "1", "2" } };
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\n")
                                  << QList<QStringList> { { "a", "b", "c" }, { "", "", "" }, { "", "x", "" } };
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n\n")
                                         << QList<QStringList> { { "a", "b" }, { "1", "2" }, { "3", "4" } };
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF" "a,b\n1,2\n") << QList<QStringList> { { "a", "b" }, { "1", "2" } };
    QTest::newRow("UTF-8") << QByteArray("iso3,capital\nCMR,Yaound\xC3\xA9\n") << QList<QStringList> { { "iso3", "capital" }, { "CMR", "Yaoundé" } };
}

void tst_CsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    const CsvTable table = CsvReader::read(input, "t.csv");
    QCOMPARE(issueStrings(table), QStringList());
    QCOMPARE(texts(table), expected);
}

void tst_CsvReader::positions()
{
    // A quoted field spanning lines, CRLF line ends and a byte-order mark (not counted as a column).
    const CsvTable table = CsvReader::read("\xEF\xBB\xBF" "id,text\r\n1,\"a\r\nb\"\r\n22,\"c\"\r\n", "t.csv");
    QCOMPARE(table.issues.size(), 0);
    QCOMPARE(table.header[1].line, 1);
    QCOMPARE(table.header[1].column, 4);
    QCOMPARE(table.records.size(), 2);
    QCOMPARE(table.records[0].line, 2);
    QCOMPARE(table.records[0].fields[1].column, 3);
    QCOMPARE(table.records[0].text(1), QString("a\r\nb"));
    QCOMPARE(table.records[1].line, 4);
    QCOMPARE(table.records[1].fields[1].line, 4);
    QCOMPARE(table.records[1].fields[1].column, 4);
}

void tst_CsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("issues");
    QTest::addColumn<int>("records");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n3,4,5\n6,7\n")
                                     << QStringList { "t.csv:3:5: row has 3 fields, the header has 2" } << 2;
    QTest::newRow("too few fields") << QByteArray("a,b,c\n1,2,3\nxy,z\n")
                                    << QStringList { "t.csv:3:5: row has 2 fields, the header has 3" } << 1;
    QTest::newRow("ragged after multi-line field") << QByteArray("a,b\n\"x\ny\",1\n2\n")
                                                   << QStringList { "t.csv:4:2: row has 1 fields, the header has 2" } << 1;
    QTest::newRow("ragged with CRLF") << QByteArray("a,b\r\n1,2\r\n1,2,3\r\n")
                                      << QStringList { "t.csv:3:5: row has 3 fields, the header has 2" } << 1;
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n")
                                    << QStringList { "t.csv:2:3: quoted field is not closed before the end of the file" } << 1;
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n")
                                              << QStringList { "t.csv:2:4: unexpected text after the closing quote of a field" } << 1;
    QTest::newRow("stray quote") << QByteArray("a,b\n1,2\"5\n")
                                 << QStringList { "t.csv:2:4: warning: quote character inside an unquoted field (kept as text)" } << 1;
    QTest::newRow("duplicate column") << QByteArray("a,a\n1,2\n")
                                      << QStringList { "t.csv:1:3: warning: duplicate column name \"a\" (the first one is used)" } << 1;
}

void tst_CsvReader::problems()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, issues);
    QFETCH(int, records);
    const CsvTable table = CsvReader::read(input, "t.csv");
    QCOMPARE(issueStrings(table), issues);
    QCOMPARE(table.records.size(), records);
}

void tst_CsvReader::readFile()
{
    const CsvTable missing = CsvReader::readFile("/nonexistent/atop.csv");
    QCOMPARE(missing.issues.size(), 1);
    QVERIFY(missing.issues[0].toString().startsWith("/nonexistent/atop.csv: cannot open"));
    QVERIFY(missing.header.isEmpty());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CsvTable directory = CsvReader::readFile(dir.path());
    QCOMPARE(directory.issues.size(), 1);
    QVERIFY(directory.issues[0].message.contains("directory"));

    const CsvTable fixture = CsvReader::readFile(ATLAS_TEST_DATA_DIR "/atop/atop-alliance-level.csv");
    QCOMPARE(fixture.issues.size(), 0);
    QCOMPARE(fixture.records.size(), 8);
    QCOMPARE(fixture.records[0].line, 2);
}

void tst_CsvReader::column()
{
    const CsvTable table = CsvReader::read("atopid,member,yrent\n1,2,3\n", "t.csv");
    QCOMPARE(table.column(u"member"), 1);
    QCOMPARE(table.column(u"yrent"), 2);
    QCOMPARE(table.column(u"missing"), -1);
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
