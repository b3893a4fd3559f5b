// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <utility>

#include "models/domain/partialdate.h"
#include "models/domain/tie.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace atlas {

class Dataset;
class Translator;

/// The groups of timeline lanes, in display order.
enum class TimelineGroup { AsiaPacificAlliances, AsiaPacificMinilaterals, EuroAtlantic, CrossRegional, Proposals };

/// Spans of the timeline's date axis the user picks in one click (the era presets).
enum class TimelineEra { All, ColdWar, AfterColdWar, LastDecade };

/// A stretch of a lane during which the tie holds with one status. Days are Julian days, inclusive.
struct TimelineBar
{
    qint64 fromDay = 0;
    qint64 toDay = 0;
    TieStatus status = TieStatus::InForce;
    bool openEnd = false;       //!< the tie is ongoing: toDay is the timeline's end, not the tie's
    qint64 certainFromDay = 0;  //!< > fromDay when the start is known only to its month or year
    qint64 certainToDay = 0;    //!< < toDay when the end is known only to its month or year
};

/// An event drawn on a lane over the whole period its date stands for: one day, a month or a year.
struct TimelineMarker
{
    int event = -1; //!< index into Dataset::events
    qint64 fromDay = 0;
    qint64 toDay = 0;
    PartialDate::Precision precision = PartialDate::Precision::Day;
};

/// One tie's row on the timeline.
struct TimelineLane
{
    int tie = -1; //!< index into Dataset::ties
    QString tieId;
    TimelineGroup group = TimelineGroup::AsiaPacificAlliances;
    TieKind kind = TieKind::BilateralAlliance;
    QList<TimelineBar> bars;       //!< in date order, not overlapping
    QList<TimelineMarker> markers; //!< in date order
};

/// A row of the timeline: a group heading (lane < 0) or a lane.
struct TimelineRow
{
    TimelineGroup group = TimelineGroup::AsiaPacificAlliances;
    int lane = -1; //!< index into TimelineModel::lanes(), or -1 for the group's heading

    bool isHeading() const { return lane < 0; }
};

/**
 * The timeline's content for a dataset and a set of hidden actors: lanes grouped by region and kind,
 * each with the bars of the periods the tie holds (by status, as takeSnapshot() sees them) and the
 * markers of its events at their precision. A plain value, rebuilt when the dataset or the toggles
 * change; the widget only draws it.
 */
class TimelineModel
{
    Q_DECLARE_TR_FUNCTIONS(TimelineModel)

public:
    TimelineModel() = default;
    /// Builds the lanes of \a dataset with \a hidden actors removed. Ongoing ties run to \a end.
    /// A tie gets no lane when fewer than two of its visible members ever hold it together.
    /// \a includeTie, when given, keeps only the ties it accepts (the typology cell filter).
    TimelineModel(const Dataset &dataset, const QSet<QString> &hidden, QDate end,
                  const std::function<bool(const QString &)> &includeTie = {});

    const QList<TimelineLane> &lanes() const { return mLanes; }
    const QList<TimelineRow> &rows() const { return mRows; }
    /// Lane of \a tieId, or -1 when the tie has no lane.
    int laneOf(const QString &tieId) const { return mLaneOfTie.value(tieId, -1); }
    /// Row of lane \a lane, or -1.
    int rowOfLane(int lane) const { return lane >= 0 && lane < mRowOfLane.size() ? mRowOfLane[lane] : -1; }
    /// Distinct first days of the markers, ascending (for stepping from event to event).
    const QList<QDate> &eventDates() const { return mEventDates; }

    /// The days \a era spans within the timeline's range [\a first, \a last]: All the whole range,
    /// ColdWar 1945–1991, AfterColdWar 1991–\a last, LastDecade the ten years to \a last; clamped to the range.
    static std::pair<QDate, QDate> eraRange(TimelineEra era, QDate first, QDate last);
    /// The era shown first for \a date: the one it lies in (the Cold War or after it), so the ties
    /// in force at the date are not squeezed into a tenth of the axis.
    static TimelineEra defaultEra(QDate date);
    static QString eraLabel(TimelineEra era);

    static TimelineGroup groupOf(const Tie &tie);
    static QString groupLabel(TimelineGroup group, const Translator *translator = nullptr);

private:
    QList<TimelineLane> mLanes;
    QList<TimelineRow> mRows;
    QList<int> mRowOfLane;
    QHash<QString, int> mLaneOfTie;
    QList<QDate> mEventDates;
};

} // namespace atlas
