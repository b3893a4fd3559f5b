// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "ui/exportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportsWhatTheControlsSay();
    void chineseFigureLeavesTheUiInEnglish();
    void failureIsReportedAndKeepsTheFile();
    void copyFigureImage();

private:
    std::unique_ptr<AtlasDocument> mDocument;
    QTemporaryDir mDir;
};

void tst_ExportDialog::init()
{
    mDocument = std::make_unique<AtlasDocument>();
    LoadResult r = DatasetReader::readFile(QStringLiteral(ATLAS_TEST_DATA_DIR "/valid/small.json"));
    QVERIFY(r.dataset);
    mDocument->setDataset(std::move(*r.dataset));
    mDocument->time()->setDate(QDate(2010, 1, 1));
}

void tst_ExportDialog::exportsWhatTheControlsSay()
{
    ExportDialog dialog(mDocument.get(), FigureView::Map, Viewport(), QStringLiteral("li2024"));
    auto *size = dialog.findChild<QComboBox *>(QStringLiteral("exportSize"));
    auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("exportDpi"));
    auto *caption = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportCaption"));
    auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("exportTitle"));
    QVERIFY(size && dpi && caption && title);
    // The generated caption names the date and the sources; the title the date.
    QVERIFY(caption->toPlainText().contains(QStringLiteral("1 Jan 2010")));
    QVERIFY(caption->toPlainText().contains(QStringLiteral("Li 2024")));
    QVERIFY(title->text().contains(QStringLiteral("2010")));
    size->setCurrentIndex(size->findData(QStringLiteral("a4-portrait")));
    dpi->setValue(72);
    const QString path = mDir.filePath(QStringLiteral("map.png"));
    QCOMPARE(dialog.exportTo(path), QString());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(595, 842));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 72);
}

void tst_ExportDialog::chineseFigureLeavesTheUiInEnglish()
{
    ExportDialog dialog(mDocument.get(), FigureView::Typology, Viewport(), QStringLiteral("li2024"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("exportLanguage"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    format->setCurrentIndex(1); // SVG
    QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportCaption"))->toPlainText().contains(QStringLiteral("李德杰")));
    const QString path = mDir.filePath(QStringLiteral("typology.svg"));
    QCOMPARE(dialog.exportTo(path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("四国机制")));
    QCOMPARE(mDocument->language(), Language::English); // the document's language is untouched
}

void tst_ExportDialog::failureIsReportedAndKeepsTheFile()
{
    ExportDialog dialog(mDocument.get(), FigureView::Map, Viewport(), QStringLiteral("li2024"));
    QCOMPARE(dialog.exportTo(QStringLiteral("/nonexistent-dir/x.png")), QStringLiteral("the directory /nonexistent-dir does not exist"));
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/x.png")));
}

void tst_ExportDialog::copyFigureImage()
{
    const QImage image = ExportDialog::renderImage(*mDocument, FigureView::Map, Viewport(), QStringLiteral("li2024"), QSize(640, 360));
    QCOMPARE(image.size(), QSize(640, 360));
    QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255)); // the figure's white margin
    int inked = 0;
    for (int y = 0; y < 360; y += 8)
        for (int x = 0; x < 640; x += 8)
            inked += image.pixel(x, y) != qRgb(255, 255, 255);
    QVERIFY(inked > 500);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
