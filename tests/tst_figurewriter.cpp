// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/datasetreader.h"
#include "models/text/figurecaption.h"
#include "models/io/figurewriter.h"
#include "models/query/snapshot.h"

#include <QDomDocument>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {
void paintSample(QPainter &p, const QRectF &r)
{
    p.fillRect(r, QColor(0xF4, 0xF8, 0xFB));
    p.setPen(Qt::black);
    QFont f = p.font();
    f.setPointSizeF(24);
    p.setFont(f);
    p.drawText(r, Qt::AlignCenter, QStringLiteral("Alliance 联盟图谱"));
    p.fillRect(QRectF(0, 0, r.width() / 2, r.height() / 2), QColor(0x00, 0x72, 0xB2));
}
} // namespace

class tst_FigureWriter : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void pngHasDimensionsAndDpi();
    void svgIsXmlWithText();
    void svgTitleIsEscaped_data();
    void svgTitleIsEscaped();
    void pdfHasTextAndChinese();
    void errorsLeaveNoFile_data();
    void errorsLeaveNoFile();
    void failedExportKeepsExistingFile();
    void caption();

private:
    QTemporaryDir mDir;
};

void tst_FigureWriter::sizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels"); // invalid: rejected
    QTest::newRow("a4 landscape 300") << "a4-landscape" << 300 << QSize(3508, 2480);
    QTest::newRow("a4 portrait 300") << "a4-portrait" << 300 << QSize(2480, 3508);
    QTest::newRow("letter landscape 100") << "letter-landscape" << 100 << QSize(1100, 850);
    QTest::newRow("slide") << "slide" << 96 << QSize(1920, 1080);
    QTest::newRow("custom") << "800x600" << 150 << QSize(800, 600);
    QTest::newRow("garbage") << "huge" << 300 << QSize();
    QTest::newRow("zero") << "0x10" << 300 << QSize();
    QTest::newRow("too big") << "90000x10" << 300 << QSize();
}

void tst_FigureWriter::sizes()
{
    QFETCH(QString, text);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    const auto size = FigurePage::parseSize(text, dpi);
    QCOMPARE(size.has_value(), pixels.isValid());
    if (!size)
        return;
    FigurePage page;
    page.sizePoints = *size;
    page.dpi = dpi;
    QCOMPARE(page.pixelSize(), pixels);
}

void tst_FigureWriter::pngHasDimensionsAndDpi()
{
    FigurePage page;
    page.sizePoints = *FigurePage::parseSize(QStringLiteral("a4-landscape"), 150);
    page.dpi = 150;
    const QString path = mDir.filePath(QStringLiteral("f.png"));
    QCOMPARE(FigureWriter::write(path, page, QStringLiteral("Title"), paintSample), QString());
    QImage image(path);
    QCOMPARE(image.size(), QSize(1754, 1240));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
    // The painting was scaled from points to pixels: the blue quarter covers the top-left quarter.
    QCOMPARE(image.pixelColor(10, 10), QColor(0x00, 0x72, 0xB2));
    QCOMPARE(image.pixelColor(1740, 1230), QColor(0xF4, 0xF8, 0xFB));
    QCOMPARE(image.text(QStringLiteral("Title")), QStringLiteral("Title"));
}

void tst_FigureWriter::svgIsXmlWithText()
{
    FigurePage page;
    page.format = FigurePage::Format::Svg;
    const QString path = mDir.filePath(QStringLiteral("f.svg"));
    QCOMPARE(FigureWriter::write(path, page, QStringLiteral("My title"), paintSample), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray svg = f.readAll();
    QDomDocument doc;
    QVERIFY(doc.setContent(svg));
    QCOMPARE(doc.documentElement().tagName(), QStringLiteral("svg"));
    QVERIFY(svg.contains("<title>My title</title>"));
    QVERIFY(QString::fromUtf8(svg).contains(QStringLiteral("联盟图谱")));
}

void tst_FigureWriter::svgTitleIsEscaped_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected"); // the <title> text an XML parser reads back
    QTest::newRow("ampersand and angle brackets") << "US & Japan <2023>" << "US & Japan <2023>";
    QTest::newRow("closing tag and script") << "</title><script>alert(1)</script>" << "</title><script>alert(1)</script>";
    QTest::newRow("quotes") << "\"a\" 'b'" << "\"a\" 'b'";
    QTest::newRow("control characters dropped") << QString("A\x01" "B\x1b" "[31mC") << "AB[31mC";
}

void tst_FigureWriter::svgTitleIsEscaped()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    FigurePage page;
    page.format = FigurePage::Format::Svg;
    page.sizePoints = QSizeF(200, 100);
    const QString path = mDir.filePath(QStringLiteral("title.svg"));
    QCOMPARE(FigureWriter::write(path, page, title, paintSample), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QDomDocument doc;
    QString error;
    QVERIFY2(doc.setContent(f.readAll(), &error), qPrintable(error));
    QCOMPARE(doc.documentElement().firstChildElement(QStringLiteral("title")).text(), expected);
    QVERIFY(doc.elementsByTagName(QStringLiteral("script")).isEmpty());
}

void tst_FigureWriter::pdfHasTextAndChinese()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    FigurePage page;
    page.format = FigurePage::Format::Pdf;
    const QString path = mDir.filePath(QStringLiteral("f.pdf"));
    QCOMPARE(FigureWriter::write(path, page, QStringLiteral("T"), paintSample), QString());
    QProcess p;
    p.start(pdftotext, { path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished());
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("Alliance")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("联盟图谱")), qPrintable(text)); // the CJK font was embedded
}

void tst_FigureWriter::errorsLeaveNoFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing directory") << "/nonexistent-dir/x.png" << "the directory /nonexistent-dir does not exist";
    QTest::newRow("a directory") << "/tmp" << "/tmp is a directory";
    QTest::newRow("empty") << "" << "no output file given";
}

void tst_FigureWriter::errorsLeaveNoFile()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QCOMPARE(FigureWriter::write(path, FigurePage(), QString(), paintSample), message);
    if (!path.isEmpty() && path != u"/tmp")
        QVERIFY(!QFile::exists(path));
}

void tst_FigureWriter::failedExportKeepsExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old figure");
    }
    FigurePage page;
    page.sizePoints = QSizeF(1e7, 1e7); // far too large to allocate
    QVERIFY(!FigureWriter::write(path, page, QString(), paintSample).isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old figure"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
}

void tst_FigureWriter::caption()
{
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(r.dataset);
    const Snapshot s = takeSnapshot(*r.dataset, QDate(2010, 1, 1), { QStringLiteral("IND") });
    const QString caption = FigureCaption::build(*r.dataset, s, { QStringLiteral("IND") }, QString(), Language::English);
    QCOMPARE(caption, QStringLiteral("Ties in force on 1 Jan 2010. Hidden: India. Sources: Li 2024 [1]. Made with Alliance Atlas."));
    QCOMPARE(FigureCaption::shortCitation(*r.dataset->source(QStringLiteral("src")), Language::Chinese), QStringLiteral("李德杰 2024"));
}

QTEST_MAIN(tst_FigureWriter)
#include "tst_figurewriter.moc"
