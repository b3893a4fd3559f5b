// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

namespace atlas {

/// Moves over JSON text without building anything: the byte walks shared by JsonLocator (which finds
/// where a value stands) and JsonSections (which cuts a document into parts to parse one at a time).
/// Lenient: it finds where values end in well-formed text and reports false where the structure
/// breaks; it does not validate scalars, escapes or UTF-8 (the Qt parser does that).
class JsonScan
{
public:
    JsonScan(const char *text, qsizetype size)
        : mText(text)
        , mSize(size)
    {
    }

    qsizetype size() const { return mSize; }
    const char *data() const { return mText; }
    /// The byte at \a i, or 0 past the end.
    char at(qsizetype i) const { return i < mSize ? mText[i] : '\0'; }

    void skipSpace(qsizetype &i) const
    {
        while (i < mSize && (mText[i] == ' ' || mText[i] == '\t' || mText[i] == '\n' || mText[i] == '\r'))
            ++i;
    }

    /// Moves past the string starting at \a i (its opening quote); \a contents receives the bytes
    /// between the quotes, undecoded, when given.
    bool scanString(qsizetype &i, QByteArray *contents = nullptr) const
    {
        if (i >= mSize || mText[i] != '"')
            return false;
        const qsizetype begin = ++i;
        for (;;) {
            const void *quote = std::memchr(mText + i, '"', size_t(mSize - i));
            if (!quote)
                return false;
            i = static_cast<const char *>(quote) - mText;
            qsizetype backslashes = 0; // an odd number of them escapes this quote
            while (i - backslashes > begin && mText[i - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
            ++i;
        }
        if (contents)
            *contents = QByteArray(mText + begin, i - begin);
        ++i;
        return true;
    }

    /// Moves past the value at \a i, nested containers included, without recursion.
    bool skipValue(qsizetype &i) const
    {
        int depth = 0;
        do {
            skipSpace(i);
            if (i >= mSize)
                return false;
            const char c = mText[i];
            if (c == '"') {
                if (!scanString(i))
                    return false;
            } else if (c == '{' || c == '[') {
                ++depth;
                ++i;
            } else if (c == '}' || c == ']') {
                if (--depth < 0)
                    return false;
                ++i;
            } else if (c == ',' || c == ':') {
                if (depth == 0)
                    return false;
                ++i;
            } else {
                while (i < mSize && !std::strchr(",]}: \t\r\n", mText[i]))
                    ++i;
            }
        } while (depth > 0);
        return true;
    }

private:
    const char *mText;
    qsizetype mSize;
};

} // namespace atlas
