// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/domain/localizedtext.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace atlas {

class Dataset;

/// A named set of actors to keep visible; every other actor of the dataset gets switched off.
struct MemberPreset
{
    QString id;    //!< "all", "asia-pacific", "euro-atlantic", "hub-allies", "without-hub", "tie:<tie id>"
    QString label; //!< translated; dataset names in the requested language
    QSet<QString> visible;
};

/// The member panel's presets, computed from the dataset: all members, the Asia-Pacific and the
/// Euro-Atlantic members, the hub with its treaty allies, everyone but the hub (spoke-to-spoke ties),
/// and the members of each minilateral (Quad, AUKUS, ...). Pure functions.
class MemberPresets
{
    Q_DECLARE_TR_FUNCTIONS(MemberPresets)

public:
    static QList<MemberPreset> forDataset(const Dataset &dataset, Language language);
    /// The actors to switch off for \a preset: every actor of \a dataset not in preset.visible.
    static QSet<QString> hiddenFor(const MemberPreset &preset, const Dataset &dataset);
    /// Index into \a presets of the one whose hidden set is \a hidden, or -1.
    static int matching(const QList<MemberPreset> &presets, const Dataset &dataset, const QSet<QString> &hidden);
};

} // namespace atlas
