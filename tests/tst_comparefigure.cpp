// SPDX-License-Identifier: GPL-3.0-or-later
// `alliance-atlas export --view compare`: the compare map's key has an entry per kind of change
// present (and only those), the ended ties are drawn and the proposals are not, the caption names
// both dates and the sources; PNG, SVG and PDF are written; the errors.
#include "clirun.h"
#include "models/domain/dataset.h"
#include "models/i18n/language.h"
#include "models/io/datasetreader.h"
#include "models/query/datecomparison.h"
#include "models/text/figurecaption.h"

#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {
using Run = test::CliRun;

Run run(const QStringList &args)
{
    return test::runCli(args, QStringLiteral("export"));
}

const QString kSmall = QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json");
} // namespace

class tst_CompareFigure : public QObject
{
    Q_OBJECT

private slots:
    void keyHasAnEntryPerChange_data();
    void keyHasAnEntryPerChange();
    void endedTiesDrawnProposalsNot();
    void captionNamesDatesAndSources();
    void everyFormat_data();
    void everyFormat();
    void errors_data();
    void errors();

private:
    QJsonObject layout(const QStringList &args);
    QTemporaryDir mDir;
};

QJsonObject tst_CompareFigure::layout(const QStringList &args)
{
    const QString json = mDir.filePath(QStringLiteral("layout.json"));
    QFile::remove(json);
    const Run r = run(QStringList { "--view", "compare", "--size", "1366x768", "--dpi", "96", "--out", mDir.filePath("c.png"),
                                    "--layout-report", json }
                      + args);
    if (r.code != 0)
        qWarning() << r.err;
    QFile f(json);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void tst_CompareFigure::keyHasAnEntryPerChange_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    // us-jpn ended, the Quad and JPN-AUS added, ANZUS unchanged.
    QTest::newRow("small 1955-2025") << QStringList { "--from", "1955-01-01", "--to", "2025-06-01", "--dataset", kSmall }
                                     << QStringList { "Added (2)", "Ended (1)", "Continuing (1)" }
                                     << QStringList { "Membership or status changed" };
    // Only the Quad's status changed.
    QTest::newRow("small 2007-2010") << QStringList { "--from", "2007-06-01", "--to", "2010-01-01", "--dataset", kSmall }
                                     << QStringList { "Membership or status changed (1)", "Continuing (2)" }
                                     << QStringList { "Added", "Ended" };
    QTest::newRow("built-in 1975-2024") << QStringList { "--from", "1975-01-01", "--to", "2024-12-31" }
                                        << QStringList { "Added (", "Ended (", "Membership or status changed (", "Continuing (",
                                                         "Role changed (ringed)" }
                                        << QStringList {};
}

void tst_CompareFigure::keyHasAnEntryPerChange()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QJsonObject report = layout(args);
    QVERIFY(report.value("regions").toObject().contains("legend"));
    QStringList legend;
    for (const QJsonValue &label : report.value("labels").toArray())
        if (label.toObject().value("kind").toString() == "legend")
            legend.append(label.toObject().value("text").toString());
    const auto has = [&](const QString &start) {
        return std::any_of(legend.cbegin(), legend.cend(), [&](const QString &text) { return text.startsWith(start); });
    };
    for (const QString &entry : present)
        QVERIFY2(has(entry), qPrintable(entry + " in " + legend.join(" | ")));
    for (const QString &entry : absent)
        QVERIFY2(!has(entry), qPrintable(entry + " in " + legend.join(" | ")));
    // The compare key replaces the ties' legend.
    QVERIFY(!has("Ties in force"));
    QVERIFY(has("Ties, "));
}

void tst_CompareFigure::endedTiesDrawnProposalsNot()
{
    const QJsonObject report = layout({ "--from", "1975-01-01", "--to", "2024-12-31" });
    QStringList ties;
    for (const QJsonValue &tie : report.value("ties").toArray())
        ties.append(tie.toObject().value("id").toString());
    QVERIFY(ties.contains("seato"));      // ended: drawn where it was in 1975
    QVERIFY(ties.contains("us-twn-1954"));
    QVERIFY(ties.contains("aukus"));      // added
    QVERIFY(ties.contains("nato"));       // continuing, members joined
    QVERIFY(!ties.contains("aukus-plus")); // a proposal in 2024: listed apart, not drawn
}

void tst_CompareFigure::captionNamesDatesAndSources()
{
    LoadResult loaded = DatasetReader::readFile(QStringLiteral(":/atlas/dataset/alliance-atlas.json"));
    QVERIFY(loaded.dataset);
    const Dataset &d = *loaded.dataset;
    const DateComparison c = DateComparison::compare(d, QDate(1975, 1, 1), QDate(2024, 12, 31));
    const QString caption = FigureCaption::compare(d, c, {}, Language::English);
    QVERIFY2(caption.contains("1 Jan 1975") && caption.contains("31 Dec 2024"), qPrintable(caption));
    QVERIFY2(caption.contains(QStringLiteral("%1 added, %2 ended").arg(c.added.size()).arg(c.ended.size())), qPrintable(caption));
    // The sources cited are those of the ties that changed, not of every tie in force.
    QList<int> changed = c.added + c.ended;
    for (const TieChange &change : c.changed)
        changed.append(change.tie);
    const QList<const Source *> sources = FigureCaption::referencesOf(d, changed);
    QVERIFY(!sources.isEmpty());
    QVERIFY2(caption.contains("Sources: " + FigureCaption::shortCitation(*sources.first(), Language::English) + " [1]"), qPrintable(caption));
    const DateComparison nothing = DateComparison::compare(d, QDate(2000, 1, 1), QDate(2000, 1, 1));
    QVERIFY(!FigureCaption::compare(d, nothing, {}, Language::English).contains("Sources:"));
}

void tst_CompareFigure::everyFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("png") << "compare.png";
    QTest::newRow("svg") << "compare.svg";
    QTest::newRow("pdf") << "compare.pdf";
}

void tst_CompareFigure::everyFormat()
{
    QFETCH(QString, name);
    const QString path = mDir.filePath(name);
    const Run r = run({ "--view", "compare", "--from", "1975-01-01", "--to", "2024-12-31", "--lang", "zh_CN", "--dpi", "96", "--out", path });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.code, 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 1000);
    if (name.endsWith(".png")) {
        const QImage image = QImage::fromData(bytes);
        QVERIFY(!image.isNull());
        // The three colours of change are on the figure.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                colours.insert(image.pixel(x, y) & 0xFFFFFF);
        for (QRgb colour : { QRgb(0x0072B2), QRgb(0xD55E00), QRgb(0x009E73) })
            QVERIFY2(colours.contains(colour), qPrintable(QString::number(colour, 16)));
    } else if (name.endsWith(".svg")) {
        QDomDocument doc;
        QVERIFY(doc.setContent(bytes));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("东南亚条约组织"))); // SEATO, ended, named in Chinese
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            return;
        QProcess p;
        p.start(pdftotext, { path, QStringLiteral("-") });
        QVERIFY(p.waitForFinished());
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        // The key's dates (pdftotext loses some digits next to CJK), the ended US-ROC treaty named.
        QVERIFY2(text.contains(QStringLiteral("→ 2024年12月31日")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("美台条约")), qPrintable(text));
    }
}

void tst_CompareFigure::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/tmp/atlas-compare-test-never.png");
    QTest::newRow("reversed") << QStringList { "--from", "2024-01-01", "--to", "1975-01-01", "--out", out } << 1
                              << "alliance-atlas export: the first date 2024-01-01 is after the second date 1975-01-01\n";
    QTest::newRow("one date") << QStringList { "--from", "1975-01-01", "--out", out } << 2
                              << "alliance-atlas export: --view compare needs --from DATE and --to DATE\n";
    QTest::newRow("step") << QStringList { "--from", "1975", "--to", "2024", "--step", "1y", "--out", out } << 2
                          << "alliance-atlas export: --view compare makes one figure: --step does not apply\n";
    QTest::newRow("at") << QStringList { "--at", "1975-01-01", "--out", out } << 2
                        << "alliance-atlas export: --view compare needs --from DATE and --to DATE\n";
}

void tst_CompareFigure::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    Languages::install(Language::English); // an export in Chinese before installed its translator
    const Run r = run(QStringList { "--view", "compare" } + args);
    QCOMPARE(r.err, message);
    QCOMPARE(r.code, code);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/atlas-compare-test-never.png")));
}

QTEST_MAIN(tst_CompareFigure)
#include "tst_comparefigure.moc"
