#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Figure export against the Python peer, same work, alternating, in one run (not a test).

    tests/bench/compare-peer.py [--runs N] [--build DIR] [--atop DIR] [--peer SCRIPT]

The issue's figures are of a Release build (`cmake --preset release`, then --build build-release);
the default, build-ci, is RelWithDebInfo (-O2). The build's type is printed with our median.

Ours: ATOP v4.01 converted once with `alliance-atlas import-atop` (not timed: the app imports once and
then works from the dataset file), then per run `alliance-atlas export --view network --at 2016-01-01`
to an A4 300-dpi PNG and to an SVG, each a fresh process. Peer: ../shared/bench/peer_networkx_figure.py
(networkx + matplotlib, Debian's python3-networkx python3-matplotlib) on the member-level CSV, which
writes the same two files in one process. The two alternate N times (default 5); prints both medians,
the ratio of medians (peer / ours: above 1 means we are faster) and the figures' sizes."""
import argparse, os, resource, statistics, subprocess, sys, tempfile, time

here = os.path.dirname(os.path.abspath(__file__))
source = os.path.dirname(os.path.dirname(here))
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--build", default=os.path.join(source, "build-ci"))
parser.add_argument("--atop", default=os.path.join(source, "..", "shared", "data", "atop-v4"))
parser.add_argument("--peer", default=os.path.join(source, "..", "shared", "bench", "peer_networkx_figure.py"))
parser.add_argument("--date", default="2016-01-01")
args = parser.parse_args()

app = os.path.join(args.build, "app", "alliance-atlas")
members = os.path.join(args.atop, "atop-member-level.csv")
alliances = os.path.join(args.atop, "atop-alliance-level.csv")
for path, what in ((app, "alliance-atlas (build it first)"), (members, "ATOP data"), (args.peer, "the peer script")):
    if not os.path.exists(path):
        sys.exit(f"compare-peer: no {what} at {path}")

def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000.0

def run(command):
    """Wall-clock and CPU milliseconds (user + system, all threads) of one fresh process."""
    cpu = children_cpu_ms()
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000.0, children_cpu_ms() - cpu

def build_type(build):
    """CMAKE_BUILD_TYPE of the build directory, from its CMakeCache.txt."""
    try:
        with open(os.path.join(build, "CMakeCache.txt")) as cache:
            for line in cache:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip() or "no type"
    except OSError:
        pass
    return "unknown type"

with tempfile.TemporaryDirectory() as tmp:
    dataset = os.path.join(tmp, "atop.json")
    subprocess.run([app, "import-atop", "--members", members, "--alliances", alliances, "--out", dataset],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    export = [app, "export", "--view", "network", "--at", args.date, "--dataset", dataset, "--size", "a4-landscape", "--dpi", "300"]
    ours, ours_png, peer, ours_cpu, peer_cpu = [], [], [], [], []
    for i in range(args.runs):
        png, png_cpu = run(export + ["--out", os.path.join(tmp, "ours.png")])
        svg, svg_cpu = run(export + ["--out", os.path.join(tmp, "ours.svg")])
        ours_png.append(png)
        ours.append(png + svg)
        ours_cpu.append(png_cpu + svg_cpu)
        wall, cpu = run(["/usr/bin/python3", args.peer, members, args.date, os.path.join(tmp, "peer")])
        peer.append(wall)
        peer_cpu.append(cpu)
    size = lambda name: os.path.getsize(os.path.join(tmp, name)) / 1e6
    median = statistics.median
    print(f"ours: export PNG + SVG  median {median(ours):.0f} ms  p95 {max(ours):.0f} ms  ({build_type(args.build)} build; dataset: ATOP v4.01, network on {args.date};"
          f" PNG alone median {median(ours_png):.0f} ms; CPU median {median(ours_cpu):.0f} ms; {size('ours.png'):.2f} MB PNG, {size('ours.svg'):.2f} MB SVG)")
    print(f"peer: networkx + matplotlib  median {median(peer):.0f} ms  p95 {max(peer):.0f} ms  (dataset: ATOP v4.01 member CSV, {args.date};"
          f" CPU median {median(peer_cpu):.0f} ms; {size('peer.png'):.2f} MB PNG, {size('peer.svg'):.2f} MB SVG)")
    print(f"ratio of medians (peer / ours, above 1: ours faster): wall clock {median(peer) / median(ours):.2f}x,"
          f" CPU time {median(peer_cpu) / median(ours_cpu):.2f}x  ({args.runs} alternating runs; p95 shown is the maximum of the runs)")
