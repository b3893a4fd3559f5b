// SPDX-License-Identifier: GPL-3.0-or-later
// `alliance-atlas diff`: golden JSON and table outputs of the small dataset, the 1975 -> 2024 comparison
// of the built-in dataset, metrics named and computed as by `metrics`, and the errors (a from-date after
// the to-date is exit 1, never a silent swap).
#include "clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace atlas;

namespace {

using Run = test::CliRun;

Run run(const QStringList &args)
{
    return test::runCli(args, QStringLiteral("diff"));
}

QString golden(const QString &name)
{
    QFile f(QStringLiteral(ATLAS_TEST_DATA_DIR "/cli/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("<missing golden file %1>").arg(name);
    return QString::fromUtf8(f.readAll());
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list.append(v.toString());
    return list;
}

const QString kSmall = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json");

} // namespace

class tst_DiffCommand : public QObject
{
    Q_OBJECT

private slots:
    void regionScopesChangesAndMetrics();
    void goldenOutputs_data();
    void goldenOutputs();
    void coldWarToToday();
    void metricsAsTheMetricsCommand();
    void hiddenActors();
    void errors_data();
    void errors();
};

void tst_DiffCommand::goldenOutputs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("golden");
    // us-jpn ended (1960), the Quad and JPN-AUS added, ANZUS continuing with NZL suspended, the pact proposed.
    QTest::newRow("json 1955 to 2025") << QStringList { "--from", "1955-01-01", "--to", "2025-06-01", "--dataset", kSmall, "--format", "json" }
                                       << "diff-1955-2025.json";
    // The Quad in force, then suspended: a status change.
    QTest::newRow("table 2007 to 2010") << QStringList { "--from", "2007-06-01", "--to", "2010", "--dataset", kSmall } << "diff-2007-2010.txt";
}

void tst_DiffCommand::goldenOutputs()
{
    QFETCH(QStringList, args);
    QFETCH(QString, golden);
    const Run r = run(args);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, ::golden(golden));
}

void tst_DiffCommand::coldWarToToday()
{
    const Run r = run({ "--from", "1975-01-01", "--to", "2024-12-31", "--format", "json" });
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.keys(), QStringList({ "added", "changed", "continuing", "ended", "from", "hidden", "metrics", "proposed_from",
                                        "proposed_to", "to" }));
    const QStringList ended = strings(root.value("ended")), added = strings(root.value("added"));
    QVERIFY(ended.contains("seato"));
    QVERIFY(ended.contains("us-twn-1954"));
    for (const char *tie : { "aukus", "quad", "tsd" })
        QVERIFY2(added.contains(QString::fromLatin1(tie)), tie);
    QVERIFY(!added.contains("aukus-plus"));
    QVERIFY(strings(root.value("proposed_to")).contains("aukus-plus"));
    QJsonObject nato;
    for (const QJsonValue &change : root.value("changed").toArray())
        if (change.toObject().value("id").toString() == "nato")
            nato = change.toObject();
    for (const char *member : { "POL", "HUN", "CZE", "FIN", "SWE" })
        QVERIFY2(strings(nato.value("joined")).contains(QString::fromLatin1(member)), member);
    QCOMPARE(nato.value("status_from").toString(), QStringLiteral("in-force"));
    QCOMPARE(root.value("metrics").toObject().value("from").toObject().value("date").toString(), QStringLiteral("1975-01-01"));
    QCOMPARE(root.value("metrics").toObject().value("to").toObject().value("date").toString(), QStringLiteral("2024-12-31"));

    // The table says the same in lines.
    const Run table = run({ "--from", "1975-01-01", "--to", "2024-12-31" });
    QCOMPARE(table.code, 0);
    QVERIFY(table.out.startsWith("From 1975-01-01 to 2024-12-31: "));
    QVERIFY(table.out.contains(QRegularExpression("\\nended +seato ")));
    QVERIFY(table.out.contains(QRegularExpression("\\nadded +aukus ")));
    QVERIFY(table.out.contains(QRegularExpression("\\nchanged +nato .*joined [A-Z,]*POL")));
}

// The metrics at both dates are the `metrics` command's samples, with the same names and values.
void tst_DiffCommand::metricsAsTheMetricsCommand()
{
    const Run diff = run({ "--from", "1990-01-01", "--to", "2018-01-01", "--dataset", kSmall, "--format", "json" });
    QCOMPARE(diff.code, 0);
    const QJsonObject metrics = QJsonDocument::fromJson(diff.out.toUtf8()).object().value("metrics").toObject();
    for (const char *year : { "1990", "2018" }) {
        const Run m = test::runCli({ "--from", year, "--to", year, "--dataset", kSmall, "--format", "json" }, QStringLiteral("metrics"));
        QCOMPARE(m.code, 0);
        const QJsonObject sample = QJsonDocument::fromJson(m.out.toUtf8()).object().value("series").toArray().first().toObject();
        QCOMPARE(metrics.value(QLatin1String(year) == QLatin1String("1990") ? "from" : "to").toObject(), sample);
    }
    // The table's metric rows carry the CSV's names, values and their difference.
    const Run table = run({ "--from", "1990-01-01", "--to", "2018-01-01", "--dataset", kSmall });
    QVERIFY(table.out.contains(QRegularExpression("\\nedges +1 +6 +\\+5\\n")));
    QVERIFY(table.out.contains(QRegularExpression("\\nspoke_spoke_share +0\\.0000 +0\\.5000 +\\+0\\.5000\\n")));
    QVERIFY(table.out.contains(QRegularExpression("\\ncomponents +1 +1 +0\\n")));
}

void tst_DiffCommand::hiddenActors()
{
    const Run r = run({ "--from", "1955", "--to", "2018", "--dataset", kSmall, "--hide", "usa", "--format", "json" });
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(strings(root.value("hidden")), QStringList { "USA" });
    // Without the USA, JPN-AUS is still added.
    QVERIFY(strings(root.value("added")).contains("jpn-aus"));
}

void tst_DiffCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("reversed") << QStringList { "--from", "2024-01-01", "--to", "1975-01-01" } << 1
                              << "alliance-atlas diff: the first date 2024-01-01 is after the second date 1975-01-01\n";
    QTest::newRow("no to") << QStringList { "--from", "1975" } << 2 << "alliance-atlas diff: --from DATE and --to DATE are required\n";
    QTest::newRow("bad date") << QStringList { "--from", "1975-02-30", "--to", "2000" } << 2
                              << "alliance-atlas diff: invalid date \"1975-02-30\" (expected YYYY-MM-DD)\n";
    QTest::newRow("format") << QStringList { "--from", "1975", "--to", "2000", "--format", "csv" } << 2
                            << "alliance-atlas diff: unknown format \"csv\" (expected json or table)\n";
    QTest::newRow("hide") << QStringList { "--from", "1975", "--to", "2000", "--dataset", kSmall, "--hide", "XXX" } << 2
                          << "alliance-atlas: --hide: unknown actor \"XXX\" in the dataset\n";
    QTest::newRow("positional") << QStringList { "--from", "1975", "--to", "2000", "extra" } << 2
                                << "alliance-atlas diff: unexpected argument \"extra\"\n";
}

void tst_DiffCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QCOMPARE(r.err, message);
    QCOMPARE(r.out, QString());
}

// --region: the changes and the metrics of the region's network (its actors and the hub).
void tst_DiffCommand::regionScopesChangesAndMetrics()
{
    const Run all = run({ "--from", "1975-01-01", "--to", "2024-01-01", "--format", "json" });
    const Run asia = run({ "--from", "1975-01-01", "--to", "2024-01-01", "--region", "asia-pacific", "--format", "json" });
    QCOMPARE(asia.code, 0);
    const QJsonObject a = QJsonDocument::fromJson(asia.out.toUtf8()).object();
    const QJsonObject w = QJsonDocument::fromJson(all.out.toUtf8()).object();
    const auto ids = [](const QJsonObject &o, const char *key) {
        QStringList list;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            list.append(v.toString());
        return list;
    };
    QVERIFY(ids(a, "added").contains(QStringLiteral("quad")));
    QVERIFY(ids(w, "continuing").contains(QStringLiteral("nato")));
    QVERIFY(!ids(a, "continuing").contains(QStringLiteral("nato"))); // only the hub of NATO is in the region
    QVERIFY(ids(a, "added").size() < ids(w, "added").size());
    QCOMPARE(a.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("to")).toObject().value(QStringLiteral("region")).toString(),
             QStringLiteral("asia-pacific"));
    const Run bad = run({ "--from", "1975", "--to", "2024", "--region", "mars" });
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("mars")));
}

QTEST_GUILESS_MAIN(tst_DiffCommand)
#include "tst_diffcommand.moc"
