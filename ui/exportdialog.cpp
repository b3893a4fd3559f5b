// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include "models/query/atlasdocument.h"
#include "models/text/figurecaption.h"
#include "models/render/scene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace atlas {

namespace {

const char *const kSizes[] = { "a4-landscape", "a4-portrait", "letter-landscape", "letter-portrait", "slide" };

} // namespace

ExportDialog::ExportDialog(AtlasDocument *document, FigureView view, const Viewport &viewport, const QString &scheme, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mViewport(viewport)
    , mScheme(scheme)
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *form = new QFormLayout;
    const auto row = [&](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        mLabels.append(label);
        form->addRow(label, field);
    };
    mView = new QComboBox(this);
    mView->setObjectName(QStringLiteral("exportView"));
    for (int i = 0; i < 5; ++i)
        mView->addItem(QString(), i);
    mView->setCurrentIndex(static_cast<int>(view));
    row(mView);
    mFormat = new QComboBox(this);
    mFormat->setObjectName(QStringLiteral("exportFormat"));
    mFormat->addItems({ QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF") });
    row(mFormat);
    mSize = new QComboBox(this);
    mSize->setObjectName(QStringLiteral("exportSize"));
    for (const char *s : kSizes)
        mSize->addItem(QString(), QString::fromLatin1(s));
    mSize->addItem(QString(), QStringLiteral("custom"));
    row(mSize);
    auto *custom = new QWidget(this);
    auto *customLayout = new QHBoxLayout(custom);
    customLayout->setContentsMargins(0, 0, 0, 0);
    mWidth = new QSpinBox(custom);
    mHeight = new QSpinBox(custom);
    for (QSpinBox *box : { mWidth, mHeight }) {
        box->setRange(64, 20000);
        box->setSuffix(QStringLiteral(" px"));
        customLayout->addWidget(box);
    }
    mWidth->setValue(1920);
    mHeight->setValue(1080);
    row(custom);
    mDpi = new QSpinBox(this);
    mDpi->setObjectName(QStringLiteral("exportDpi"));
    mDpi->setRange(30, 1200);
    mDpi->setValue(300);
    row(mDpi);
    mLanguage = new QComboBox(this);
    mLanguage->setObjectName(QStringLiteral("exportLanguage"));
    mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    mLanguage->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    mLanguage->setCurrentIndex(document->language() == Language::Chinese ? 1 : 0);
    row(mLanguage);
    mTitle = new QLineEdit(this);
    mTitle->setObjectName(QStringLiteral("exportTitle"));
    row(mTitle);
    mCaption = new QPlainTextEdit(this);
    mCaption->setObjectName(QStringLiteral("exportCaption"));
    mCaption->setFixedHeight(90);
    row(mCaption);
    mHighlight = new QCheckBox(this);
    mHighlight->setObjectName(QStringLiteral("exportHighlight"));
    mHighlight->setChecked(false); // a figure shows the selection only when asked
    form->addRow(mHighlight);
    auto *pathRow = new QWidget(this);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    mPath = new QLineEdit(pathRow);
    mPath->setObjectName(QStringLiteral("exportPath"));
    auto *browse = new QPushButton(pathRow);
    browse->setObjectName(QStringLiteral("exportBrowse"));
    pathLayout->addWidget(mPath, 1);
    pathLayout->addWidget(browse);
    row(pathRow);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("exportStatus"));
    mStatus->setTextFormat(Qt::PlainText);
    mStatus->setWordWrap(true);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mStatus);
    layout->addWidget(mButtons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(mSize, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeControls);
    connect(mFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeControls);
    connect(mLanguage, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerateTexts);
    connect(mView, &QComboBox::currentIndexChanged, this, &ExportDialog::regenerateTexts);
    connect(mFormat, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString suffix = mFormat->itemText(index).toLower();
        if (!mPath->text().isEmpty())
            mPath->setText(QFileInfo(mPath->text()).path() + u'/' + QFileInfo(mPath->text()).completeBaseName() + u'.' + suffix);
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mButtons, &QDialogButtonBox::accepted, this, [this] {
        if (mPath->text().isEmpty())
            chooseFile();
        if (mPath->text().isEmpty())
            return;
        const QString error = exportTo(mPath->text());
        if (error.isEmpty())
            accept();
        else
            mStatus->setText(tr("Export failed: %1").arg(error));
    });
    retranslateUi();
    regenerateTexts();
    updateSizeControls();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Figure"));
    const QStringList labels { tr("&View:"), tr("&Format:"), tr("&Size:"), tr("Custom size:"), tr("&Resolution (dpi):"),
                               tr("&Language:"), tr("&Title:"), tr("&Caption:"), tr("F&ile:") };
    for (int i = 0; i < mLabels.size() && i < labels.size(); ++i)
        mLabels[i]->setText(labels[i]);
    const QStringList views { tr("Map"), tr("Timeline"), tr("Typology matrix"), tr("Network"), tr("Report figure (map, timeline, legend, caption)") };
    for (int i = 0; i < views.size(); ++i)
        mView->setItemText(i, views[i]);
    const QStringList sizes { tr("A4 landscape"), tr("A4 portrait"), tr("Letter landscape"), tr("Letter portrait"),
                              tr("Slide 16:9 (1920×1080)"), tr("Custom (pixels)") };
    for (int i = 0; i < sizes.size(); ++i)
        mSize->setItemText(i, sizes[i]);
    mHighlight->setText(tr("&Highlight the selection"));
    mHighlight->setToolTip(tr("Draw the selected tie highlighted in the figure"));
    if (auto *browse = findChild<QPushButton *>(QStringLiteral("exportBrowse")))
        browse->setText(tr("&Browse…"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::regenerateTexts()
{
    // The generated title and caption follow the figure's language (a title the user typed stays).
    Scene scene = Scene::fromDocument(*mDocument);
    scene.setLanguage(figureLanguage());
    if (!mTitle->isModified())
        mTitle->setText(FigureRenderer::defaultTitle(static_cast<FigureView>(mView->currentData().toInt()), scene));
    mCaption->setPlainText(FigureCaption::build(*scene.dataset, scene.snapshot, scene.hidden, QString(), scene.language,
                                                scene.translator.get()));
}

void ExportDialog::updateSizeControls()
{
    const bool custom = mSize->currentData().toString() == u"custom";
    mWidth->setEnabled(custom);
    mHeight->setEnabled(custom);
    mDpi->setEnabled(mFormat->currentIndex() == 0);
}

void ExportDialog::chooseFile()
{
    const QString suffix = mFormat->currentText().toLower();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Figure"), mPath->text(),
                                                      tr("%1 files (*.%2)").arg(mFormat->currentText(), suffix));
    if (!path.isEmpty())
        mPath->setText(QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path);
}

FigurePage ExportDialog::page() const
{
    FigurePage page;
    page.format = static_cast<FigurePage::Format>(mFormat->currentIndex());
    page.dpi = page.format == FigurePage::Format::Png ? mDpi->value() : 72;
    const QString size = mSize->currentData().toString();
    const auto points = size == u"custom" ? FigurePage::parseSize(QStringLiteral("%1x%2").arg(mWidth->value()).arg(mHeight->value()), page.dpi)
                                          : FigurePage::parseSize(size, page.dpi);
    page.sizePoints = points.value_or(QSizeF(842, 595));
    return page;
}

Language ExportDialog::figureLanguage() const
{
    return mLanguage->currentData().toString() == u"zh_CN" ? Language::Chinese : Language::English;
}

QString ExportDialog::exportTo(const QString &path)
{
    // The figure's own scene: the document's state in the chosen language, translated through the
    // scene's translator. Neither the document nor the application's translators change.
    Scene scene = Scene::fromDocument(*mDocument);
    scene.scheme = mScheme;
    scene.setLanguage(figureLanguage());
    FigureOptions options;
    options.view = static_cast<FigureView>(mView->currentData().toInt());
    options.title = mTitle->text();
    options.caption = mCaption->toPlainText();
    options.viewport = mViewport;
    options.highlightSelection = mHighlight->isChecked();
    if (options.view == FigureView::Report)
        options.references = FigureCaption::references(*scene.dataset, scene.snapshot, scene.language);
    const FigureRenderer renderer;
    return FigureWriter::write(path, page(), options.title,
                               [&](QPainter &painter, const QRectF &rect) { renderer.paint(painter, rect, scene, options); });
}

QImage ExportDialog::renderImage(const AtlasDocument &document, FigureView view, const Viewport &viewport, const QString &scheme, QSize pixels)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    Scene scene = Scene::fromDocument(document);
    scene.scheme = scheme;
    FigureOptions options;
    options.view = view;
    options.viewport = viewport;
    options.title = FigureRenderer::defaultTitle(view, scene);
    options.caption = FigureCaption::build(*scene.dataset, scene.snapshot, scene.hidden, QString(), scene.language, scene.translator.get());
    if (view == FigureView::Report)
        options.references = FigureCaption::references(*scene.dataset, scene.snapshot, scene.language);
    FigureRenderer().paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), scene, options);
    return image;
}

} // namespace atlas
