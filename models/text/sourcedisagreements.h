// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace atlas {

class Dataset;

/// One place where sources disagree (or one needs a caveat): an evidence item with a note, beside
/// every other item about the same claim, and the value the dataset records for it.
struct SourceDisagreement
{
    int evidence = -1; //!< index into Dataset::evidence of the item carrying the note
    /// Indices into Dataset::evidence of every item about the same claim, the noted item first:
    /// for an event, the items about that event; else those with the same tie (or typology) and aspect.
    QList<int> sides;
    /// The value the dataset records for the claim, the better-attested one the note argues for, in a
    /// machine form: a date for start and end (`ongoing` for an open end), `FROM..TO` spells for
    /// member:ISO3 (`..` open, ` suspended` when so), the status and its phases for status, the
    /// event's date, the tie's kind for existence, the members for members, the cell for a
    /// placement; empty for other aspects (the note says it).
    QString recorded;
};

/// The "Sources disagree" list: every evidence item with a note, in dataset order, side by side with
/// the other sources on the same claim (the inspector's panel and `evidence --disagreements`).
class SourceDisagreements
{
public:
    static QList<SourceDisagreement> find(const Dataset &dataset);
    /// The dataset's value for the claim of evidence \a evidenceIndex (see SourceDisagreement::recorded).
    static QString recordedValue(const Dataset &dataset, int evidenceIndex);
    /// A JSON array with one object per disagreement: `{ id, tie, event, typology, aspect,
    /// note {en, zh}, sources: [{ evidence, source, section, as_of, claim {en, zh}, quote, cites }],
    /// better_attested: { value, supported_by: [evidence ids of the other sides] },
    /// records: { tie, event, typology, evidence: [ids] } }`, indented.
    static QString json(const Dataset &dataset, const QList<SourceDisagreement> &list);
};

} // namespace atlas
