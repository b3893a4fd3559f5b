// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the ATOP import and of the scrub query on it (not a test: prints figures, asserts nothing).
//   bench_atop [ATOP_DIR]
// Imports ATOP v4.01 (Leeds, Ritter, Mitchell & Long 2002, "Alliance Treaty Obligations and Provisions,
// 1815-1944", International Interactions 28: 237–260) from ATOP_DIR, by default ../shared/data/atop-v4
// beside the source tree, with AtopImporter (the same path as File > Import ATOP and import-atop), then
// times takeSnapshot() for 1 January of every year 1815–2016, as a drag of the time cursor asks for.
// Prints a note and exits 0 when the data is not there: the full files are never bundled.
#include "models/io/atopimporter.h"
#include "models/domain/dataset.h"
#include "models/io/datasetwriter.h"
#include "models/query/snapshot.h"
#include "tests/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace atlas;

namespace {

void print(const char *what, const test::TimingStats &f)
{
    std::printf("  %-44s median %9.3f  p95 %9.3f  max %9.3f ms\n", what, f.median, f.p95, f.max);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = app.arguments().value(1, QStringLiteral(ATLAS_SOURCE_DIR "/../shared/data/atop-v4"));
    if (!QFileInfo::exists(QDir(dir).filePath(AtopImporter::memberFileName()))) {
        std::printf("bench_atop: no ATOP data in %s; nothing to measure\n", qPrintable(QDir::cleanPath(dir)));
        return 0;
    }

    // Import: the first run pays for the resources (country codes, capitals); later runs are the steady cost.
    QList<double> importMs;
    LoadResult result;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        result = AtopImporter::importDirectory(dir);
        importMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!result.dataset) {
        std::printf("bench_atop: import failed:\n");
        for (const Issue &issue : result.issues)
            std::printf("  %s\n", qPrintable(issue.toString()));
        return 1;
    }
    const Dataset &d = *result.dataset;
    qsizetype spells = 0;
    for (const Tie &t : d.ties)
        spells += t.members.size();
    int warnings = 0;
    for (const Issue &issue : result.issues)
        warnings += issue.severity == Issue::Severity::Warning ? 1 : 0;
    std::printf("ATOP v4.01 from %s\n", qPrintable(QDir::cleanPath(dir)));
    std::printf("  %lld ties, %lld actors, %lld membership spells, %d warnings\n", qlonglong(d.ties.size()), qlonglong(d.actors.size()),
                qlonglong(spells), warnings);
    std::printf("  import (5 runs): first %.1f ms\n", importMs.first());
    print("import, later runs", test::timingStats(importMs.mid(1)));
    std::printf("  dataset file: %.2f MiB\n", double(DatasetWriter::write(d).size()) / (1024.0 * 1024.0));

    // The scrub query, one snapshot per year; three passes, the first warms caches.
    QList<double> snapshotMs;
    int maxTies = 0;
    for (int pass = 0; pass < 3; ++pass)
        for (int year = 1815; year <= 2016; ++year) {
            QElapsedTimer timer;
            timer.start();
            const Snapshot s = takeSnapshot(d, QDate(year, 1, 1));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (pass > 0)
                snapshotMs.append(ms);
            maxTies = std::max(maxTies, int(s.ties.size()));
        }
    print("takeSnapshot, yearly 1815-2016 (2 x 202)", test::timingStats(snapshotMs));
    std::printf("  most ties in force on one 1 January: %d\n", maxTies);

    QList<double> hiddenMs;
    const QSet<QString> hidden { QStringLiteral("USA") };
    for (int year = 1815; year <= 2016; ++year) {
        QElapsedTimer timer;
        timer.start();
        takeSnapshot(d, QDate(year, 1, 1), hidden);
        hiddenMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    print("takeSnapshot, yearly, USA hidden", test::timingStats(hiddenMs));
    std::printf("  budget per frame at 60 Hz: 16.7 ms\n");
    return 0;
}
