// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/text/evidenceformat.h"

#include "models/domain/dataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace atlas {

QString EvidenceFormat::json(const Dataset &dataset, const QList<const Evidence *> &items)
{
    QJsonArray array;
    for (const Evidence *e : items) {
        const Source *source = dataset.source(e->source);
        array.append(QJsonObject {
            { QStringLiteral("id"), e->id },
            { QStringLiteral("tie"), e->tie },
            { QStringLiteral("event"), e->event.isEmpty() ? QJsonValue() : QJsonValue(e->event) },
            { QStringLiteral("aspect"), e->aspect },
            { QStringLiteral("source_key"), e->source },
            { QStringLiteral("source_file"), source && !source->file.isEmpty() ? QJsonValue(source->file) : QJsonValue() },
            { QStringLiteral("section"), e->section },
            { QStringLiteral("quote"), e->quote },
            { QStringLiteral("claim_en"), e->claim.en },
            { QStringLiteral("claim_zh"), e->claim.zh },
            { QStringLiteral("cites"), QJsonArray::fromStringList(e->cites) },
            { QStringLiteral("note_en"), e->note.en },
            { QStringLiteral("note_zh"), e->note.zh },
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace atlas
