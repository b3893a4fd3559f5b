// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the command-line front end in-process and captures what it prints (shared by the CLI tests).

#include "app/commandline.h"

#include <QStringList>
#include <QTextStream>

namespace atlas::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs `alliance-atlas [subcommand] args...`; \a subcommand is put first when given.
inline CliRun runCli(QStringList args, const QString &subcommand = {})
{
    if (!subcommand.isEmpty())
        args.prepend(subcommand);
    args.prepend(QStringLiteral("alliance-atlas"));
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = CommandLine::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace atlas::test
