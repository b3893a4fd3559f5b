// SPDX-License-Identifier: GPL-3.0-or-later
// The import-atop subcommand: errors, atomic output, and a good import that validates.
#include "clirun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace atlas;

namespace {
using Run = test::CliRun;

Run run(const QStringList &args)
{
    return test::runCli(args);
}

const QString kMembers = QStringLiteral(ATLAS_TEST_DATA_DIR "/atop/atop-member-level.csv");
const QString kAlliances = QStringLiteral(ATLAS_TEST_DATA_DIR "/atop/atop-alliance-level.csv");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class tst_ImportAtop : public QObject
{
    Q_OBJECT

private slots:
    void goodImportValidates();
    void errors_data();
    void errors();
    void badCsvLeavesExistingFile();
    void unwritableOut();

private:
    QTemporaryDir mDir;
};

void tst_ImportAtop::goodImportValidates()
{
    QVERIFY(CommandLine::isSubcommand({ "alliance-atlas", "import-atop" }));
    const QString out = mDir.filePath("atop.json");
    const Run r = run({ "import-atop", "--members", kMembers, "--alliances", kAlliances, "--out", out });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString("Wrote %1: 7 ties, 10 actors, 22 membership spells (warnings: 3)\n").arg(out));
    QVERIFY(r.err.contains(kMembers + ":9:8: warning: unknown COW state code 8152; row skipped\n"));
    QVERIFY(!r.err.contains("error"));

    const Run v = run({ "validate", out });
    QCOMPARE(v.out, QString());
    QCOMPARE(v.code, 0);
    const Run q = run({ "query", "--at", "1960-06-01", "--dataset", out });
    QCOMPARE(q.code, 0);
    QVERIFY(q.out.contains("atop-3180  multilateral-alliance  in-force  1949-04-04  -           USA,GBR,TUR,DEU"));
}

void tst_ImportAtop::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = mDir.filePath("never.json");
    QTest::newRow("missing --members") << QStringList { "import-atop", "--alliances", kAlliances, "--out", out } << 2
                                       << "alliance-atlas import-atop: --members FILE is required\n";
    QTest::newRow("missing --out") << QStringList { "import-atop", "--members", kMembers, "--alliances", kAlliances } << 2
                                   << "alliance-atlas import-atop: --out FILE is required\n";
    QTest::newRow("unknown option") << QStringList { "import-atop", "--members", kMembers, "--frobnicate" } << 2
                                    << "alliance-atlas import-atop: Unknown option 'frobnicate'.\n";
    QTest::newRow("missing file") << QStringList { "import-atop", "--members", "/nonexistent/m.csv", "--alliances", kAlliances, "--out", out }
                                  << 1
                                  << "/nonexistent/m.csv: cannot open: No such file or directory\n"
                                     "alliance-atlas import-atop: nothing written (errors: 1)\n";
    QTest::newRow("alliance file given twice") << QStringList { "import-atop", "--members", kAlliances, "--alliances", kAlliances, "--out", out }
                                               << 1
                                               << kAlliances + ":1:1: missing column \"member\"\n"
                                                  + kAlliances + ":1:1: missing column \"yrent\"\n"
                                                  + kAlliances + ":1:1: missing column \"moent\"\n"
                                                  + kAlliances + ":1:1: missing column \"dayent\"\n"
                                                  + kAlliances + ":1:1: missing column \"yrexit\"\n"
                                                  + kAlliances + ":1:1: missing column \"moexit\"\n"
                                                  + kAlliances + ":1:1: missing column \"dayexit\"\n"
                                                  "alliance-atlas import-atop: nothing written (errors: 7)\n";
}

void tst_ImportAtop::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.err, message);
    QCOMPARE(r.code, code);
    QCOMPARE(r.out, QString());
    QVERIFY(!QFile::exists(mDir.filePath("never.json")));
}

void tst_ImportAtop::badCsvLeavesExistingFile()
{
    // A ragged row and a non-numeric field: located errors, and the file already at --out untouched.
    QByteArray members = readAll(kMembers);
    members.replace("\n3240,3529,236,2,", "\n3240,236,2,");
    members.replace("\n3375,,,740,1,1960,", "\n3375,,,740,1,196O,");
    const QString bad = mDir.filePath("bad-members.csv");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(members);
    f.close();
    const QString out = mDir.filePath("existing.json");
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();

    const Run r = run({ "import-atop", "--members", bad, "--alliances", kAlliances, "--out", out });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(bad + ":19:"), qPrintable(r.err));
    QVERIFY2(r.err.contains(": row has 104 fields, the header has 105\n"), qPrintable(r.err));
    QVERIFY2(r.err.contains(bad + ":26:14: yrent \"196O\" is not a whole number\n"), qPrintable(r.err));
    QVERIFY(r.err.endsWith("alliance-atlas import-atop: nothing written (errors: 2)\n"));
    QCOMPARE(readAll(out), QByteArray("keep me"));
}

void tst_ImportAtop::unwritableOut()
{
    const Run intoMissingDir = run({ "import-atop", "--members", kMembers, "--alliances", kAlliances, "--out", "/nonexistent/dir/atop.json" });
    QCOMPARE(intoMissingDir.code, 1);
    QVERIFY2(intoMissingDir.err.contains("alliance-atlas import-atop: cannot write /nonexistent/dir/atop.json: "), qPrintable(intoMissingDir.err));

    const Run ontoDirectory = run({ "import-atop", "--members", kMembers, "--alliances", kAlliances, "--out", mDir.path() });
    QCOMPARE(ontoDirectory.code, 1);
    QVERIFY(ontoDirectory.err.endsWith(QString("alliance-atlas import-atop: %1 is a directory\n").arg(mDir.path())));
}

QTEST_GUILESS_MAIN(tst_ImportAtop)
#include "tst_importatop.moc"
