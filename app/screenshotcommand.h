// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace atlas {

/**
 * `alliance-atlas screenshot`: renders the real main window (or, with --present N, the presentation
 * window at the dataset's N-th bookmark once its animation has ended) off screen into a PNG of the
 * requested size, and optionally writes its layout report: the widgets' rectangles, and the map
 * renderer's regions, labels and ties (MapLayoutReport) offset to window coordinates.
 * Needs a QApplication (widgets); the settings of the user are neither read nor written.
 */
class ScreenshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotCommand)

public:
    static bool matches(const QStringList &args) { return args.value(1) == QLatin1String("screenshot"); }
    /// Runs with \a args (argv with the program name first); returns the exit code.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
    static QString usage();
};

} // namespace atlas
