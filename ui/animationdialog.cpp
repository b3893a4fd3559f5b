// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/animationdialog.h"

#include "models/io/animationwriter.h"
#include "models/io/videoencoder.h"
#include "models/query/atlasdocument.h"
#include "models/query/timecontroller.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace atlas {

namespace {

constexpr QSize kPreviewSize { 320, 180 };

} // namespace

AnimationDialog::AnimationDialog(AtlasDocument *document, QWidget *parent)
    : QDialog(parent), mDocument(document)
{
    setObjectName(QStringLiteral("animationDialog"));
    setWindowTitle(tr("Export Animation"));
    auto *form = new QFormLayout;

    mView = new QComboBox(this);
    mView->setObjectName(QStringLiteral("animationView"));
    mView->addItem(tr("Map"), int(FigureView::Map));
    mView->addItem(tr("Network"), int(FigureView::Network));
    mView->addItem(tr("Timeline"), int(FigureView::Timeline));
    mView->addItem(tr("Report figure"), int(FigureView::Report));
    form->addRow(tr("&View:"), mView);

    mFrom = new QDateEdit(QDate(1945, 1, 1), this);
    mFrom->setObjectName(QStringLiteral("animationFrom"));
    mTo = new QDateEdit(document->time()->date(), this);
    mTo->setObjectName(QStringLiteral("animationTo"));
    for (QDateEdit *edit : { mFrom, mTo }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(1800, 1, 1), QDate(2100, 12, 31));
    }
    form->addRow(tr("&From:"), mFrom);
    form->addRow(tr("&To:"), mTo);

    mStep = new QComboBox(this);
    mStep->setObjectName(QStringLiteral("animationStep"));
    mStep->addItem(tr("One frame per month"), QStringLiteral("1m"));
    mStep->addItem(tr("One frame per year"), QStringLiteral("1y"));
    mStep->addItem(tr("From event to event (eased)"), QStringLiteral("events"));
    form->addRow(tr("&Steps:"), mStep);

    mFps = new QSpinBox(this);
    mFps->setObjectName(QStringLiteral("animationFps"));
    mFps->setRange(1, 60);
    mFps->setValue(12);
    mFps->setSuffix(tr(" frames/s"));
    form->addRow(tr("&Speed:"), mFps);

    mHold = new QDoubleSpinBox(this);
    mHold->setObjectName(QStringLiteral("animationHold"));
    mHold->setRange(0, 10);
    mHold->setSingleStep(0.5);
    mHold->setValue(0);
    mHold->setSuffix(tr(" s"));
    mHold->setToolTip(tr("Seconds to stay on each event and bookmark, with a caption of what happened."));
    form->addRow(tr("&Hold on events:"), mHold);

    mSize = new QComboBox(this);
    mSize->setObjectName(QStringLiteral("animationSize"));
    mSize->addItem(QStringLiteral("1920 × 1080"), QSize(1920, 1080));
    mSize->addItem(QStringLiteral("1280 × 720"), QSize(1280, 720));
    form->addRow(tr("Si&ze:"), mSize);

    mFormat = new QComboBox(this);
    mFormat->setObjectName(QStringLiteral("animationFormat"));
    for (const QString &suffix : VideoEncoder::availableFormats())
        mFormat->addItem(suffix.toUpper(), suffix);
    form->addRow(tr("F&ormat:"), mFormat);

    mLanguage = new QComboBox(this);
    mLanguage->setObjectName(QStringLiteral("animationLanguage"));
    mLanguage->addItem(QStringLiteral("English"), int(Language::English));
    mLanguage->addItem(QStringLiteral("简体中文"), int(Language::Chinese));
    mLanguage->setCurrentIndex(document->language() == Language::Chinese ? 1 : 0);
    form->addRow(tr("&Language:"), mLanguage);

    mFirstPreview = new QLabel(this);
    mLastPreview = new QLabel(this);
    auto *previews = new QHBoxLayout;
    for (QLabel *preview : { mFirstPreview, mLastPreview }) {
        preview->setFixedSize(kPreviewSize);
        preview->setFrameShape(QFrame::StyledPanel);
        preview->setAlignment(Qt::AlignCenter);
        previews->addWidget(preview);
    }
    mFirstPreview->setObjectName(QStringLiteral("animationFirstFrame"));
    mLastPreview->setObjectName(QStringLiteral("animationLastFrame"));
    mFirstPreview->setToolTip(tr("First frame"));
    mLastPreview->setToolTip(tr("Last frame"));

    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("animationSummary"));
    mSummary->setTextFormat(Qt::PlainText);
    mSummary->setWordWrap(true);
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("animationProgress"));
    mProgress->setVisible(false);
    mRemaining = new QLabel(this);
    mRemaining->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(this);
    mExport = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    mCancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(mExport, &QPushButton::clicked, this, &AnimationDialog::chooseFileAndExport);
    connect(mCancel, &QPushButton::clicked, this, [this] {
        if (mRunning)
            cancel();
        else
            reject();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(previews);
    layout->addWidget(mSummary);
    layout->addWidget(mProgress);
    layout->addWidget(mRemaining);
    layout->addWidget(buttons);

    // Previews follow the settings, a moment after the last change (each is a whole figure).
    auto *previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(250);
    connect(previewTimer, &QTimer::timeout, this, &AnimationDialog::updatePreview);
    const auto changed = [this, previewTimer] {
        updateSummary();
        previewTimer->start();
    };
    for (QComboBox *box : { mView, mStep, mSize, mLanguage })
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(mFormat, &QComboBox::currentIndexChanged, this, &AnimationDialog::updateSummary);
    for (QDateEdit *edit : { mFrom, mTo })
        connect(edit, &QDateEdit::dateChanged, this, changed);
    connect(mFps, &QSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    connect(mHold, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    updateSummary();
    updatePreview();
}

QList<AnimationFrame> AnimationDialog::frames(QString *error) const
{
    AnimationPlan::Options options { mFrom->date(), mTo->date(), *AnimationStep::parse(mStep->currentData().toString()) };
    options.fps = mFps->value();
    options.holdSeconds = mHold->value();
    options.language = Language(mLanguage->currentData().toInt());
    QString reason;
    const QList<AnimationFrame> result = AnimationPlan::frames(mDocument->dataset(), options, &reason);
    if (error)
        *error = reason;
    return result;
}

FigurePage AnimationDialog::page() const
{
    // Screen-sized text: the film's pixels at 96 dpi.
    FigurePage page;
    page.dpi = 96;
    const QSize pixels = mSize->currentData().toSize();
    page.sizePoints = QSizeF(pixels) * 72.0 / 96.0;
    return page;
}

FigureAnimation::Options AnimationDialog::figureOptions() const
{
    FigureAnimation::Options options;
    options.view = FigureView(mView->currentData().toInt());
    options.hidden = mDocument->hiddenActors();
    options.language = Language(mLanguage->currentData().toInt());
    options.firstDay = mDocument->time()->minimum();
    options.lastDay = mDocument->time()->maximum();
    return options;
}

void AnimationDialog::updateSummary()
{
    QString error;
    const QList<AnimationFrame> list = frames(&error);
    mExport->setEnabled(!list.isEmpty() && mFormat->count() > 0 && !mRunning);
    if (list.isEmpty()) {
        mSummary->setText(error);
        return;
    }
    mSummary->setText(tr("%n frame(s), %1 s of film", nullptr, int(list.size()))
                              .arg(double(list.size()) / mFps->value(), 0, 'f', 1));
}

void AnimationDialog::updatePreview()
{
    const QList<AnimationFrame> list = frames();
    if (list.isEmpty()) {
        mFirstPreview->clear();
        mLastPreview->clear();
        return;
    }
    const FigureAnimation animation(mDocument->dataset(), figureOptions());
    const auto paint = [&](QPainter &painter, const QRectF &rect, const AnimationFrame &frame) { animation.paint(painter, rect, frame); };
    const FigurePage figurePage = page();
    const auto show = [&](QLabel *label, const AnimationFrame &frame) {
        const QImage image = AnimationWriter::renderFrame(figurePage, paint, frame);
        label->setPixmap(QPixmap::fromImage(image.scaled(kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    };
    show(mFirstPreview, list.first());
    show(mLastPreview, list.last());
}

void AnimationDialog::chooseFileAndExport()
{
    const QString suffix = mFormat->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Animation"), QStringLiteral("alliance-atlas.") + suffix,
                                                      tr("%1 video (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    const QString error = exportTo(path);
    if (error.isEmpty())
        accept();
    else
        mRemaining->setText(error);
}

QString AnimationDialog::exportTo(const QString &path)
{
    QString error;
    const QList<AnimationFrame> list = frames(&error);
    if (list.isEmpty())
        return error;
    mCancelled = false;
    mRunning = true;
    mExport->setEnabled(false);
    mProgress->setRange(0, int(list.size()));
    mProgress->setValue(0);
    mProgress->setVisible(true);
    const FigureAnimation animation(mDocument->dataset(), figureOptions());
    QElapsedTimer timer;
    timer.start();
    error = AnimationWriter::write(
            path, list, page(), mFps->value(),
            [&](QPainter &painter, const QRectF &rect, const AnimationFrame &frame) { animation.paint(painter, rect, frame); },
            [&](int done, int total) {
                mProgress->setValue(done);
                const double perFrame = double(timer.elapsed()) / done;
                mRemaining->setText(tr("About %n second(s) left", nullptr, int((total - done) * perFrame / 1000.0 + 0.5)));
                emit progressed(done, total);
                QCoreApplication::processEvents(); // the Cancel button stays live
                return !mCancelled;
            });
    mRunning = false;
    mProgress->setVisible(false);
    mRemaining->setText(error);
    updateSummary();
    return error;
}

} // namespace atlas
