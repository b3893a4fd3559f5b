// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace atlas {

/// A problem found in input data, located in its file (Tiled's Issue, with a position).
struct Issue
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   //!< 1-based; 0 when unknown
    int column = 0; //!< 1-based, in characters
    QString path;   //!< JSON pointer of the offending value, e.g. /ties/3/members/1/actor
    QString message;
    QString contextId; //!< id of the tie/actor/... concerned, for selecting it

    /// An issue (an error unless changed) in \a file; with a JSON \a path the message is prefixed with it.
    static Issue at(const QString &file, const QString &message, int line = 0, int column = 0, const QString &path = {})
    {
        Issue issue;
        issue.file = file;
        issue.line = line;
        issue.column = column;
        issue.path = path;
        issue.message = path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
        return issue;
    }

    /// "FILE:LINE:COL: message" (with "warning: " before warnings).
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QStringLiteral(":%1:%2").arg(line).arg(column);
        return QStringLiteral("%1: %2%3").arg(where, severity == Severity::Warning ? QStringLiteral("warning: ") : QString(), message);
    }
};

inline bool hasErrors(const QList<Issue> &issues)
{
    for (const Issue &i : issues)
        if (i.severity == Issue::Severity::Error)
            return true;
    return false;
}

} // namespace atlas
