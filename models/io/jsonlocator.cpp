// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/jsonlocator.h"

#include "models/io/jsonscan.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace atlas {

namespace {

constexpr int kMaxDepth = 256; // deeper documents are not datasets; stop rather than overflow the stack

/// One pass over the text that records the byte offset of every value whose pointer is in mWanted
/// (the pointers asked for and all their ancestors). Values outside it are skipped without building
/// their pointers, so the cost is one walk over the bytes whatever the size of the document.
class Scanner
{
public:
    Scanner(const QByteArray &text, const QSet<QString> &wanted)
        : mScan(text.constData(), text.size())
        , mWanted(wanted)
    {
        for (const QString &pointer : wanted) {
            const qsizetype slash = pointer.lastIndexOf(u'/');
            bool number = false;
            const qsizetype index = slash < 0 ? -1 : pointer.mid(slash + 1).toLongLong(&number);
            if (number && index >= 0 && QString::number(index) == QStringView(pointer).mid(slash + 1))
                mWantedIndices[pointer.left(slash)].insert(index);
        }
    }

    QHash<QString, qsizetype> offsets;

    void run()
    {
        qsizetype i = 0;
        scanValue(i, QString(), 0);
    }

private:
    /// The value at \a i: located and descended into when \a pointer is wanted, else skipped.
    bool scanChild(qsizetype &i, const QString &pointer, int depth)
    {
        if (mWanted.contains(pointer))
            return scanValue(i, pointer, depth);
        return mScan.skipValue(i);
    }

    bool scanValue(qsizetype &i, const QString &pointer, int depth)
    {
        if (depth > kMaxDepth)
            return false;
        mScan.skipSpace(i);
        if (i >= mScan.size())
            return false;
        offsets.insert(pointer, i);
        const char c = mScan.at(i);
        if (c == '{') {
            ++i;
            mScan.skipSpace(i);
            if (mScan.at(i) == '}') {
                ++i;
                return true;
            }
            while (i < mScan.size()) {
                mScan.skipSpace(i);
                QByteArray key;
                if (!mScan.scanString(i, &key))
                    return false;
                mScan.skipSpace(i);
                if (mScan.at(i) != ':')
                    return false;
                ++i;
                if (!scanChild(i, pointer + u'/' + QString::fromUtf8(key), depth + 1))
                    return false;
                mScan.skipSpace(i);
                if (mScan.at(i) == ',') {
                    ++i;
                    continue;
                }
                if (mScan.at(i) == '}') {
                    ++i;
                    return true;
                }
                return false;
            }
            return false;
        }
        if (c == '[') {
            ++i;
            mScan.skipSpace(i);
            if (mScan.at(i) == ']') {
                ++i;
                return true;
            }
            // An element's pointer is built only when it is wanted: a large array is skipped through.
            const auto indices = mWantedIndices.constFind(pointer);
            const bool anyWanted = indices != mWantedIndices.constEnd();
            for (qsizetype index = 0; i < mScan.size(); ++index) {
                const bool ok = anyWanted && indices->contains(index) ? scanValue(i, pointer + u'/' + QString::number(index), depth + 1)
                                                                       : mScan.skipValue(i);
                if (!ok)
                    return false;
                mScan.skipSpace(i);
                if (mScan.at(i) == ',') {
                    ++i;
                    continue;
                }
                if (mScan.at(i) == ']') {
                    ++i;
                    return true;
                }
                return false;
            }
            return false;
        }
        return mScan.skipValue(i);
    }

    JsonScan mScan;
    const QSet<QString> &mWanted;
    QHash<QString, QSet<qsizetype>> mWantedIndices; //!< array pointer -> the indices of its wanted elements
};

} // namespace

JsonLocator::JsonLocator(const QByteArray &utf8)
    : mText(utf8)
{
}

JsonLocator::Position JsonLocator::position(const QString &pointer) const
{
    return positions({ pointer }).constFirst();
}

QList<JsonLocator::Position> JsonLocator::positions(const QStringList &pointers) const
{
    if (pointers.isEmpty())
        return {};
    // Every pointer and each of its ancestors ("/a/b" → "/a/b", "/a", "").
    QSet<QString> wanted;
    wanted.insert(QString());
    for (const QString &pointer : pointers)
        for (QString p = pointer; !p.isEmpty() && !wanted.contains(p); p.truncate(p.lastIndexOf(u'/')))
            wanted.insert(p);
    Scanner scanner(mText, wanted);
    scanner.run();

    QList<qsizetype> offsets;
    offsets.reserve(pointers.size());
    for (const QString &pointer : pointers) {
        qsizetype offset = 0; // the root when not even it was found
        for (QString p = pointer;; p.truncate(p.lastIndexOf(u'/'))) {
            const auto it = scanner.offsets.constFind(p);
            if (it != scanner.offsets.constEnd()) {
                offset = *it;
                break;
            }
            if (p.isEmpty())
                break;
        }
        offsets.append(offset);
    }
    return positionsOfOffsets(offsets);
}

JsonLocator::Position JsonLocator::positionOfOffset(qsizetype offset) const
{
    return positionsOfOffsets({ offset }).constFirst();
}

QList<JsonLocator::Position> JsonLocator::positionsOfOffsets(const QList<qsizetype> &offsets) const
{
    // Visit the offsets in increasing order, counting lines and characters once up to the last one.
    QList<qsizetype> order(offsets.size());
    std::iota(order.begin(), order.end(), 0);
    const auto clamped = [&](qsizetype k) { return std::clamp<qsizetype>(offsets[k], 0, mText.size()); };
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return clamped(a) < clamped(b); });
    QList<Position> result(offsets.size());
    const char *text = mText.constData();
    qsizetype i = 0;
    Position here{ 1, 1 };
    for (const qsizetype k : order) {
        const qsizetype target = clamped(k);
        for (; i < target; ++i) {
            if (text[i] == '\n')
                here = { here.line + 1, 1 };
            else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) // count UTF-8 lead bytes only
                ++here.column;
        }
        result[k] = here;
    }
    return result;
}

} // namespace atlas
