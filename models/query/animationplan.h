// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "models/domain/localizedtext.h"

#include <optional>

namespace atlas {

class Dataset;

/// How far apart the dates of an animation are: a number of days, months or years, or the dataset's
/// events (with eased transitions between them).
struct AnimationStep
{
    enum class Unit { Day, Month, Year, Events };
    Unit unit = Unit::Year;
    int count = 1;

    /// "1d", "3m", "1y", "5y", "events"; counts from 1 to 1000. std::nullopt for anything else.
    static std::optional<AnimationStep> parse(const QString &text);
    /// The date \a count units after \a date (invalid for Events).
    QDate after(QDate date) const;
};

/// One frame of an animation: the date it shows and, while the film holds on an event or a bookmark,
/// a one-line caption of what happened.
struct AnimationFrame
{
    QDate date;
    QString caption;
    friend bool operator==(const AnimationFrame &, const AnimationFrame &) = default;
};

/// The frames of an animated export, computed before any is painted (so the progress bar knows the
/// total and the first and last frames can be previewed). With a calendar step, one frame per step
/// from \a from to \a to. With Events, the dates of the dataset's events between the two: the date
/// moves between them with the same eased interpolation as TimeController::animateTo. With a hold, the
/// film stays on each event (and bookmark) for that many seconds with its caption.
class AnimationPlan
{
    Q_DECLARE_TR_FUNCTIONS(AnimationPlan)

public:
    struct Options
    {
        QDate from;
        QDate to;
        AnimationStep step;
        int fps = 30;
        double holdSeconds = 0;       //!< on each event and bookmark; 0: no holds
        double transitionSeconds = 1; //!< Events: time to move from one event to the next
        Language language = Language::English; //!< of the captions (dataset text)
    };

    /// At most this many frames (an hour at 30 frames per second): a step of one day over a century
    /// is refused rather than rendered for hours.
    static constexpr int kMaxFrames = 108000;

    /// Computes the frames; on a problem (dates reversed or invalid, too many frames) returns an empty
    /// list and sets \a error.
    static QList<AnimationFrame> frames(const Dataset &dataset, const Options &options, QString *error);

    /// The date at \a progress (0..1) of a move from \a from to \a to with the time controller's easing.
    static QDate interpolate(QDate from, QDate to, double progress);
};

} // namespace atlas
