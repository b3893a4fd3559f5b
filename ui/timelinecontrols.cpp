// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timelinecontrols.h"

#include "models/query/timecontroller.h"
#include "ui/dateentry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace atlas {

TimelineControls::TimelineControls(TimeController *time, QWidget *parent)
    : QWidget(parent)
    , mTime(time)
{
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(6);

    mPlayButton = new QToolButton(this);
    mPlayButton->setObjectName(QStringLiteral("playButton"));
    mPlayButton->setCheckable(true);
    mPlayButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(mPlayButton, &QToolButton::toggled, time, &TimeController::setPlaying);

    mSpeedCombo = new QComboBox(this);
    mSpeedCombo->setObjectName(QStringLiteral("speedCombo"));
    for (double speed : { 0.5, 1.0, 2.0, 5.0, 10.0 })
        mSpeedCombo->addItem(QString(), speed);
    connect(mSpeedCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            mTime->setSpeed(mSpeedCombo->itemData(index).toDouble());
    });

    mLoopCheck = new QCheckBox(this);
    mLoopCheck->setObjectName(QStringLiteral("loopCheck"));
    connect(mLoopCheck, &QCheckBox::toggled, time, &TimeController::setLoop);

    mPreviousEventButton = new QToolButton(this);
    mPreviousEventButton->setObjectName(QStringLiteral("previousEventButton"));
    mPreviousEventButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    connect(mPreviousEventButton, &QToolButton::clicked, this, &TimelineControls::previousEventRequested);
    mNextEventButton = new QToolButton(this);
    mNextEventButton->setObjectName(QStringLiteral("nextEventButton"));
    mNextEventButton->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    connect(mNextEventButton, &QToolButton::clicked, this, &TimelineControls::nextEventRequested);

    mDateLabel = new QLabel(this);
    mDateLabel->setObjectName(QStringLiteral("timelineDateLabel"));
    mDateLabel->setTextFormat(Qt::PlainText);
    mDateEntry = new DateEntry(time, this);

    mResetButton = new QToolButton(this);
    mResetButton->setObjectName(QStringLiteral("resetZoomButton"));
    connect(mResetButton, &QToolButton::clicked, this, &TimelineControls::resetZoomRequested);

    mEraCombo = new QComboBox(this);
    mEraCombo->setObjectName(QStringLiteral("eraCombo"));
    for (TimelineEra era : { TimelineEra::All, TimelineEra::ColdWar, TimelineEra::AfterColdWar, TimelineEra::LastDecade })
        mEraCombo->addItem(QString(), int(era));
    connect(mEraCombo, &QComboBox::currentIndexChanged, this, &TimelineControls::eraChanged);

    mFitLanesButton = new QToolButton(this);
    mFitLanesButton->setObjectName(QStringLiteral("fitLanesButton"));
    mFitLanesButton->setCheckable(true);
    connect(mFitLanesButton, &QToolButton::toggled, this, &TimelineControls::lanesFittedToggled);

    mHintLabel = new QLabel(this);
    mHintLabel->setTextFormat(Qt::PlainText);
    QPalette hintPalette = mHintLabel->palette();
    hintPalette.setColor(QPalette::WindowText, hintPalette.color(QPalette::PlaceholderText));
    mHintLabel->setPalette(hintPalette);
    mHintLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the first thing to give way

    bar->addWidget(mPlayButton);
    bar->addWidget(mSpeedCombo);
    bar->addWidget(mLoopCheck);
    bar->addSpacing(8);
    bar->addWidget(mPreviousEventButton);
    bar->addWidget(mNextEventButton);
    bar->addSpacing(8);
    bar->addWidget(mDateLabel);
    bar->addWidget(mDateEntry);
    bar->addWidget(mResetButton);
    bar->addWidget(mEraCombo);
    bar->addWidget(mFitLanesButton);
    bar->addSpacing(8);
    bar->addWidget(mHintLabel, 1);

    connect(time, &TimeController::playingChanged, this, [this](bool playing) {
        const QSignalBlocker block(mPlayButton);
        mPlayButton->setChecked(playing);
        retranslateUi();
    });
    connect(time, &TimeController::speedChanged, this, &TimelineControls::showSpeed);
    connect(time, &TimeController::loopChanged, this, [this](bool loop) {
        const QSignalBlocker block(mLoopCheck);
        mLoopCheck->setChecked(loop);
    });

    retranslateUi();
    applyFont();
    showSpeed(time->speed());
    {
        const QSignalBlocker block(mLoopCheck);
        mLoopCheck->setChecked(time->loops());
    }
}

TimelineEra TimelineControls::era() const
{
    return TimelineEra(mEraCombo->currentData().toInt());
}

void TimelineControls::setEra(TimelineEra era)
{
    mEraCombo->setCurrentIndex(mEraCombo->findData(int(era)));
}

void TimelineControls::markEra(TimelineEra era)
{
    const QSignalBlocker block(mEraCombo);
    setEra(era);
}

void TimelineControls::markLanesFitted(bool fitted)
{
    const QSignalBlocker block(mFitLanesButton);
    mFitLanesButton->setChecked(fitted);
}

void TimelineControls::showDate(const QString &text)
{
    mDateLabel->setText(text);
}

void TimelineControls::retranslateUi()
{
    const bool playing = mTime->isPlaying();
    mPlayButton->setText(playing ? tr("Pause") : tr("Play"));
    mPlayButton->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    mPlayButton->setToolTip(tr("Play or pause the timeline (Space)"));
    for (int i = 0; i < mSpeedCombo->count(); ++i) {
        const double speed = mSpeedCombo->itemData(i).toDouble();
        mSpeedCombo->setItemText(i, speed == 1 ? tr("1 year/s") : tr("%1 years/s").arg(QLocale().toString(speed)));
    }
    mSpeedCombo->setToolTip(tr("Playback speed in years per second"));
    mLoopCheck->setText(tr("Loop"));
    mPreviousEventButton->setToolTip(tr("Previous event (Page Up)"));
    mNextEventButton->setToolTip(tr("Next event (Page Down)"));
    for (int i = 0; i < mEraCombo->count(); ++i)
        mEraCombo->setItemText(i, TimelineModel::eraLabel(TimelineEra(mEraCombo->itemData(i).toInt())));
    mEraCombo->setToolTip(tr("Show one era of the timeline"));
    mFitLanesButton->setText(tr("Fit lanes"));
    mFitLanesButton->setToolTip(tr("Show every lane in the height there is; off: readable rows with a scroll bar"));
    mResetButton->setText(tr("Reset zoom"));
    mResetButton->setToolTip(tr("Show the whole period again"));
    mHintLabel->setText(tr("Drag to move the date · wheel zooms · right-drag pans"));
    mHintLabel->setToolTip(tr("Left drag on the plot: move the date. Wheel: zoom the dates. Right or middle drag, or a drag on "
                              "the date axis: pan. Shift+wheel or wheel over the names: scroll the lanes.\n"
                              "Keys: ←/→ a day, Shift+←/→ a month, Ctrl+←/→ a year, Page Up/Down the previous/next event, "
                              "Home/End the first/last date, Space play/pause."));
}

void TimelineControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::FontChange && mDateEntry)
        applyFont();
    QWidget::changeEvent(event);
}

void TimelineControls::applyFont()
{
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    mDateLabel->setFont(big);
    const QFontMetrics bigMetrics(big);
    mDateLabel->setFixedSize(std::max(bigMetrics.horizontalAdvance(QStringLiteral("0000年00月00日")), bigMetrics.horizontalAdvance(QStringLiteral("30 Sep 0000"))) + 12,
                             bigMetrics.height() + 4);
    mDateEntry->setFixedSize(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 24, mDateEntry->sizeHint().height());
}

void TimelineControls::showSpeed(double yearsPerSecond)
{
    int best = 0;
    for (int i = 1; i < mSpeedCombo->count(); ++i)
        if (std::abs(mSpeedCombo->itemData(i).toDouble() - yearsPerSecond) < std::abs(mSpeedCombo->itemData(best).toDouble() - yearsPerSecond))
            best = i;
    const QSignalBlocker block(mSpeedCombo);
    mSpeedCombo->setCurrentIndex(best);
}

} // namespace atlas
