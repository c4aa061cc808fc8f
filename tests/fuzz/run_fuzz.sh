#!/bin/sh
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each for a while.
# usage: tests/fuzz/run_fuzz.sh [seconds-per-target]   (default 60)
set -eu
SECONDS_PER_TARGET=${1:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${DIBAO_FUZZ_BUILD:-$ROOT/build-fuzz}
# tests/fuzz is configured as a project of its own: only the reader side of core/sync is built, with clang.
CC=clang CXX=clang++ cmake -S "$ROOT/tests/fuzz" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
ninja -C "$BUILD" -j2 fuzz_bundle_reader fuzz_safe_zip fuzz_canonical_json
FUZZ_DIR=$BUILD
for target in fuzz_bundle_reader fuzz_safe_zip fuzz_canonical_json; do
  corpus=$BUILD/corpus/$target
  mkdir -p "$corpus"
  case $target in
    fuzz_canonical_json) cp "$ROOT"/tests/data/bundles/json/*.json "$ROOT"/tests/data/bundles/*.json "$corpus"/ ;;
    *) cp "$ROOT"/tests/data/bundles/*.zip "$corpus"/ ;;
  esac
  echo "== $target ($SECONDS_PER_TARGET s)"
  # Crashes land in $BUILD/artifacts; copy a reproducer into tests/data/bundles/ as a new fixture once fixed.
  mkdir -p "$BUILD/artifacts"
  "$FUZZ_DIR/$target" -max_total_time="$SECONDS_PER_TARGET" -max_len=1048576 -rss_limit_mb=2048 \
    -artifact_prefix="$BUILD/artifacts/$target-" "$corpus"
done
