// SPDX-License-Identifier: GPL-3.0-or-later
// Large-dataset benchmark (not a test: prints figures, asserts nothing).
//   bench_dataset [RUNS]
//   bench_dataset --write DIR      (only writes the two files into DIR, for profiling)
// Generates two files in a temporary directory from the built-in dataset, then reads each with
// DatasetReader::readFile (what `validate` and File > Open do) in RUNS fresh processes (default 5):
//  - valid ~50 MB: the built-in dataset with its ties repeated under new ids, two evidence items each;
//  - 300,000 broken ties (each naming an unknown actor), compact JSON on one line.
// Prints validate + load time and the peak resident memory of the reading process, and the file size.
#include "models/io/datasetreader.h"
#include "tests/bench/benchfigures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace atlas;
using namespace atlas::bench;

namespace {

constexpr qint64 kTargetBytes = 50'000'000;

QByteArray builtIn()
{
    QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/resources/dataset/alliance-atlas.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The built-in dataset with copies of its ties (new ids) and two evidence items per copy, ~50 MB.
QByteArray largeValid()
{
    QJsonObject root = QJsonDocument::fromJson(builtIn()).object();
    const QJsonArray ties = root.value(QStringLiteral("ties")).toArray();
    const QJsonArray evidence = root.value(QStringLiteral("evidence")).toArray();
    QHash<QString, QList<QJsonObject>> evidenceOf;
    for (const QJsonValue &v : evidence)
        if (auto &list = evidenceOf[v[QStringLiteral("tie")].toString()]; list.size() < 2)
            list.append(v.toObject());
    const qint64 originalSize = QJsonDocument(root).toJson().size();
    QJsonArray newTies = ties;
    QJsonArray newEvidence = evidence;
    qint64 size = originalSize;
    for (int copy = 1; size < kTargetBytes; ++copy) {
        QJsonArray addedTies, addedEvidence;
        for (const QJsonValue &v : ties) {
            QJsonObject tie = v.toObject();
            const QString id = tie[QStringLiteral("id")].toString();
            const QString newId = QStringLiteral("%1-copy%2").arg(id).arg(copy);
            tie[QStringLiteral("id")] = newId;
            if (const QString old = tie[QStringLiteral("supersedes")].toString(); !old.isEmpty()) // the copy of its predecessor
                tie[QStringLiteral("supersedes")] = QStringLiteral("%1-copy%2").arg(old).arg(copy);
            addedTies.append(tie);
            for (QJsonObject e : evidenceOf.value(id)) {
                e[QStringLiteral("id")] = QStringLiteral("%1-copy%2").arg(e[QStringLiteral("id")].toString()).arg(copy);
                e[QStringLiteral("tie")] = newId;
                addedEvidence.append(e);
            }
        }
        size += QJsonDocument(addedTies).toJson().size() + QJsonDocument(addedEvidence).toJson().size();
        for (const QJsonValue &v : addedTies)
            newTies.append(v);
        for (const QJsonValue &v : addedEvidence)
            newEvidence.append(v);
    }
    root[QStringLiteral("ties")] = newTies;
    root[QStringLiteral("evidence")] = newEvidence;
    return QJsonDocument(root).toJson();
}

/// 300,000 ties that each name an unknown actor, compact (one line).
QByteArray brokenTies()
{
    QJsonObject root = QJsonDocument::fromJson(builtIn()).object();
    QJsonArray ties;
    const QJsonObject name { { QStringLiteral("en"), QStringLiteral("x") }, { QStringLiteral("zh"), QStringLiteral("x") } };
    for (int i = 0; i < 300'000; ++i) {
        const QJsonArray members { QJsonObject { { QStringLiteral("actor"), QStringLiteral("USA") } },
                                   QJsonObject { { QStringLiteral("actor"), QStringLiteral("NOPE") } } };
        ties.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("b%1").arg(i) },
                                  { QStringLiteral("name"), name },
                                  { QStringLiteral("kind"), QStringLiteral("bilateral-alliance") },
                                  { QStringLiteral("status"), QStringLiteral("in-force") },
                                  { QStringLiteral("region"), QStringLiteral("asia-pacific") },
                                  { QStringLiteral("start"), QStringLiteral("2000") },
                                  { QStringLiteral("members"), members } });
    }
    root[QStringLiteral("ties")] = ties;
    root.remove(QStringLiteral("evidence"));
    root.remove(QStringLiteral("typologies"));
    root.remove(QStringLiteral("placements"));
    root.remove(QStringLiteral("bookmarks"));
    root.remove(QStringLiteral("events"));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

/// The peak resident memory of this process image in KiB (VmHWM). Not ru_maxrss: Linux carries that
/// over execve(), so a child would report the peak of the parent that generated the files.
long peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

/// In a child process: read \a path once, print "MS PEAK_KB ISSUES LOADED CPU_MS".
int child(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = DatasetReader::readFile(path);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, result.issues.size()); ++i) // say why, on stderr
        std::fprintf(stderr, "%s\n", qPrintable(result.issues[i].toString()));
    std::printf("%.3f %ld %lld %d %.3f\n", ms, peakKb(), qlonglong(result.issues.size()), result.dataset ? 1 : 0, cpuMs);
    return 0;
}

void measure(const QString &name, const QString &path, int runs)
{
    const double mb = double(QFile(path).size()) / 1e6;
    QList<double> ms, cpuMs, peakMb;
    QString detail;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), path });
        process.waitForFinished(-1);
        const QList<QByteArray> f = process.readAllStandardOutput().trimmed().split(' ');
        if (f.size() < 5) {
            std::printf("%s: the reading process failed\n", qPrintable(name));
            return;
        }
        ms.append(f[0].toDouble());
        cpuMs.append(f[4].toDouble());
        peakMb.append(f[1].toDouble() / 1024.0);
        detail = QStringLiteral("%1 issues listed, %2").arg(QString::fromLatin1(f[2]), f[3] == "1" ? QStringLiteral("loaded") : QStringLiteral("not loaded"));
    }
    const QString dataset = QStringLiteral("%1, %2 MB").arg(name).arg(mb, 0, 'f', 1);
    print(QStringLiteral("validate + load, wall clock"), ms, dataset);
    print(QStringLiteral("validate + load, CPU time of the whole process"), cpuMs, dataset);
    const Figures peak = figures(peakMb);
    std::printf("peak memory  median %.1f MB  max %.1f MB = %.2f x the file  (%s; %s)\n", peak.median, peak.max, peak.max / mb,
                qPrintable(dataset), qPrintable(detail));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--child")
        return child(args.value(2));
    QTemporaryDir tempDir;
    const bool writeOnly = args.value(1) == u"--write";
    const QDir dir(writeOnly ? args.value(2, QStringLiteral(".")) : tempDir.path());
    const int runs = writeOnly ? 0 : std::max(1, args.value(1, QStringLiteral("5")).toInt());
    const QString valid = dir.filePath(QStringLiteral("large-valid.json"));
    const QString broken = dir.filePath(QStringLiteral("broken-ties.json"));
    for (const auto &[path, bytes] : { std::pair { valid, largeValid() }, std::pair { broken, brokenTies() } }) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::printf("bench_dataset: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    if (writeOnly) {
        std::printf("wrote %s and %s\n", qPrintable(valid), qPrintable(broken));
        return 0;
    }
    measure(QStringLiteral("built-in ties repeated"), valid, runs);
    measure(QStringLiteral("300,000 broken ties"), broken, runs);
    return 0;
}
