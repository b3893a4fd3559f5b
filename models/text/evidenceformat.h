// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace atlas {

class Dataset;
struct Evidence;

/// The machine form of evidence records (what `alliance-atlas evidence` prints, the input of the
/// quote verifier): one JSON object per record with its source's file resolved.
class EvidenceFormat
{
public:
    /// `[{ id, tie, event (null when none), aspect, source_key, source_file (null when the source
    /// has no file), section, quote, claim_en, claim_zh, cites, note_en, note_zh }]`, indented, in
    /// the order of \a items (records of \a dataset).
    static QString json(const Dataset &dataset, const QList<const Evidence *> &items);
};

} // namespace atlas
