// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The subcommands of the command line, one per file in app/cli/. Each takes argv (program name
// first, subcommand second), prints its result on \a out and one-line errors on \a err, and returns
// the exit code: 0 success, 1 failure (unreadable dataset, write error), 2 usage error.

#include <QStringList>

class QTextStream;

namespace atlas::cli {

int validateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int queryCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int evidenceCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int metricsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int diffCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int importAtopCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace atlas::cli
