// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/jsonlocator.h"

#include <algorithm>

namespace atlas {

namespace {
constexpr int kMaxDepth = 256; // deeper documents are not datasets; stop rather than overflow the stack
}

JsonLocator::JsonLocator(const QByteArray &utf8)
    : mText(utf8)
{
    mLineStarts.append(0);
    for (qsizetype i = 0; i < mText.size(); ++i)
        if (mText[i] == '\n')
            mLineStarts.append(i + 1);
    qsizetype i = 0;
    scanValue(i, QString(), 0);
}

JsonLocator::Position JsonLocator::position(const QString &pointer) const
{
    QString p = pointer;
    while (true) {
        const auto it = mOffsets.constFind(p);
        if (it != mOffsets.constEnd())
            return positionOfOffset(*it);
        if (p.isEmpty())
            return { 1, 1 };
        p.truncate(p.lastIndexOf(u'/'));
    }
}

JsonLocator::Position JsonLocator::positionOfOffset(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, mText.size());
    const auto it = std::upper_bound(mLineStarts.cbegin(), mLineStarts.cend(), offset);
    const auto line = static_cast<int>(it - mLineStarts.cbegin());
    const qsizetype start = mLineStarts[line - 1];
    int column = 1;
    for (qsizetype i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(mText[i]) & 0xC0) != 0x80) // count UTF-8 lead bytes only
            ++column;
    return { line, column };
}

void JsonLocator::skipSpace(qsizetype &i) const
{
    while (i < mText.size() && (mText[i] == ' ' || mText[i] == '\t' || mText[i] == '\n' || mText[i] == '\r'))
        ++i;
}

bool JsonLocator::scanString(qsizetype &i, QByteArray *decoded)
{
    if (i >= mText.size() || mText[i] != '"')
        return false;
    const qsizetype begin = ++i;
    while (i < mText.size() && mText[i] != '"')
        i += mText[i] == '\\' ? 2 : 1;
    if (i >= mText.size())
        return false;
    if (decoded)
        *decoded = mText.mid(begin, i - begin); // keys in datasets carry no escapes worth decoding
    ++i;
    return true;
}

bool JsonLocator::scanValue(qsizetype &i, const QString &pointer, int depth)
{
    if (depth > kMaxDepth)
        return false;
    skipSpace(i);
    if (i >= mText.size())
        return false;
    mOffsets.insert(pointer, i);
    const char c = mText[i];
    if (c == '{') {
        ++i;
        skipSpace(i);
        if (i < mText.size() && mText[i] == '}') {
            ++i;
            return true;
        }
        while (i < mText.size()) {
            skipSpace(i);
            QByteArray key;
            if (!scanString(i, &key))
                return false;
            skipSpace(i);
            if (i >= mText.size() || mText[i] != ':')
                return false;
            ++i;
            if (!scanValue(i, pointer + u'/' + QString::fromUtf8(key), depth + 1))
                return false;
            skipSpace(i);
            if (i < mText.size() && mText[i] == ',') {
                ++i;
                continue;
            }
            if (i < mText.size() && mText[i] == '}') {
                ++i;
                return true;
            }
            return false;
        }
        return false;
    }
    if (c == '[') {
        ++i;
        skipSpace(i);
        if (i < mText.size() && mText[i] == ']') {
            ++i;
            return true;
        }
        for (int index = 0; i < mText.size(); ++index) {
            if (!scanValue(i, pointer + u'/' + QString::number(index), depth + 1))
                return false;
            skipSpace(i);
            if (i < mText.size() && mText[i] == ',') {
                ++i;
                continue;
            }
            if (i < mText.size() && mText[i] == ']') {
                ++i;
                return true;
            }
            return false;
        }
        return false;
    }
    if (c == '"')
        return scanString(i, nullptr);
    while (i < mText.size() && !strchr(",]} \t\r\n", mText[i]))
        ++i;
    return true;
}

} // namespace atlas
