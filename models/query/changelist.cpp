// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/changelist.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/query/datecomparison.h"

#include <algorithm>
#include <cstdlib>

namespace atlas {

namespace {

bool within(QDate date, const DateComparison &c)
{
    return date.isValid() && date > c.from && date <= c.to;
}

/// The evidence aspects that speak for a change of \a kind (about \a actor).
QStringList aspectsOf(ChangeItem::Kind kind, const QString &actor)
{
    switch (kind) {
    case ChangeItem::Kind::Added: return { QStringLiteral("existence"), QStringLiteral("start") };
    case ChangeItem::Kind::Ended: return { QStringLiteral("end") };
    case ChangeItem::Kind::Joined:
    case ChangeItem::Kind::Left: return { QStringLiteral("members"), QStringLiteral("member:") + actor };
    case ChangeItem::Kind::Status: break;
    }
    return { QStringLiteral("status") };
}

/// Fills in \a item's event (the tie's event between the two dates nearest to the item's date) and evidence.
void explain(const Dataset &dataset, const DateComparison &c, ChangeItem &item)
{
    const Tie &tie = dataset.ties[item.tie];
    qint64 best = -1;
    for (const Event *event : dataset.eventsOf(tie.id)) {
        const QDate day = event->date.firstDay();
        if (!day.isValid() || day < c.from || day > c.to)
            continue;
        const qint64 distance = item.date.isValid() ? std::llabs(day.toJulianDay() - item.date.toJulianDay()) : 0;
        if (best < 0 || distance < best) {
            best = distance;
            item.event = event;
        }
    }
    const QStringList aspects = aspectsOf(item.kind, item.actor);
    for (const Evidence *e : dataset.evidenceFor(tie.id))
        if (aspects.contains(e->aspect) || (item.event && e->event == item.event->id))
            item.evidence.append(e);
}

ChangeItem itemOf(ChangeItem::Kind kind, int tie, const QString &actor, QDate date)
{
    ChangeItem item;
    item.kind = kind;
    item.tie = tie;
    item.actor = actor;
    item.date = date;
    return item;
}

} // namespace

QList<ChangeItem> ChangeList::build(const Dataset &dataset, const DateComparison &c)
{
    QList<ChangeItem> items;
    for (int tie : c.added)
        items.append(itemOf(ChangeItem::Kind::Added, tie, {}, dataset.ties[tie].start.firstDay()));
    for (int tie : c.ended)
        items.append(itemOf(ChangeItem::Kind::Ended, tie, {}, dataset.ties[tie].end.lastDay()));
    for (const TieChange &change : c.changed) {
        const Tie &tie = dataset.ties[change.tie];
        // The day a member joined or left: its spell that starts (ends) between the two dates.
        const auto spellDate = [&](const QString &actor, bool joined) {
            for (const MembershipSpell &spell : tie.members) {
                if (spell.actor != actor)
                    continue;
                const QDate day = joined ? spell.joined.firstDay() : spell.left.lastDay().addDays(1);
                if (within(day, c))
                    return joined ? day : spell.left.lastDay();
            }
            return QDate();
        };
        for (const QString &actor : change.joined)
            items.append(itemOf(ChangeItem::Kind::Joined, change.tie, actor, spellDate(actor, true)));
        for (const QString &actor : change.left)
            items.append(itemOf(ChangeItem::Kind::Left, change.tie, actor, spellDate(actor, false)));
        if (change.statusFrom != change.statusTo) {
            ChangeItem item = itemOf(ChangeItem::Kind::Status, change.tie, {}, {});
            for (const StatusPhase &phase : tie.phases) {
                if (within(phase.from.firstDay(), c))
                    item.date = phase.from.firstDay();
                else if (within(phase.to.lastDay().addDays(1), c))
                    item.date = phase.to.lastDay().addDays(1);
            }
            item.statusFrom = change.statusFrom;
            item.statusTo = change.statusTo;
            items.append(item);
        }
    }
    for (ChangeItem &item : items)
        explain(dataset, c, item);
    // By date (undated last), then in dataset order.
    std::stable_sort(items.begin(), items.end(), [](const ChangeItem &a, const ChangeItem &b) {
        if (a.date.isValid() != b.date.isValid())
            return a.date.isValid();
        if (a.date != b.date)
            return a.date < b.date;
        return a.tie < b.tie;
    });
    return items;
}

QString ChangeList::describe(const Dataset &dataset, const ChangeItem &item, Language language)
{
    const QString tie = dataset.ties[item.tie].label().text(language);
    const Actor *actor = dataset.actor(item.actor);
    const QString member = actor ? actor->name.text(language) : item.actor;
    switch (item.kind) {
    case ChangeItem::Kind::Added: return tr("Added: %1").arg(tie);
    case ChangeItem::Kind::Ended: return tr("Ended: %1").arg(tie);
    case ChangeItem::Kind::Joined: return tr("%1 joined %2").arg(member, tie);
    case ChangeItem::Kind::Left: return tr("%1 left %2").arg(member, tie);
    case ChangeItem::Kind::Status: break;
    }
    return tr("%1: %2 → %3").arg(tie, Vocabulary::label(item.statusFrom), Vocabulary::label(item.statusTo));
}

} // namespace atlas
