// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/jsonsections.h"

#include "models/io/jsonscan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace atlas {

namespace {

/// What JsonSections::forEach's worker and reader hand each other: chunks parsed (nullopt: one did
/// not parse) and trees visited, to be freed.
struct ChunkPipe
{
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::optional<QJsonDocument>> parsed;
    std::vector<QJsonDocument> visited;
    bool stop = false;
};

} // namespace


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
    // The chunks are parsed on one worker thread, a chunk or two ahead of this thread, which visits
    // their elements; the worker also frees the trees visited (parsing and freeing Qt's JSON trees
    // were 40 % of reading a large file). One thread for all chunks, so that a tree is allocated
    // and freed by the same thread, in the same malloc arena. An array of one chunk (every array of
    // a small dataset, as at start-up) is parsed here, without a thread.
    const QList<Chunk> &list = *chunks;
    ChunkPipe pipe;
    const auto produce = [&] {
        for (const Chunk &chunk : list) {
            std::vector<QJsonDocument> visited;
            {
                std::unique_lock lock(pipe.mutex);
                pipe.changed.wait(lock, [&] { return pipe.stop || pipe.parsed.size() < 2; });
                if (pipe.stop)
                    break;
                visited.swap(pipe.visited);
            }
            visited.clear();
            // Nested as deep as in the whole document ({"key": [...]}), so Qt's depth limit applies alike.
            QByteArray text;
            text.reserve(chunk.end - chunk.begin + 4);
            text.append("[[").append(mText.constData() + chunk.begin, chunk.end - chunk.begin).append("]]");
            QJsonParseError error;
            QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            const bool ok = error.error == QJsonParseError::NoError;
            {
                std::lock_guard lock(pipe.mutex);
                pipe.parsed.push_back(ok ? std::optional(std::move(doc)) : std::nullopt);
            }
            pipe.changed.notify_all();
            if (!ok)
                break;
        }
        std::lock_guard lock(pipe.mutex);
        pipe.visited.clear();
    };
    std::thread worker;
    if (list.size() > 1)
        worker = std::thread(produce);
    else
        produce();
    const auto finish = [&] {
        {
            std::lock_guard lock(pipe.mutex);
            pipe.stop = true;
        }
        pipe.changed.notify_all();
        if (worker.joinable())
            worker.join();
    };
    for (const Chunk &chunk : list) {
        std::optional<QJsonDocument> doc;
        {
            std::unique_lock lock(pipe.mutex);
            pipe.changed.wait(lock, [&] { return !pipe.parsed.empty(); });
            doc = std::move(pipe.parsed.front());
            pipe.parsed.pop_front();
        }
        pipe.changed.notify_all();
        if (!doc) {
            mFailed = true;
            return finish();
        }
        if (mRelease)
            mRelease(chunk.begin, chunk.end);
        {
            const QJsonArray elements = doc->array().at(0).toArray();
            for (const QJsonValue &value : elements)
                visit(value);
        }
        {
            std::lock_guard lock(pipe.mutex);
            pipe.visited.push_back(std::move(*doc));
        }
        mParsed = std::min(mParsed + chunk.end - chunk.begin, mText.size());
        if (mProgress && !mProgress(mParsed, mText.size())) {
            mStopped = true;
            return finish();
        }
    }
    finish();
}

qsizetype JsonSections::count(const QString &key) const
{
    const auto it = mCounts.constFind(key);
    return it != mCounts.constEnd() ? *it : mRoot.value(key).toArray().size();
}

} // namespace atlas
