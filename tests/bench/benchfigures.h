// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every benchmark prints: one line per figure,
//   NAME  median N ms  p95 N ms  (dataset: X)
// so that the figures can be compared between runs and copied into the README's table.

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace atlas::bench {

struct Figures
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

/// Median, 95th percentile (nearest rank) and maximum of \a ms.
inline Figures figures(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size() - 1) + 0.5))]; };
    return { at(0.5), at(0.95), ms.last() };
}

/// Prints "NAME  median N ms  p95 N ms  (dataset: X)" on one line.
inline void print(const QString &name, const Figures &f, const QString &dataset)
{
    std::printf("%s  median %.3f ms  p95 %.3f ms  (dataset: %s)\n", qPrintable(name), f.median, f.p95, qPrintable(dataset));
    std::fflush(stdout);
}

inline void print(const QString &name, const QList<double> &ms, const QString &dataset)
{
    print(name, figures(ms), dataset);
}

/// CPU time of this process so far, in milliseconds: on a machine shared with other jobs the wall
/// clock measures the neighbours too.
inline double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Milliseconds of each of \a repetitions runs of \a work.
inline QList<double> timeRepeated(int repetitions, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace atlas::bench
