// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace atlas {

/// Finds where values of a JSON text stand, by JSON pointer (`/ties/3/members/1/actor`), so that
/// problems found after parsing can be reported with a line and column. QJsonDocument keeps no positions.
///
/// Lazy: constructing one only keeps the text; nothing is scanned until a position is asked for, and
/// then only the pointers asked for (and their ancestors) are looked up, in one pass over the text.
/// Locate many problems with positions() rather than position() in a loop.
class JsonLocator
{
public:
    struct Position
    {
        int line = 0;   //!< 1-based
        int column = 0; //!< 1-based, counted in characters (not bytes)
        bool operator==(const Position &) const = default;
    };

    /// \a utf8 should already have parsed as JSON; on malformed text the scan stops early.
    explicit JsonLocator(const QByteArray &utf8);

    /// Position of the value at \a pointer, or of its nearest located ancestor.
    Position position(const QString &pointer) const;
    /// position() of each of \a pointers, in their order, in one pass over the text.
    QList<Position> positions(const QStringList &pointers) const;
    /// Position of byte \a offset (e.g. QJsonParseError::offset).
    Position positionOfOffset(qsizetype offset) const;
    /// positionOfOffset() of each of \a offsets, in their order, in one pass over the text.
    QList<Position> positionsOfOffsets(const QList<qsizetype> &offsets) const;

private:
    QByteArray mText;
};

} // namespace atlas
