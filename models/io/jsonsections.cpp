// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/jsonsections.h"

#include "models/io/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <future>
#include <optional>

namespace atlas {


/// The elements of the array whose '[' is at \a i, cut into chunks of about kChunkBytes, each released
/// once scanned; \a i ends past the ']'. False where the structure breaks.
bool JsonSections::scanArray(const QByteArray &text, qsizetype &i, QList<Chunk> &chunks, qsizetype &count, const Release &release)
{
    const JsonScan scan(text.constData(), text.size());
    ++i;
    scan.skipSpace(i);
    if (scan.at(i) == ']') {
        ++i;
        return true;
    }
    Chunk chunk { i, i };
    const auto close = [&] {
        chunks.append(chunk);
        if (release)
            release(chunk.begin, chunk.end);
    };
    for (;;) {
        if (!scan.skipValue(i))
            return false;
        ++count;
        chunk.end = i;
        scan.skipSpace(i);
        if (scan.at(i) == ']') {
            ++i;
            close();
            return true;
        }
        if (scan.at(i) != ',')
            return false;
        ++i;
        scan.skipSpace(i);
        if (chunk.end - chunk.begin >= kChunkBytes) {
            close();
            chunk = { i, i };
        }
    }
}

JsonSections::JsonSections(const QJsonObject &root)
    : mRoot(root)
{
}

std::optional<JsonSections> JsonSections::split(const QByteArray &utf8, Release release)
{
    JsonSections result;
    result.mText = utf8;
    result.mRelease = std::move(release);
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
                const QString name = QString::fromUtf8(key);
                if (result.mChunks.contains(name) || !scanArray(utf8, i, result.mChunks[name], result.mCounts[name], result.mRelease))
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
    if (mFailed || mStopped)
        return;
    const auto chunks = mChunks.constFind(key);
    if (chunks == mChunks.constEnd()) {
        const QJsonArray array = mRoot.value(key).toArray();
        for (const QJsonValue &value : array)
            visit(value);
        return;
    }
    // Each chunk is parsed on a worker thread while the elements of the one before are visited here,
    // and the tree of that one is freed there too: parsing and freeing Qt's JSON trees was 40 % of
    // reading a large file.
    const auto parse = [this](const Chunk &chunk, QJsonDocument done) -> std::optional<QJsonDocument> {
        done = QJsonDocument();
        // Nested as deep as in the whole document ({"key": [...]}), so Qt's depth limit applies alike.
        QByteArray text;
        text.reserve(chunk.end - chunk.begin + 4);
        text.append("[[").append(mText.constData() + chunk.begin, chunk.end - chunk.begin).append("]]");
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return doc;
    };
    const QList<Chunk> &list = *chunks;
    std::future<std::optional<QJsonDocument>> next;
    if (!list.isEmpty())
        next = std::async(std::launch::async, parse, list.first(), QJsonDocument());
    QJsonDocument visited; // the chunk visited last, freed by the next parse
    for (qsizetype i = 0; i < list.size(); ++i) {
        std::optional<QJsonDocument> doc = next.get();
        if (!doc) {
            mFailed = true;
            return;
        }
        if (i + 1 < list.size())
            next = std::async(std::launch::async, parse, list[i + 1], std::move(visited));
        if (mRelease)
            mRelease(list[i].begin, list[i].end);
        {
            const QJsonArray elements = doc->array().at(0).toArray();
            for (const QJsonValue &value : elements)
                visit(value);
        }
        visited = std::move(*doc);
        mParsed = std::min(mParsed + list[i].end - list[i].begin, mText.size());
        if (mProgress && !mProgress(mParsed, mText.size())) {
            mStopped = true;
            return; // next's destructor waits for the worker
        }
    }
}

qsizetype JsonSections::count(const QString &key) const
{
    const auto it = mCounts.constFind(key);
    return it != mCounts.constEnd() ? *it : mRoot.value(key).toArray().size();
}

} // namespace atlas
