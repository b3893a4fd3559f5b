// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace atlas {

/// A JSON object text taken apart at its top level so that a large document never stands in memory
/// whole as a QJsonDocument (whose tree is several times the text): the root object is parsed with
/// each of its arrays left empty, and forEach() parses those arrays later, a chunk of elements at a
/// time, each chunk's tree released before the next. Reading a dataset goes through here.
class JsonSections
{
public:
    /// Told the bytes parsed so far and the size of the text; returning false stops the reading.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    /// Told a byte range of the text that has been scanned or parsed (MappedFile::release()).
    using Release = std::function<void(qsizetype begin, qsizetype end)>;

    /// The text split, or std::nullopt when it is not one JSON object whose top level the scan takes
    /// apart (malformed, not an object, a top-level key written with escapes or twice): the caller
    /// then parses the text whole, which reports the problem exactly as before.
    /// \a release, when given, is told each chunk once scanned and again once parsed.
    static std::optional<JsonSections> split(const QByteArray &utf8, Release release = {});
    /// A document already parsed whole: forEach() walks the root's arrays.
    explicit JsonSections(const QJsonObject &root);

    /// The root object; its arrays are empty when they were split off (forEach() gives their elements).
    const QJsonObject &root() const { return mRoot; }

    /// Calls \a visit with each element of the root's array \a key, in order (none when it is not an
    /// array). Stops early, and visits nothing any more, once a chunk does not parse (failed()) or
    /// the progress asks to stop (stopped()).
    void forEach(const QString &key, const std::function<void(const QJsonValue &)> &visit) const;

    /// Whether a chunk did not parse: the text is malformed and the caller must parse it whole.
    bool failed() const { return mFailed; }
    /// The number of elements of the root's array \a key (for reserving), 0 when it is not an array.
    qsizetype count(const QString &key) const;
    /// Whether the progress callback asked to stop.
    bool stopped() const { return mStopped; }
    /// Called after each chunk with the bytes of the text parsed so far (never decreasing).
    void setProgress(Progress progress) { mProgress = std::move(progress); }

    /// Bytes of text per chunk parsed at once: big enough that the per-parse cost vanishes, small
    /// enough that the tree of one chunk is a few megabytes.
    static constexpr qsizetype kChunkBytes = 512 * 1024;

private:
    JsonSections() = default;

    struct Chunk
    {
        qsizetype begin = 0; //!< first byte of the first element
        qsizetype end = 0;   //!< one past the last byte of the last element (commas between included)
    };
    static bool scanArray(const QByteArray &text, qsizetype &i, QList<Chunk> &chunks, qsizetype &count, const Release &release);

    QByteArray mText;
    QJsonObject mRoot;
    QHash<QString, QList<Chunk>> mChunks; //!< the split-off arrays
    QHash<QString, qsizetype> mCounts;    //!< their numbers of elements
    Progress mProgress;
    Release mRelease;
    mutable qsizetype mParsed = 0; //!< bytes of chunks parsed so far, for the progress
    mutable bool mFailed = false;
    mutable bool mStopped = false;
};

} // namespace atlas
