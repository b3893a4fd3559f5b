// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/sourcedisagreements.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

namespace {

/// Whether \a a and \a b are about the same claim.
bool sameClaim(const Evidence &a, const Evidence &b)
{
    if (a.aspect == u"event" || !a.event.isEmpty())
        return !a.event.isEmpty() && a.event == b.event;
    return a.aspect == b.aspect && a.tie == b.tie && a.typology == b.typology;
}

QString range(const PartialDate &from, const PartialDate &to)
{
    return from.toString() + QStringLiteral("..") + (to.isValid() ? to.toString() : QString());
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject textJson(const LocalizedText &t)
{
    return { { QStringLiteral("en"), t.en }, { QStringLiteral("zh"), t.zh } };
}

} // namespace

QList<SourceDisagreement> SourceDisagreements::find(const Dataset &dataset)
{
    QList<SourceDisagreement> list;
    for (int i = 0; i < dataset.evidence.size(); ++i) {
        const Evidence &e = dataset.evidence[i];
        if (e.note.isEmpty())
            continue;
        SourceDisagreement d;
        d.evidence = i;
        d.sides.append(i);
        for (int j = 0; j < dataset.evidence.size(); ++j)
            if (j != i && sameClaim(e, dataset.evidence[j]))
                d.sides.append(j);
        d.recorded = recordedValue(dataset, i);
        list.append(d);
    }
    return list;
}

QString SourceDisagreements::recordedValue(const Dataset &dataset, int evidenceIndex)
{
    const Evidence &e = dataset.evidence[evidenceIndex];
    if (!e.event.isEmpty()) {
        const Event *event = dataset.event(e.event);
        return event ? event->date.toString() : QString();
    }
    if (e.aspect.startsWith(u"placement:")) {
        const Placement *p = dataset.placement(e.aspect.mid(10), e.tie);
        return p ? p->cell : QString();
    }
    const Tie *tie = dataset.tie(e.tie);
    if (!tie)
        return {};
    if (e.aspect == u"start")
        return tie->start.toString();
    if (e.aspect == u"end")
        return tie->end.isValid() ? tie->end.toString() : QStringLiteral("ongoing");
    if (e.aspect == u"existence")
        return Vocabulary::keyword(tie->kind);
    if (e.aspect == u"members")
        return tie->memberIds().join(u',');
    if (e.aspect.startsWith(u"member:")) {
        const QString actor = e.aspect.mid(7);
        QStringList spells;
        for (const MembershipSpell &s : tie->members)
            if (s.actor == actor)
                spells.append(range(s.joined.isValid() ? s.joined : tie->start, s.left.isValid() ? s.left : tie->end)
                              + (s.suspended ? QStringLiteral(" suspended") : QString()));
        for (const StatusPhase &ph : tie->phases)
            if (ph.between.contains(actor))
                spells.append(Vocabulary::keyword(ph.status) + u' ' + ph.between.join(u'-') + u' ' + range(ph.from, ph.to));
        return spells.join(QStringLiteral("; "));
    }
    if (e.aspect == u"status") {
        QStringList parts { Vocabulary::keyword(tie->status) };
        for (const StatusPhase &ph : tie->phases)
            parts.append(Vocabulary::keyword(ph.status) + (ph.between.isEmpty() ? QString() : u' ' + ph.between.join(u'-')) + u' '
                         + range(ph.from, ph.to));
        return parts.join(QStringLiteral("; "));
    }
    return {};
}

QString SourceDisagreements::json(const Dataset &dataset, const QList<SourceDisagreement> &list)
{
    QJsonArray array;
    for (const SourceDisagreement &d : list) {
        const Evidence &noted = dataset.evidence[d.evidence];
        QJsonArray sources;
        QStringList ids;
        QStringList others;
        for (int i : d.sides) {
            const Evidence &e = dataset.evidence[i];
            ids.append(e.id);
            if (i != d.evidence)
                others.append(e.id);
            sources.append(QJsonObject { { QStringLiteral("evidence"), e.id },
                                         { QStringLiteral("source"), e.source },
                                         { QStringLiteral("section"), e.section },
                                         { QStringLiteral("as_of"), orNull(e.asOf.isValid() ? e.asOf.toString() : QString()) },
                                         { QStringLiteral("claim"), textJson(e.claim) },
                                         { QStringLiteral("quote"), e.quote },
                                         { QStringLiteral("cites"), QJsonArray::fromStringList(e.cites) } });
        }
        array.append(QJsonObject {
            { QStringLiteral("id"), noted.id },
            { QStringLiteral("tie"), orNull(noted.tie) },
            { QStringLiteral("event"), orNull(noted.event) },
            { QStringLiteral("typology"), orNull(noted.typology) },
            { QStringLiteral("aspect"), noted.aspect },
            { QStringLiteral("note"), textJson(noted.note) },
            { QStringLiteral("sources"), sources },
            { QStringLiteral("better_attested"),
              QJsonObject { { QStringLiteral("value"), orNull(d.recorded) }, { QStringLiteral("supported_by"), QJsonArray::fromStringList(others) } } },
            { QStringLiteral("records"),
              QJsonObject { { QStringLiteral("tie"), orNull(noted.tie) },
                            { QStringLiteral("event"), orNull(noted.event) },
                            { QStringLiteral("typology"), orNull(noted.typology) },
                            { QStringLiteral("evidence"), QJsonArray::fromStringList(ids) } } },
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace atlas
