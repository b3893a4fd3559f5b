// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

enum class TieKind {
    BilateralAlliance,
    MultilateralAlliance,
    Minilateral,
    Partnership,
    Dialogue,
    IntelligenceSharing,
    Exercise,
    Agreement,
    Proposal,
};
enum class TieStatus { InForce, Suspended, Ended, Proposed };
enum class TieRegion { AsiaPacific, EuroAtlantic, CrossRegional };

/// One actor's membership of a tie over one period. Dates default to the tie's own.
struct MembershipSpell
{
    QString actor;
    PartialDate joined;
    PartialDate left;
    bool suspended = false;
    // Derived by the reader: the spell's first and last day in force as Julian days.
    qint64 fromDay = 0;
    qint64 toDay = 0;
};

/// A period during which the tie has a status other than in force (e.g. the Quad's dormancy), or,
/// with \c between set, during which one pair of its members has (the US–New Zealand leg of ANZUS
/// suspended from 1986 while Australia–New Zealand continued).
struct StatusPhase
{
    PartialDate from;
    PartialDate to;
    TieStatus status = TieStatus::Suspended;
    QStringList between; //!< empty: the whole tie; else the two member ids of the pair it applies to
    qint64 fromDay = 0;
    qint64 toDay = 0;
};

/// A treaty alliance, minilateral, partnership, dialogue, agreement or proposal between actors.
struct Tie
{
    QString id;
    LocalizedText name;
    LocalizedText shortName;
    TieKind kind = TieKind::BilateralAlliance;
    TieStatus status = TieStatus::InForce;
    TieRegion region = TieRegion::AsiaPacific;
    PartialDate start;
    QString startKind;
    PartialDate end; //!< invalid: ongoing
    QString endKind;
    QList<MembershipSpell> members;
    QList<StatusPhase> phases;
    LocalizedText note;
    QString supersedes; //!< id of the tie this one replaces; the reader ends that one the day before this starts
    // Derived by the reader: first and last day in force as Julian days (open end: far future).
    qint64 fromDay = 0;
    qint64 toDay = 0;

    LocalizedText label() const { return shortName.isEmpty() ? name : shortName; }
    /// The distinct member actors over the tie's whole life, in order of first appearance.
    QStringList memberIds() const;
};

} // namespace atlas
