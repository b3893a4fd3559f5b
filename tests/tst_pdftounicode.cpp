// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese text in a PDF written by Qt extracts as the characters written (not as Kangxi radicals), and
// the repaired file is still a well-formed PDF (poppler reads it without a syntax error).
#include "models/i18n/language.h"
#include "models/io/pdftounicode.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

const QString kText = QStringLiteral("日本 9月15日 大韩民国 美国 北大西洋公约组织");

QByteArray chinesePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    QPainter painter(&pdf);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSize(20);
    painter.setFont(font);
    painter.drawText(200, 800, kText);
    painter.drawText(200, 1600, QStringLiteral("US–Japan alliance"));
    painter.end();
    return buffer.data();
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(30000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

bool hasRadical(const QString &text)
{
    for (const char32_t c : text.toUcs4())
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF))
            return true;
    return false;
}

} // namespace

class TestPdfToUnicode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: packaging/install-deps.sh installs it");
    }

    void extractsIdeographs()
    {
        QTemporaryDir dir;
        const QByteArray original = chinesePdf();
        const QByteArray repaired = PdfToUnicode::repair(original);
        const QString path = dir.filePath(QStringLiteral("figure.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(repaired);
        file.close();

        const Run text = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.isEmpty(), qPrintable(text.err)); // no syntax error: the xref table is right
        QVERIFY2(text.out.contains(QStringLiteral("日本")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("9月15日")));
        QVERIFY(text.out.contains(QStringLiteral("大韩民国")));
        QVERIFY2(text.out.contains(QStringLiteral("US–Japan alliance")), qPrintable(text.out));
        QVERIFY2(!hasRadical(text.out), qPrintable(text.out));

        const Run info = run(QStringLiteral("pdfinfo"), { path });
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.err.isEmpty(), qPrintable(info.err));
    }

    // English figures in the application's font with the Chinese fallback: digits and brackets stay in
    // the text layer (a CJK font for Latin text loses them from the ToUnicode map).
    void englishDigitsExtract()
    {
        Languages::preferSimplifiedChineseGlyphs();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            QFont font;
            font.setPointSize(20);
            painter.setFont(font);
            painter.drawText(200, 800, QStringLiteral("Ties in force on 15 Sep 2021 [1]; Leeds et al. 2002 [2]"));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("english.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PdfToUnicode::repair(buffer.data()));
        file.close();
        const Run text = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("15 Sep 2021 [1]; Leeds et al. 2002 [2]")), qPrintable(text.out));
    }

    void leavesOtherPdfsAlone()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            painter.drawText(200, 800, QStringLiteral("Hub and spokes"));
        }
        QCOMPARE(PdfToUnicode::repair(buffer.data()), buffer.data());
        QCOMPARE(PdfToUnicode::repair(QByteArray("not a pdf")), QByteArray("not a pdf"));
        QCOMPARE(PdfToUnicode::repair(QByteArray()), QByteArray());
    }
};

QTEST_MAIN(TestPdfToUnicode)
#include "tst_pdftounicode.moc"
