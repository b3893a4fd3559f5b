// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/figurewriter.h"
#include "models/query/animationplan.h"
#include "models/render/figureanimation.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace atlas {

class AtlasDocument;

/// File › Export Animation: a film (MP4, WebM, GIF) of a view from one date to another, by month, year
/// or event, with holds on events and bookmarks. Shows the first and the last frame before anything is
/// written, then a progress bar with the time remaining and a Cancel button. The frames are the still
/// figures of FigureAnimation; the file appears only when the whole film is encoded.
class AnimationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnimationDialog(AtlasDocument *document, QWidget *parent = nullptr);

    /// Writes the film with the current settings to \a path; returns an empty string or the reason
    /// ("cancelled" after Cancel).
    QString exportTo(const QString &path);
    /// Stops a running export (the Cancel button).
    void cancel() { mCancelled = true; }
    /// The frames the current settings give, or an empty list (the reason is shown in the dialog).
    QList<AnimationFrame> frames(QString *error = nullptr) const;

signals:
    /// After each encoded frame.
    void progressed(int done, int total);

private:
    void updateSummary();
    void updatePreview();
    void chooseFileAndExport();
    FigurePage page() const;
    FigureAnimation::Options figureOptions() const;

    AtlasDocument *mDocument;
    QComboBox *mView = nullptr;
    QDateEdit *mFrom = nullptr;
    QDateEdit *mTo = nullptr;
    QComboBox *mStep = nullptr;
    QSpinBox *mFps = nullptr;
    QDoubleSpinBox *mHold = nullptr;
    QComboBox *mSize = nullptr;
    QComboBox *mFormat = nullptr;
    QComboBox *mLanguage = nullptr;
    QLabel *mFirstPreview = nullptr;
    QLabel *mLastPreview = nullptr;
    QLabel *mSummary = nullptr;
    QProgressBar *mProgress = nullptr;
    QLabel *mRemaining = nullptr;
    QPushButton *mExport = nullptr;
    QPushButton *mCancel = nullptr;
    bool mCancelled = false;
    bool mRunning = false;
};

} // namespace atlas
