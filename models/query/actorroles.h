// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace atlas {

class Dataset;
class Translator;
struct Snapshot;

/// The part an actor plays in the alliance system at one date, strongest first.
enum class ActorRole : int {
    Hub,                //!< the dataset's hub (the United States)
    TreatyAlly,         //!< in force in a bilateral or multilateral alliance together with the hub
    MinilateralPartner, //!< in force in a minilateral, but no treaty ally
    SecurityPartner,    //!< only partnerships, dialogues, agreements, intelligence sharing or exercises
    Other,              //!< none of these at the date (or hidden)
};

/// The role of every actor in a snapshot. A plain value computed from (Dataset, Snapshot); hidden actors
/// are not in the snapshot's ties and so come out as Other (and the hidden hub is no hub). Suspended
/// memberships and proposed ties give no role.
class ActorRoles
{
    Q_DECLARE_TR_FUNCTIONS(ActorRoles)

public:
    static ActorRoles compute(const Dataset &dataset, const Snapshot &snapshot, bool hubHidden = false);

    ActorRole role(const QString &actor) const { return mRoles.value(actor, ActorRole::Other); }
    const QHash<QString, ActorRole> &roles() const { return mRoles; }

    /// The role's label through \a translator (nullptr: the application's installed translators).
    static QString label(ActorRole role, const Translator *translator = nullptr);

    friend bool operator==(const ActorRoles &, const ActorRoles &) = default;

private:
    void raise(const QString &actor, ActorRole role);

    QHash<QString, ActorRole> mRoles; //!< actors with a role other than Other
};

} // namespace atlas
