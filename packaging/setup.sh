#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   packaging/setup.sh run    install what is missing, build, start Alliance Atlas (built-in dataset)
#   packaging/setup.sh test   install what is missing, build with warnings as errors, run every test;
#                             then build and run every test again under AddressSanitizer and
#                             UndefinedBehaviorSanitizer (preset asan, build-asan/; ccache keeps it quick)
# Extra arguments after "run" go to the application (e.g. --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-}
shift || true
case "$what" in
    run|test) ;;
    *) echo "usage: packaging/setup.sh run|test [application arguments]" >&2; exit 2;;
esac

bash packaging/install-deps.sh

if [ "$what" = run ]; then
    cmake --preset dev -DBUILD_TESTING=OFF
    cmake --build --preset dev
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "setup.sh: no display (DISPLAY/WAYLAND_DISPLAY unset); starting under xvfb-run" >&2
        exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/app/alliance-atlas "$@"
    fi
    exec ./build/app/alliance-atlas "$@"
fi

# Each phase says how long it took (CI's limit is 90 minutes on a 2-core machine, ccache possibly cold).
phase() { echo "setup.sh: $1 took $(( $(date +%s) - $2 )) s" >&2; }
start=$(date +%s)
cmake --preset ci
cmake --build --preset ci
phase "ci build" "$start"
t=$(date +%s)
ctest --preset ci --timeout 600
phase "ci tests" "$t"

# The same suite under ASan + UBSan (float-cast-overflow included; any finding fails the test).
t=$(date +%s)
cmake --preset asan
cmake --build --preset asan
phase "asan build" "$t"
t=$(date +%s)
ctest --preset asan --timeout 900
phase "asan tests" "$t"
phase "the whole test run" "$start"
