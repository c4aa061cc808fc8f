#!/usr/bin/env bash
# Configures and builds dibao into BUILD_DIR (default build/) with ccache kept outside the clone.
# Usage: tools/build.sh [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
export CCACHE_DIR=${CCACHE_DIR:-/var/cache/dibao-ccache}
export CCACHE_BASEDIR=$root
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-5G}
# Relative paths and no working directory in the hash: the GUI=OFF build and the full build share cached objects.
export CCACHE_NOHASHDIR=true
mkdir -p "$CCACHE_DIR"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build" -j "$(nproc)"
