// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QFile>
#include <QTest>
#include <QTextStream>

using namespace atlas;

namespace {
using Run = test::CliRun;

Run run(const QStringList &args)
{
    return test::runCli(args);
}

QString golden(const QString &name)
{
    QFile f(QStringLiteral(ATLAS_TEST_DATA_DIR "/cli/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing golden file %1>").arg(name);
    return QString::fromUtf8(f.readAll());
}

const QString kSmall = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json");
} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void goldenOutputs_data();
    void goldenOutputs();
    void errors_data();
    void errors();
    void validateReportsEveryProblem();
    void subcommandDetection();
};

void tst_CommandLine::goldenOutputs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    QTest::newRow("query json with hidden") << QStringList { "query", "--at", "1987-06-01", "--dataset", kSmall, "--format", "json", "--hide", "jpn" }
                                            << "query-1987.json";
    QTest::newRow("query table") << QStringList { "query", "--at", "2010", "--dataset", kSmall } << "query-2010.txt";
    QTest::newRow("evidence of a tie") << QStringList { "evidence", "--dataset", kSmall, "--tie", "quad", "--format", "json" }
                                       << "evidence-quad.json";
}

void tst_CommandLine::goldenOutputs()
{
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    const Run r = run(args);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, ::golden(golden));
}

void tst_CommandLine::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option") << QStringList { "query", "--at", "2000-01-01", "--frobnicate" } << 2
                                    << "alliance-atlas query: Unknown option 'frobnicate'.\n";
    QTest::newRow("bad date") << QStringList { "query", "--at", "2000-02-30" } << 2
                              << "alliance-atlas query: invalid date \"2000-02-30\" (expected YYYY-MM-DD)\n";
    QTest::newRow("no date") << QStringList { "query" } << 2 << "alliance-atlas query: --at DATE is required\n";
    QTest::newRow("missing dataset") << QStringList { "query", "--at", "2000", "--dataset", "/nonexistent.json" } << 1
                                     << "/nonexistent.json: cannot open: No such file or directory\n";
    QTest::newRow("unknown hidden actor") << QStringList { "query", "--at", "2000", "--dataset", kSmall, "--hide", "USA,ZZZ" } << 2
                                          << "alliance-atlas: --hide: unknown actor \"ZZZ\" in the dataset\n";
    QTest::newRow("bad format") << QStringList { "query", "--at", "2000", "--format", "xml" } << 2
                                << "alliance-atlas query: unknown format \"xml\" (expected json or table)\n";
    QTest::newRow("unknown tie") << QStringList { "evidence", "--dataset", kSmall, "--tie", "nosuch" } << 2
                                 << "alliance-atlas evidence: unknown tie \"nosuch\"\n";
    QTest::newRow("validate nothing") << QStringList { "validate" } << 2 << "alliance-atlas validate: no file given\n";
    QTest::newRow("unknown command") << QStringList { "frobnicate" } << 2 << "alliance-atlas: unknown command \"frobnicate\"\n";
}

void tst_CommandLine::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QCOMPARE(r.err, message);
    QCOMPARE(r.out, QString());
}

void tst_CommandLine::validateReportsEveryProblem()
{
    const QString broken = QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/unknown-country.json");
    const Run bad = run({ QStringLiteral("validate"), kSmall, broken });
    QCOMPARE(bad.code, 1);
    const QStringList lines = bad.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], broken + QStringLiteral(":93:10: /actors/5/id: unknown country code \"PHX\" (expected ISO 3166-1 alpha-3)"));
    const Run good = run({ QStringLiteral("validate"), kSmall });
    QCOMPARE(good.code, 0);
    QCOMPARE(good.out, QString());
}

void tst_CommandLine::subcommandDetection()
{
    QVERIFY(CommandLine::isSubcommand({ QStringLiteral("a"), QStringLiteral("query") }));
    QVERIFY(!CommandLine::isSubcommand({ QStringLiteral("a"), QStringLiteral("--lang") }));
    QVERIFY(!CommandLine::isSubcommand({ QStringLiteral("a") }));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
