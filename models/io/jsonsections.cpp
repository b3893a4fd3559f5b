// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/jsonsections.h"

#include "models/io/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace atlas {

namespace {

/// The elements of the array whose '[' is at \a i, cut into chunks of about JsonSections::kChunkBytes;
/// \a i ends past the ']'. False where the structure breaks.
template<typename Chunk>
bool scanArray(const JsonScan &scan, qsizetype &i, QList<Chunk> &chunks)
{
    ++i;
    scan.skipSpace(i);
    if (scan.at(i) == ']') {
        ++i;
        return true;
    }
    Chunk chunk { i, i };
    for (;;) {
        if (!scan.skipValue(i))
            return false;
        chunk.end = i;
        scan.skipSpace(i);
        if (scan.at(i) == ']') {
            ++i;
            chunks.append(chunk);
            return true;
        }
        if (scan.at(i) != ',')
            return false;
        ++i;
        scan.skipSpace(i);
        if (chunk.end - chunk.begin >= JsonSections::kChunkBytes) {
            chunks.append(chunk);
            chunk = { i, i };
        }
    }
}

} // namespace

JsonSections::JsonSections(const QJsonObject &root)
    : mRoot(root)
{
}

std::optional<JsonSections> JsonSections::split(const QByteArray &utf8)
{
    JsonSections result;
    result.mText = utf8;
    const JsonScan scan(utf8.constData(), utf8.size());
    qsizetype i = 0;
    scan.skipSpace(i);
    if (scan.at(i) != '{')
        return std::nullopt;
    ++i;
    // The root's text with every array value replaced by [], parsed by Qt (which checks the keys and
    // the scalars); the chunks are checked when forEach() parses them.
    QByteArray rootText("{");
    int members = 0;
    scan.skipSpace(i);
    if (scan.at(i) == '}')
        ++i;
    else
        for (;;) {
            scan.skipSpace(i);
            const qsizetype keyBegin = i;
            QByteArray key;
            if (!scan.scanString(i, &key) || key.contains('\\'))
                return std::nullopt;
            rootText.append(utf8.constData() + keyBegin, i - keyBegin);
            scan.skipSpace(i);
            if (scan.at(i) != ':')
                return std::nullopt;
            ++i;
            scan.skipSpace(i);
            rootText.append(':');
            if (scan.at(i) == '[') {
                QList<Chunk> &chunks = result.mChunks[QString::fromUtf8(key)];
                if (!chunks.isEmpty() || !scanArray(scan, i, chunks))
                    return std::nullopt;
                rootText.append("[]");
            } else {
                const qsizetype valueBegin = i;
                if (!scan.skipValue(i))
                    return std::nullopt;
                rootText.append(utf8.constData() + valueBegin, i - valueBegin);
            }
            ++members;
            scan.skipSpace(i);
            if (scan.at(i) == '}') {
                ++i;
                break;
            }
            if (scan.at(i) != ',')
                return std::nullopt;
            ++i;
            rootText.append(',');
        }
    scan.skipSpace(i);
    if (i != utf8.size())
        return std::nullopt;
    rootText.append('}');
    QJsonParseError error;
    const QJsonDocument root = QJsonDocument::fromJson(rootText, &error);
    if (error.error != QJsonParseError::NoError || root.object().size() != members) // a key written twice
        return std::nullopt;
    result.mRoot = root.object();
    return result;
}

void JsonSections::forEach(const QString &key, const std::function<void(const QJsonValue &)> &visit) const
{
    const auto chunks = mChunks.constFind(key);
    if (chunks == mChunks.constEnd()) {
        const QJsonArray array = mRoot.value(key).toArray();
        for (const QJsonValue &value : array)
            visit(value);
        return;
    }
    QByteArray text;
    for (const Chunk &chunk : *chunks) {
        // Nested as deep as in the whole document ({"key": [...]}), so Qt's depth limit applies alike.
        text.clear();
        text.reserve(chunk.end - chunk.begin + 4);
        text.append("[[").append(mText.constData() + chunk.begin, chunk.end - chunk.begin).append("]]");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            mFailed = true;
            return;
        }
        const QJsonArray elements = doc.array().at(0).toArray();
        for (const QJsonValue &value : elements)
            visit(value);
        if (mProgress && !mProgress(chunk.end, mText.size())) {
            mStopped = true;
            return;
        }
    }
}

} // namespace atlas
