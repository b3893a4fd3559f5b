// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/timelinemodel.h"

#include "models/domain/dataset.h"
#include "models/i18n/translator.h"
#include "models/query/inforce.h"

#include <algorithm>

namespace atlas {

namespace {

// The bars of one tie: tieStateAt() between consecutive change days, clipped to the timeline's
// end, with neighbouring stretches of the same status merged.
QList<TimelineBar> barsOf(const Tie &tie, const QSet<QString> &hidden, qint64 endDay)
{
    const qint64 last = std::min(tie.toDay, endDay);
    const QList<qint64> changes = tieChangeDays(tie);
    QList<TimelineBar> bars;
    for (qsizetype i = 0; i + 1 < changes.size(); ++i) {
        const qint64 day = changes[i];
        if (day > last)
            break;
        const std::optional<TieState> state = tieStateAt(tie, day, hidden);
        if (!state)
            continue;
        const qint64 to = std::min(changes[i + 1] - 1, last);
        if (!bars.isEmpty() && bars.last().status == state->status && bars.last().toDay + 1 == day) {
            bars.last().toDay = to;
        } else {
            TimelineBar bar;
            bar.fromDay = day;
            bar.toDay = to;
            bar.status = state->status;
            bars.append(bar);
        }
    }
    for (TimelineBar &bar : bars) {
        bar.certainFromDay = bar.fromDay;
        bar.certainToDay = bar.toDay;
        if (bar.fromDay == tie.fromDay && tie.start.isValid())
            bar.certainFromDay = std::min(bar.toDay, tie.start.lastDay().toJulianDay());
        if (bar.toDay == tie.toDay && tie.end.isValid())
            bar.certainToDay = std::max(bar.certainFromDay, tie.end.firstDay().toJulianDay());
        bar.openEnd = bar.toDay == last && tie.toDay > endDay;
    }
    return bars;
}

} // namespace

TimelineModel::TimelineModel(const Dataset &dataset, const QSet<QString> &hidden, QDate end,
                             const std::function<bool(const QString &)> &includeTie)
{
    const qint64 endDay = end.isValid() ? end.toJulianDay() : QDate::currentDate().toJulianDay();
    for (int i = 0; i < dataset.ties.size(); ++i) {
        const Tie &tie = dataset.ties[i];
        if (includeTie && !includeTie(tie.id))
            continue;
        TimelineLane lane;
        lane.tie = i;
        lane.tieId = tie.id;
        lane.group = groupOf(tie);
        lane.kind = tie.kind;
        lane.bars = barsOf(tie, hidden, endDay);
        if (!lane.bars.isEmpty())
            mLanes.append(lane);
    }
    std::stable_sort(mLanes.begin(), mLanes.end(), [](const TimelineLane &a, const TimelineLane &b) {
        if (a.group != b.group)
            return a.group < b.group;
        return a.bars.first().fromDay < b.bars.first().fromDay;
    });

    for (int l = 0; l < mLanes.size(); ++l)
        mLaneOfTie.insert(mLanes[l].tieId, l);
    for (int e = 0; e < dataset.events.size(); ++e) {
        const Event &event = dataset.events[e];
        if (!event.date.isValid())
            continue;
        TimelineMarker marker;
        marker.event = e;
        marker.fromDay = event.date.firstDay().toJulianDay();
        marker.toDay = event.date.lastDay().toJulianDay();
        marker.precision = event.date.precision();
        bool shown = false;
        for (const QString &tieId : event.ties) {
            const int l = laneOf(tieId);
            if (l < 0 || (!mLanes[l].markers.isEmpty() && mLanes[l].markers.last().event == e))
                continue;
            mLanes[l].markers.append(marker);
            shown = true;
        }
        if (shown)
            mEventDates.append(event.date.firstDay());
    }
    for (TimelineLane &lane : mLanes)
        std::stable_sort(lane.markers.begin(), lane.markers.end(),
                         [](const TimelineMarker &a, const TimelineMarker &b) { return a.fromDay < b.fromDay; });
    std::sort(mEventDates.begin(), mEventDates.end());
    mEventDates.erase(std::unique(mEventDates.begin(), mEventDates.end()), mEventDates.end());

    mRowOfLane.resize(mLanes.size());
    for (int l = 0; l < mLanes.size(); ++l) {
        if (l == 0 || mLanes[l - 1].group != mLanes[l].group)
            mRows.append({ mLanes[l].group, -1 });
        mRowOfLane[l] = static_cast<int>(mRows.size());
        mRows.append({ mLanes[l].group, l });
    }
}

TimelineGroup TimelineModel::groupOf(const Tie &tie)
{
    if (tie.kind == TieKind::Proposal || tie.status == TieStatus::Proposed)
        return TimelineGroup::Proposals;
    switch (tie.region) {
    case TieRegion::EuroAtlantic:
        return TimelineGroup::EuroAtlantic;
    case TieRegion::CrossRegional:
        return TimelineGroup::CrossRegional;
    case TieRegion::AsiaPacific:
        break;
    }
    return tie.kind == TieKind::BilateralAlliance ? TimelineGroup::AsiaPacificAlliances
                                                  : TimelineGroup::AsiaPacificMinilaterals;
}

QString TimelineModel::groupLabel(TimelineGroup group, const Translator *translator)
{
    const auto word = [translator](const char *source) { return translateWith(translator, "TimelineModel", source); };
    switch (group) {
    case TimelineGroup::AsiaPacificAlliances: return word(QT_TRANSLATE_NOOP("TimelineModel", "Asia-Pacific bilateral alliances"));
    case TimelineGroup::AsiaPacificMinilaterals: return word(QT_TRANSLATE_NOOP("TimelineModel", "Asia-Pacific minilaterals and multilaterals"));
    case TimelineGroup::EuroAtlantic: return word(QT_TRANSLATE_NOOP("TimelineModel", "Euro-Atlantic"));
    case TimelineGroup::CrossRegional: return word(QT_TRANSLATE_NOOP("TimelineModel", "Cross-regional links"));
    case TimelineGroup::Proposals: return word(QT_TRANSLATE_NOOP("TimelineModel", "Proposals"));
    }
    return {};
}

std::pair<QDate, QDate> TimelineModel::eraRange(TimelineEra era, QDate first, QDate last)
{
    QDate from = first;
    QDate to = last;
    switch (era) {
    case TimelineEra::All:
        break;
    case TimelineEra::ColdWar:
        from = QDate(1945, 1, 1);
        to = QDate(1991, 12, 31);
        break;
    case TimelineEra::AfterColdWar:
        from = QDate(1991, 1, 1);
        break;
    case TimelineEra::LastDecade:
        from = last.addYears(-10);
        break;
    }
    from = std::clamp(from, first, last);
    to = std::clamp(to, from, last);
    return { from, to };
}

TimelineEra TimelineModel::defaultEra(QDate date)
{
    return date.isValid() && date.year() < 1991 ? TimelineEra::ColdWar : TimelineEra::AfterColdWar;
}

QString TimelineModel::eraLabel(TimelineEra era)
{
    switch (era) {
    case TimelineEra::All:
        return tr("All dates");
    case TimelineEra::ColdWar:
        return tr("Cold War (1945–1991)");
    case TimelineEra::AfterColdWar:
        return tr("Since 1991");
    case TimelineEra::LastDecade:
        return tr("Last decade");
    }
    return {};
}

} // namespace atlas
