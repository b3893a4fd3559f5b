// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/tie.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace atlas {

class Dataset;
struct DateComparison;
struct Event;
struct Evidence;

/// One line of the change list of a comparison: a tie added or ended, a member joined or left, a
/// status changed; when it happened, the event behind it and the evidence for it.
struct ChangeItem
{
    enum class Kind { Added, Ended, Joined, Left, Status };
    Kind kind = Kind::Added;
    int tie = -1;           //!< index into Dataset::ties
    QString actor;          //!< the member of Joined and Left
    QDate date;             //!< the day it happened as the dataset dates it; invalid: undated
    const Event *event = nullptr;       //!< the tie's event nearest to \a date between the two dates
    QList<const Evidence *> evidence;   //!< evidence on this aspect of the tie, and on the event
    TieStatus statusFrom = TieStatus::InForce; //!< of Status
    TieStatus statusTo = TieStatus::InForce;
};

/// The change list of a DateComparison (the window's Compare Dates panel): one item per tie added or
/// ended and per member joined or left or status changed of a continuing tie, in date order.
class ChangeList
{
    Q_DECLARE_TR_FUNCTIONS(ChangeList)

public:
    static QList<ChangeItem> build(const Dataset &dataset, const DateComparison &comparison);
    /// "Added: AUKUS", "Joined NATO: Poland", "Quad: in force → suspended"; dataset names in \a language.
    static QString describe(const Dataset &dataset, const ChangeItem &item, Language language);
};

} // namespace atlas
