// SPDX-License-Identifier: GPL-3.0-or-later
// `alliance-atlas export`: figures in every format, frame sequences, and every error path.
#include "clirun.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace atlas;

namespace {
using Run = test::CliRun;

Run run(const QStringList &args)
{
    return test::runCli(args, QStringLiteral("export"));
}

const QString kSmall = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json");
} // namespace

class tst_Export : public QObject
{
    Q_OBJECT

private slots:
    void pngHasSizeAndDpi();
    void svgIsXmlWithTitleAndChinese();
    void pdfTextHasTitleAndChinese();
    void everyViewExports_data();
    void everyViewExports();
    void frames();
    void errors_data();
    void errors();
    void failedExportKeepsExistingFile();

private:
    QTemporaryDir mDir;
};

void tst_Export::pngHasSizeAndDpi()
{
    const QString path = mDir.filePath(QStringLiteral("map.png"));
    const Run r = run({ "--view", "map", "--at", "1960-01-01", "--dataset", kSmall, "--size", "800x600", "--dpi", "150", "--out", path });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(800, 600));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
    QVERIFY(image.text(QStringLiteral("Title")).contains(QStringLiteral("1 Jan 1960")));
}

void tst_Export::svgIsXmlWithTitleAndChinese()
{
    const QString path = mDir.filePath(QStringLiteral("fig.svg"));
    const Run r = run({ "--view", "figure", "--at", "2010-01-01", "--dataset", kSmall, "--lang", "zh_CN", "--title", "Test title", "--out", path });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(f.readAll());
    QDomDocument doc;
    QVERIFY(doc.setContent(svg));
    QVERIFY(svg.contains(QStringLiteral("Test title")));
    QVERIFY2(svg.contains(QStringLiteral("日本")), "dataset names in Chinese are text in the SVG");
}

void tst_Export::pdfTextHasTitleAndChinese()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = mDir.filePath(QStringLiteral("fig.pdf"));
    const Run r = run({ "--view", "figure", "--at", "2010-01-01", "--dataset", kSmall, "--lang", "zh_CN", "--title", "Report title", "--out", path });
    QCOMPARE(r.code, 0);
    QProcess p;
    p.start(pdftotext, { path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished());
    // As extracted, no normalisation: 日, not the Kangxi radical ⽇ (U+2F47) that shares its glyph.
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Report title")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("日本")), qPrintable(text));
}

void tst_Export::everyViewExports_data()
{
    QTest::addColumn<QString>("view");
    for (const char *v : { "map", "timeline", "typology", "network", "figure" })
        QTest::newRow(v) << QString::fromLatin1(v);
}

void tst_Export::everyViewExports()
{
    QFETCH(QString, view);
    const QString path = mDir.filePath(view + QStringLiteral(".png"));
    const Run r = run({ "--view", view, "--at", "2018-01-01", "--dataset", kSmall, "--size", "slide", "--dpi", "96", "--out", path });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    const QImage image(path);
    QCOMPARE(image.size(), QSize(1920, 1080));
    // Something was drawn beyond the white page: count non-white pixels on a coarse grid.
    int inked = 0;
    for (int y = 0; y < image.height(); y += 20)
        for (int x = 0; x < image.width(); x += 20)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
}

void tst_Export::frames()
{
    QTemporaryDir dir;
    const Run r = run({ "--view", "map", "--from", "1950-01-01", "--to", "1953-06-01", "--step", "1y", "--dataset", kSmall,
                        "--size", "320x200", "--dpi", "72", "--out", dir.path(), "--verbose" });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, QStringList({ "frame-0001.png", "frame-0002.png", "frame-0003.png", "frame-0004.png" }));
    QVERIFY(r.out.contains(QStringLiteral("frame-0004.png (1953-01-01)")));
    QVERIFY(QImage(dir.filePath(files[2])).text(QStringLiteral("Title")).contains(QStringLiteral("1952")));
}

void tst_Export::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/atlas-export-test-never.png");
    QTest::newRow("unknown view") << QStringList { "--view", "globe", "--at", "2000-01-01", "--out", out }
                                  << "alliance-atlas export: unknown view \"globe\" (expected map, timeline, typology, network, figure or compare)\n";
    QTest::newRow("bad date") << QStringList { "--view", "map", "--at", "2000-13-01", "--out", out }
                              << "alliance-atlas export: invalid date \"2000-13-01\" (expected YYYY-MM-DD)\n";
    QTest::newRow("missing directory") << QStringList { "--view", "map", "--at", "2000-01-01", "--dataset", kSmall, "--out", "/nonexistent-dir/f.png" }
                                       << "alliance-atlas export: the directory /nonexistent-dir does not exist\n";
    QTest::newRow("frames into missing directory")
        << QStringList { "--view", "map", "--from", "2000", "--to", "2001", "--out", "/nonexistent-dir" }
        << "alliance-atlas export: the output directory /nonexistent-dir does not exist\n";
    QTest::newRow("unknown format") << QStringList { "--view", "map", "--at", "2000-01-01", "--out", "/tmp/x.gif" }
                                    << "alliance-atlas export: cannot tell the format of \"/tmp/x.gif\": use --format png|svg|pdf\n";
    QTest::newRow("bad size") << QStringList { "--view", "map", "--at", "2000-01-01", "--size", "huge", "--out", out }
                              << "alliance-atlas export: invalid --size \"huge\"\n";
    QTest::newRow("bad dpi") << QStringList { "--view", "map", "--at", "2000-01-01", "--dpi", "0", "--out", out }
                             << "alliance-atlas export: invalid --dpi \"0\" (expected 30 to 1200)\n";
    QTest::newRow("both at and from") << QStringList { "--view", "map", "--at", "2000-01-01", "--from", "2000", "--to", "2001", "--out", out }
                                      << "alliance-atlas export: give either --at DATE or --from DATE --to DATE\n";
    QTest::newRow("to before from") << QStringList { "--view", "map", "--from", "2001", "--to", "2000", "--out", "/tmp" }
                                    << "alliance-atlas export: --to is before --from\n";
    QTest::newRow("bad step") << QStringList { "--view", "map", "--from", "2000", "--to", "2001", "--step", "1w", "--out", "/tmp" }
                              << "alliance-atlas export: invalid --step \"1w\" (expected 1y or 1m)\n";
    QTest::newRow("bad language") << QStringList { "--view", "map", "--at", "2000-01-01", "--lang", "fr", "--out", out }
                                  << "alliance-atlas export: unknown language \"fr\" (expected en or zh_CN)\n";
    QTest::newRow("no view") << QStringList { "--at", "2000-01-01", "--out", out }
                             << "alliance-atlas export: --view is required (map, timeline, typology, network, figure or compare)\n";
}

void tst_Export::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QVERIFY(r.code != 0);
    QCOMPARE(r.err, message);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/atlas-export-test-never.png")));
}

void tst_Export::failedExportKeepsExistingFile()
{
    const QString path = mDir.filePath(QStringLiteral("existing.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const Run r = run({ "--view", "map", "--at", "2000-01-01", "--dataset", QStringLiteral(ATLAS_TEST_DATA_DIR "/broken/unknown-actor.json"), "--out", path });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("unknown actor \"XXX\"")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
}

QTEST_MAIN(tst_Export)
#include "tst_export.moc"
