#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Alliance Atlas needs to build, test, run and package.
# Idempotent: installs only what is missing. Run as root (or it re-runs itself with sudo).
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev
    libqcustomplot-dev libboost-graph-dev
    libavcodec-dev libavformat-dev libswscale-dev libavutil-dev zlib1g-dev libisal-dev
    # runtime: Qt platform plugins and a CJK font so Chinese renders as glyphs
    qt6-qpa-plugins libqt6svg6 fonts-noto-cjk fonts-dejavu-core
    # tests: headless screen, PDF text extraction, validators for desktop files
    xvfb xauth poppler-utils python3 desktop-file-utils appstream libxml2-utils
    # packaging
    dpkg-dev file help2man
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
