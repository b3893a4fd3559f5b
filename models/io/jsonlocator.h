// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace atlas {

/// Finds where each value of a JSON text stands, by JSON pointer (`/ties/3/members/1/actor`), so that
/// problems found after parsing can be reported with a line and column. QJsonDocument keeps no positions.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0;   //!< 1-based
        int column = 0; //!< 1-based, counted in characters (not bytes)
    };

    /// \a utf8 should already have parsed as JSON; on malformed text the scan stops early.
    explicit JsonLocator(const QByteArray &utf8);

    /// Position of the value at \a pointer, or of its nearest located ancestor.
    Position position(const QString &pointer) const;
    /// Position of byte \a offset (e.g. QJsonParseError::offset).
    Position positionOfOffset(qsizetype offset) const;

private:
    bool scanValue(qsizetype &i, const QString &pointer, int depth);
    bool scanString(qsizetype &i, QByteArray *decoded);
    void skipSpace(qsizetype &i) const;

    QByteArray mText;
    QList<qsizetype> mLineStarts;
    QHash<QString, qsizetype> mOffsets;
};

} // namespace atlas
