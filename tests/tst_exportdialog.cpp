// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/atlasdocument.h"
#include "models/io/datasetreader.h"
#include "models/query/timecontroller.h"
#include "models/i18n/translator.h"
#include "ui/exportdialog.h"
#include "ui/languageswitcher.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

/// Counts the LanguageChange events the application delivers (to itself or any widget): installing or
/// removing a translator sends them.
class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportsWhatTheControlsSay();
    void chineseFigureLeavesTheUiInEnglish();
    void chineseExportInstallsNoTranslator();
    void englishExportFromAChineseWindow();
    void translatorReadsTheCatalogue();
    void failureIsReportedAndKeepsTheFile();
    void copyFigureImage();
    void highlightOnlyWhenChecked();

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

void tst_ExportDialog::chineseExportInstallsNoTranslator()
{
    ExportDialog dialog(mDocument.get(), FigureView::Typology, Viewport(), QStringLiteral("li2024"));
    dialog.show();
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("exportLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"))->setCurrentIndex(1); // SVG
    LanguageChangeCounter counter;
    qApp->installEventFilter(&counter);
    const QString path = mDir.filePath(QStringLiteral("typology-zh.svg"));
    QCOMPARE(dialog.exportTo(path), QString());
    QCoreApplication::processEvents();
    qApp->removeEventFilter(&counter);
    QCOMPARE(counter.count, 0); // no translator was installed or removed, no widget retranslated
    const QString svg = readAll(path);
    QVERIFY(svg.contains(QStringLiteral("来源"))); // the renderer's own words, through the scene's translator
    QVERIFY(svg.contains(QStringLiteral("四国机制"))); // the dataset's names in the figure's language
    QVERIFY(!svg.contains(QStringLiteral("Source:")));
    // The application still speaks English.
    QCOMPARE(QCoreApplication::translate("TypologyMatrixRenderer", "Source: %1"), QStringLiteral("Source: %1"));
    QCOMPARE(mDocument->language(), Language::English);
}

void tst_ExportDialog::englishExportFromAChineseWindow()
{
    QVERIFY(LanguageSwitcher::apply(Language::Chinese));
    mDocument->setLanguage(Language::Chinese);
    QCoreApplication::processEvents();
    ExportDialog dialog(mDocument.get(), FigureView::Typology, Viewport(), QStringLiteral("li2024"));
    dialog.show();
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("exportLanguage"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"))->setCurrentIndex(1); // SVG
    LanguageChangeCounter counter;
    qApp->installEventFilter(&counter);
    const QString path = mDir.filePath(QStringLiteral("typology-en.svg"));
    const QString error = dialog.exportTo(path);
    QCoreApplication::processEvents();
    qApp->removeEventFilter(&counter);
    const QString stillChinese = QCoreApplication::translate("TypologyMatrixRenderer", "Source: %1");
    LanguageSwitcher::apply(Language::English);
    QCOMPARE(error, QString());
    QCOMPARE(counter.count, 0);
    QCOMPARE(stillChinese, QStringLiteral("来源：%1"));
    const QString svg = readAll(path);
    QVERIFY(svg.contains(QStringLiteral("Source:")));
    QVERIFY(!svg.contains(QStringLiteral("来源")));
}

void tst_ExportDialog::translatorReadsTheCatalogue()
{
    const Translator chinese(Language::Chinese);
    QVERIFY(chinese.isLoaded());
    QCOMPARE(chinese.translate("FigureRenderer", "Typology of minilateral security cooperation, %1"),
             QStringLiteral("小多边安全合作类型学，%1"));
    QCOMPARE(chinese.translate("TypologyMatrixRenderer", "+%n more", nullptr, 4), QStringLiteral("另有4项"));
    QCOMPARE(chinese.translate("FigureRenderer", "no such text"), QStringLiteral("no such text"));
    // Loading it installed nothing.
    QCOMPARE(QCoreApplication::translate("FigureRenderer", "Typology of minilateral security cooperation, %1"),
             QStringLiteral("Typology of minilateral security cooperation, %1"));
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

void tst_ExportDialog::highlightOnlyWhenChecked()
{
    const auto exported = [this](bool selected, bool checked) {
        mDocument->setSelection(selected ? Selection { Selection::Kind::Tie, QStringLiteral("anzus") } : Selection());
        ExportDialog dialog(mDocument.get(), FigureView::Map, Viewport(), QStringLiteral("li2024"));
        auto *highlight = dialog.findChild<QCheckBox *>(QStringLiteral("exportHighlight"));
        auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("exportDpi"));
        if (!highlight || !dpi || highlight->isChecked())
            return QImage(); // the option exists and is off by default
        highlight->setChecked(checked);
        dpi->setValue(72);
        const QString path = mDir.filePath(QStringLiteral("highlight.png"));
        return dialog.exportTo(path).isEmpty() ? QImage(path) : QImage();
    };
    const QImage plain = exported(false, false);
    QVERIFY(!plain.isNull());
    QCOMPARE(exported(true, false), plain);
    QVERIFY(exported(true, true) != plain);
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
