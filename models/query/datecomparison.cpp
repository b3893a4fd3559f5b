// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/datecomparison.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/query/snapshot.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace atlas {

namespace {

/// The snapshot's ties by index, split into in force (incl. suspended) and proposed.
struct Standing
{
    QHash<int, const TieState *> inForce;
    QList<int> proposed;
};

Standing standing(const Snapshot &snapshot)
{
    Standing result;
    for (const TieState &state : snapshot.ties) {
        if (state.status == TieStatus::Proposed)
            result.proposed.append(state.tie);
        else if (state.status != TieStatus::Ended)
            result.inForce.insert(state.tie, &state);
    }
    return result;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a)
        if (!b.contains(item))
            result.append(item);
    result.sort();
    return result;
}

QJsonArray tieIds(const Dataset &dataset, const QList<int> &ties)
{
    QJsonArray ids;
    for (int tie : ties)
        ids.append(dataset.ties[tie].id);
    return ids;
}

} // namespace

QString DateComparison::check(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return tr("two valid dates are needed to compare");
    if (from > to)
        return tr("the first date %1 is after the second date %2")
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return {};
}

DateComparison DateComparison::compare(const Dataset &dataset, QDate from, QDate to, const QSet<QString> &hidden)
{
    DateComparison result;
    result.from = from;
    result.to = to;
    const Snapshot a = takeSnapshot(dataset, from, hidden);
    const Snapshot b = takeSnapshot(dataset, to, hidden);
    const Standing before = standing(a);
    const Standing after = standing(b);
    result.proposedFrom = before.proposed;
    result.proposedTo = after.proposed;

    QSet<QString> roles;
    for (qsizetype i = 0; i < dataset.ties.size(); ++i) {
        const int tie = int(i);
        const TieState *was = before.inForce.value(tie);
        const TieState *is = after.inForce.value(tie);
        if (!was && !is)
            continue;
        if (!was) {
            result.added.append(tie);
            for (const QString &actor : is->allMembers())
                roles.insert(actor);
            continue;
        }
        if (!is) {
            result.ended.append(tie);
            for (const QString &actor : was->allMembers())
                roles.insert(actor);
            continue;
        }
        result.continuing.append(tie);
        TieChange change { tie, minus(is->allMembers(), was->allMembers()), minus(was->allMembers(), is->allMembers()),
                           was->status, is->status };
        if (!change.joined.isEmpty() || !change.left.isEmpty() || change.statusFrom != change.statusTo) {
            for (const QString &actor : change.joined + change.left)
                roles.insert(actor);
            result.changed.append(change);
        }
    }
    result.rolesChanged = roles.values();
    result.rolesChanged.sort();
    return result;
}

QJsonObject DateComparison::toJson(const Dataset &dataset) const
{
    QJsonArray changes;
    for (const TieChange &change : changed)
        changes.append(QJsonObject { { QStringLiteral("id"), dataset.ties[change.tie].id },
                                     { QStringLiteral("joined"), QJsonArray::fromStringList(change.joined) },
                                     { QStringLiteral("left"), QJsonArray::fromStringList(change.left) },
                                     { QStringLiteral("status_from"), Vocabulary::keyword(change.statusFrom) },
                                     { QStringLiteral("status_to"), Vocabulary::keyword(change.statusTo) } });
    return QJsonObject { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                         { QStringLiteral("to"), to.toString(Qt::ISODate) },
                         { QStringLiteral("added"), tieIds(dataset, added) },
                         { QStringLiteral("ended"), tieIds(dataset, ended) },
                         { QStringLiteral("continuing"), tieIds(dataset, continuing) },
                         { QStringLiteral("changed"), changes },
                         { QStringLiteral("proposed_from"), tieIds(dataset, proposedFrom) },
                         { QStringLiteral("proposed_to"), tieIds(dataset, proposedTo) } };
}

} // namespace atlas
