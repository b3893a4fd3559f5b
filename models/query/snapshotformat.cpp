// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/query/snapshotformat.h"

#include "models/domain/dataset.h"
#include "models/domain/vocabulary.h"
#include "models/query/snapshot.h"
#include "models/text/texttable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

namespace {
QJsonObject textJson(const LocalizedText &t)
{
    return { { QStringLiteral("en"), t.en }, { QStringLiteral("zh"), t.zh } };
}
} // namespace

QString SnapshotFormat::json(const Dataset &dataset, const Snapshot &snapshot, const QSet<QString> &hidden)
{
    QJsonArray ties;
    for (const TieState &s : snapshot.ties) {
        const Tie &t = dataset.ties[s.tie];
        QJsonObject typology;
        for (const Placement &p : dataset.placements)
            if (p.tie == t.id)
                typology.insert(p.scheme, p.cell);
        QJsonObject o {
            { QStringLiteral("id"), t.id },
            { QStringLiteral("name"), textJson(t.name) },
            { QStringLiteral("kind"), Vocabulary::keyword(t.kind) },
            { QStringLiteral("status"), Vocabulary::keyword(s.status) },
            { QStringLiteral("region"), Vocabulary::keyword(t.region) },
            { QStringLiteral("members"), QJsonArray::fromStringList(s.allMembers()) },
            { QStringLiteral("start"), t.start.toString() },
            { QStringLiteral("end"), t.end.isValid() ? QJsonValue(t.end.toString()) : QJsonValue() },
            { QStringLiteral("typology"), typology },
        };
        if (!s.suspendedMembers.isEmpty())
            o.insert(QStringLiteral("suspended_members"), QJsonArray::fromStringList(s.suspendedMembers));
        QJsonArray suspendedPairs;
        for (const auto &[a, b] : s.suspendedPairs())
            suspendedPairs.append(QJsonArray { a, b });
        if (s.status == TieStatus::InForce && !suspendedPairs.isEmpty())
            o.insert(QStringLiteral("suspended_pairs"), suspendedPairs);
        ties.append(o);
    }
    QStringList hiddenList(hidden.cbegin(), hidden.cend());
    hiddenList.sort();
    const QJsonObject root { { QStringLiteral("date"), snapshot.date.toString(Qt::ISODate) },
                             { QStringLiteral("hidden"), QJsonArray::fromStringList(hiddenList) },
                             { QStringLiteral("ties"), ties } };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString SnapshotFormat::table(const Dataset &dataset, const Snapshot &snapshot)
{
    QList<QStringList> rows { { QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATUS"), QStringLiteral("START"),
                                QStringLiteral("END"), QStringLiteral("MEMBERS") } };
    for (const TieState &s : snapshot.ties) {
        const Tie &t = dataset.ties[s.tie];
        rows.append({ t.id, Vocabulary::keyword(t.kind), Vocabulary::keyword(s.status), t.start.toString(),
                      t.end.isValid() ? t.end.toString() : QStringLiteral("-"), s.allMembers().join(u',') });
    }
    return tr("In force on %1 (ties: %2)").arg(snapshot.date.toString(Qt::ISODate)).arg(snapshot.ties.size()) + u'\n'
        + TextTable::aligned(rows);
}

} // namespace atlas
