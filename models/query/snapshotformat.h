// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace atlas {

class Dataset;
struct Snapshot;

/// The machine and terminal forms of a Snapshot (what `alliance-atlas query` prints): a JSON
/// document, stable for scripts, and an aligned plain-text table. Both list the snapshot's ties in
/// dataset order.
class SnapshotFormat
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFormat)

public:
    /// `{ "date", "hidden": [sorted ISO3], "ties": [{ id, name {en, zh}, kind, status, region,
    /// members, start, end (null when open), typology {scheme: cell}, suspended_members (when
    /// any), suspended_pairs [[a, b]] (the suspended legs of an in-force tie, when any) }] }`, indented, ending in a newline. \a snapshot is taken from \a dataset with \a hidden.
    static QString json(const Dataset &dataset, const Snapshot &snapshot, const QSet<QString> &hidden);
    /// A title line ("In force on DATE (ties: N)") and a table ID KIND STATUS START END MEMBERS,
    /// columns padded to their widest cell plus two blanks; every line ends in a newline.
    static QString table(const Dataset &dataset, const Snapshot &snapshot);
};

} // namespace atlas
