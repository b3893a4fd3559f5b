// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/query/atlasdocument.h"
#include "models/domain/localizedtext.h"
#include "models/domain/partialdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

class Dataset;

/// A label and a value row ("Kind", "Bilateral treaty alliance").
struct InspectorField
{
    QString label;
    QString value;
    friend bool operator==(const InspectorField &, const InspectorField &) = default;
};

/// One evidence item as the inspector shows it, in the UI language. Text is dataset text: plain.
struct InspectorEvidence
{
    QString id;
    QString aspect;          //!< translated ("Start", "Member: Japan", "Typology: Li 2024")
    QString claim;
    QString quote;           //!< verbatim excerpt, in the source's language
    QString section;
    QString sourceKey;
    QString sourceReference; //!< CitationFormatter::reference() of the source, or its key when unknown
    QStringList cites;           //!< keys of the primary documents the source cites
    QStringList citedReferences; //!< references of those documents, same order
    QString note;            //!< discrepancy or caveat, shown visibly
    PartialDate date;        //!< the date it concerns: asOf, else the event's date, else the tie's start
    QString group;           //!< heading it is listed under: its date and event ("4 Apr 1949 · Founded: …"), or "Undated"
    QString member;          //!< the member it concerns (aspect member:X), else empty
    bool after = false;      //!< the date lies after the inspected date
    friend bool operator==(const InspectorEvidence &, const InspectorEvidence &) = default;
};

struct InspectorMember
{
    QString actor;
    QString name;
    QString joined;
    QString left;
    bool current = false;   //!< a member on the inspected date
    bool suspended = false; //!< the spell is a suspended membership
    friend bool operator==(const InspectorMember &, const InspectorMember &) = default;
};

struct InspectorEvent
{
    QString id;
    PartialDate date;
    QString dateText;
    QString kind;
    QString text;
    bool after = false;
    friend bool operator==(const InspectorEvent &, const InspectorEvent &) = default;
};

/// A tie's place in one typology scheme; \a cell is empty when the scheme's source does not classify it.
struct InspectorPlacement
{
    QString scheme;
    QString schemeName;
    QString schemeReference;
    QString cell;
    QString cellName;        //!< with an "inferred" marker when the source does not place the tie itself
    QString reasoning;       //!< says "Inferred" first when the placement is inferred
    bool inferred = false;
    QList<InspectorEvidence> evidence;
    friend bool operator==(const InspectorPlacement &, const InspectorPlacement &) = default;
};

/// One tie of an actor (or of an event) with the period and whether it holds on the inspected date.
struct InspectorTieRow
{
    QString tie;
    QString label;
    QString period;
    QString status;
    bool current = false;
    friend bool operator==(const InspectorTieRow &, const InspectorTieRow &) = default;
};

/// Everything the inspector shows for one selection at one date, in one language: a pure value that
/// build() computes from the dataset (unit-tested headlessly); InspectorDock only renders it.
struct InspectorContent
{
    Q_DECLARE_TR_FUNCTIONS(InspectorContent)

public:
    Selection::Kind kind = Selection::Kind::None;
    QString id;
    QDate date;
    QString dateText;
    QString title;
    QString subtitle;
    QList<InspectorField> fields;
    QString note; //!< the tie's own note (a discrepancy between sources), shown visibly
    QList<InspectorMember> members;
    QList<InspectorEvent> events;
    QList<InspectorPlacement> placements; //!< one per scheme of the dataset
    QList<InspectorEvidence> evidence;      //!< concerning dates up to the inspected date
    QList<InspectorEvidence> laterEvidence; //!< concerning dates after it
    /// A tie's membership records (one per member and source, e.g. NATO's accessions) when there are
    /// many: one table instead of near-identical cards; in date order, not in evidence/laterEvidence.
    QList<InspectorEvidence> memberRecords;
    QList<InspectorTieRow> ties;            //!< an actor's ties over time, or an event's ties
    /// Evidence lists are in date order (undated last) and grouped by InspectorEvidence::group; a tie
    /// with at least this many membership records lists them in memberRecords.
    static constexpr int kMemberRecordsTable = 6;
    QStringList sources; //!< keys of every source cited above (incl. cited primary documents), first use first

    bool isEmpty() const { return kind == Selection::Kind::None; }
    /// Equal but for the inspected date itself: labels never name the date (the view shows it once),
    /// so scrubbing the date changes the content only where a status or an "after this date" flips.
    bool sameAsideFromDate(const InspectorContent &other) const;

    /// An evidence aspect in words ("Start", "Member: Japan", "Typology: Li 2024").
    static QString aspectLabel(const Dataset &dataset, const QString &aspect, Language language);
    /// The content for \a selection on \a date; empty (kind None) when the selection does not resolve.
    static InspectorContent build(const Dataset &dataset, const Selection &selection, QDate date, Language language);

    friend bool operator==(const InspectorContent &, const InspectorContent &) = default;
};

} // namespace atlas
