// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the ATOP import and of the scrub query on it (not a test: prints figures, asserts nothing).
//   bench_atop [ATOP_DIR]
// Imports ATOP v4.01 (Leeds, Ritter, Mitchell & Long 2002, "Alliance Treaty Obligations and Provisions,
// 1815-1944", International Interactions 28: 237–260) from ATOP_DIR, by default ../shared/data/atop-v4
// beside the source tree, with AtopImporter (the same path as File > Import ATOP and import-atop), then
// times takeSnapshot() for 1 January of every year 1815–2016, as a drag of the time cursor asks for.
// Prints a note and exits 0 when the data is not there: the full files are never bundled.
// First, whatever the data: the import of generated member files of 10,000 and 80,000 rows whose
// alliance is missing (each skipped with a warning), which must grow linearly with the rows.
#include "models/io/atopimporter.h"
#include "models/domain/dataset.h"
#include "models/io/datasetwriter.h"
#include "models/query/snapshot.h"
#include "tests/bench/benchfigures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace atlas;
using namespace atlas::bench;

namespace {

/// Imports a member file of \a rows rows naming alliances that the alliance file (one alliance) lacks.
void missingAlliances(int rows)
{
    const QByteArray alliance = "atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,defense,offense,neutral,nonagg,consul\n"
                                "1,1900,1,1,1910,1,1,1,1,0,0,0,0\n";
    QByteArray members = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit\n";
    for (int i = 0; i < rows; ++i)
        members += QByteArray::number(100000 + i) + ",2,1900,1,1,1910,1,1\n";
    QList<double> ms;
    qsizetype issues = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = AtopImporter::importData(members, QStringLiteral("members.csv"), alliance, QStringLiteral("alliances.csv"));
        ms.append(double(timer.nsecsElapsed()) / 1e6);
        issues = result.issues.size();
    }
    print(QStringLiteral("import, %1 member rows whose alliance is missing").arg(rows), ms,
          QStringLiteral("generated CSV, %1 issues").arg(issues));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const int rows : { 10'000, 80'000 })
        missingAlliances(rows);
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
    print(QStringLiteral("import"), importMs.mid(1), QStringLiteral("ATOP v4.01"));
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
    print(QStringLiteral("takeSnapshot, yearly 1815-2016 (2 x 202)"), snapshotMs, QStringLiteral("ATOP v4.01"));
    std::printf("  most ties in force on one 1 January: %d\n", maxTies);

    QList<double> hiddenMs;
    const QSet<QString> hidden { QStringLiteral("USA") };
    for (int year = 1815; year <= 2016; ++year) {
        QElapsedTimer timer;
        timer.start();
        takeSnapshot(d, QDate(year, 1, 1), hidden);
        hiddenMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    print(QStringLiteral("takeSnapshot, yearly, USA hidden"), hiddenMs, QStringLiteral("ATOP v4.01"));
    std::printf("  budget per frame at 60 Hz: 16.7 ms\n");
    return 0;
}
