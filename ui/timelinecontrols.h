// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/timelinemodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace atlas {

class DateEntry;
class TimeController;

/**
 * The timeline's control bar: Play/Pause, speed and loop (views on the TimeController, which they
 * drive), previous/next event, the date in large type and the window's one date entry, and the axis
 * controls (reset zoom, era preset, fit lanes) that it hands to the timeline as signals. The hint
 * on the right is the first thing to give way on a narrow window.
 */
class TimelineControls : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineControls(TimeController *time, QWidget *parent = nullptr);

    /// The window's one date entry.
    DateEntry *dateEntry() const { return mDateEntry; }

    /// The era preset chosen. setEra() chooses one and emits eraChanged() when it changes;
    /// markEra() only shows one (e.g. All after a reset of the zoom), without a signal.
    TimelineEra era() const;
    void setEra(TimelineEra era);
    void markEra(TimelineEra era);
    /// Shows the fit-lanes state without a signal.
    void markLanesFitted(bool fitted);
    /// The date in large type beside the entry.
    void showDate(const QString &text);

signals:
    void eraChanged();
    void lanesFittedToggled(bool fitted);
    void resetZoomRequested();
    void previousEventRequested();
    void nextEventRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    /// Sizes the large date (fixed, so a new date never re-lays out the window) and the entry.
    void applyFont();
    void showSpeed(double yearsPerSecond);

    TimeController *mTime;
    QToolButton *mPlayButton = nullptr;
    QComboBox *mSpeedCombo = nullptr;
    QCheckBox *mLoopCheck = nullptr;
    QToolButton *mPreviousEventButton = nullptr;
    QToolButton *mNextEventButton = nullptr;
    QLabel *mDateLabel = nullptr;
    DateEntry *mDateEntry = nullptr;
    QToolButton *mResetButton = nullptr;
    QComboBox *mEraCombo = nullptr;
    QToolButton *mFitLanesButton = nullptr;
    QLabel *mHintLabel = nullptr;
};

} // namespace atlas
