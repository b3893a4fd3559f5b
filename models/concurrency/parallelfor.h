// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace atlas {

/// The number of threads parallelFor() uses for \a requested: itself when positive, else one per
/// core the machine reports, at most \a most.
inline int threadCount(int requested, int most = 8)
{
    if (requested > 0)
        return requested;
    // Asked once: glibc reads /sys/devices/system/cpu/online on every call, which was 4.5 % of a 4K
    // map frame (a call per stroke).
    static const int cores = int(std::thread::hardware_concurrency());
    return std::clamp(cores, 1, most);
}

/// Calls \a work(i) once for every i in [0, \a count), on up to \a threads threads (the calling thread
/// is one of them; with 1, or a single item, all on the calling thread, in order), and returns when
/// every call has returned. Items are handed out one at a time in increasing order to whichever
/// thread is free, so the results are deterministic as long as \a work(i) writes only what belongs
/// to item i. \a work must not throw.
template<typename Work>
void parallelFor(qsizetype count, int threads, const Work &work)
{
    const qsizetype helpers = std::min<qsizetype>(threads, count) - 1;
    if (helpers <= 0) {
        for (qsizetype i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::atomic<qsizetype> next { 0 };
    const auto run = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            work(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(helpers));
    for (qsizetype t = 0; t < helpers; ++t)
        pool.emplace_back(run);
    run();
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace atlas
