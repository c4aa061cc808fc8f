#!/usr/bin/env bash
# Sets everything up and runs the full test suite: a GUI=OFF build that proves core, CLI and hub need no Widgets,
# then the full build with every test (GUI tests offscreen) and the benchmarks at tiny sizes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/tools/setup-debian.sh"
export QT_QPA_PLATFORM=offscreen
start=$(date +%s)

echo "== GUI=OFF build (core, cli and non-GUI tests, no Widgets)"
BUILD_DIR=$root/build-nogui bash "$root/tools/build.sh" -DDIBAO_GUI=OFF -DDIBAO_BENCH=OFF
for exe in "$root"/build-nogui/app/cli/dibao-cli "$root"/build-nogui/tests/test_*; do
  [ -x "$exe" ] || continue
  if ldd "$exe" | grep -q -E "libQt6(Widgets|Gui)"; then
    echo "$(basename "$exe") links QtGui/QtWidgets in the GUI=OFF build" >&2; exit 1
  fi
done

echo "== full build"
BUILD_DIR=$root/build bash "$root/tools/build.sh" -DDIBAO_GUI=ON -DDIBAO_TESTS=ON -DDIBAO_BENCH=ON

echo "== tests"
ctest --test-dir "$root/build" --output-on-failure --no-tests=error -j "$(nproc)" --timeout 600

echo "== benchmarks (tiny sizes; full sizes are run by hand, see docs/benchmarks.md)"
export DIBAO_BENCH_HOUSEHOLDS=${DIBAO_BENCH_HOUSEHOLDS:-300}
export DIBAO_BENCH_DB=$(mktemp -u /tmp/dibao-bench-ci-XXXXXX.db)
for b in "$root"/build/bench/bench_*; do
  [ -f "$b" ] && [ -x "$b" ] || continue   # skip the *_autogen directories
  echo "-- $(basename "$b")"
  "$b" --benchmark_min_time=0.01 2>&1 | tail -n 40
done
rm -f "$DIBAO_BENCH_DB"*

if [ -x "$root/installer/check-deb.sh" ]; then
  echo "== package check"
  bash "$root/installer/check-deb.sh" "$root/build"
fi
echo "== done in $(( $(date +%s) - start )) s"
