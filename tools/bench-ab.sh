#!/usr/bin/env bash
# Alternates bench_sync binaries (builds of different commits, e.g. one in a git worktree) N rounds and prints, per
# binary, the import's wall time and main-thread CPU time, the bare loop's wall time and the import ÷ bare ratio of each
# run, as medians with their spread. On a shared machine only alternated runs compare (docs/benchmarks.md).
#   tools/bench-ab.sh N BENCH_SYNC...        e.g. tools/bench-ab.sh 8 ../old/build/bench/bench_sync build/bench/bench_sync
set -euo pipefail
N=${1:?usage: bench-ab.sh N BENCH_SYNC...}; shift
for i in $(seq $N); do
  for b in "$@"; do
    $b --benchmark_filter='Export|Import|Bare' 2>&1 | awk -v b=$b '/^BM_Import/{w=$2; c=$4} /^BM_Bare/{print b, w, c, $2}'
  done
done | /usr/bin/python3 -c '
import sys,collections
d=collections.defaultdict(list)
for l in sys.stdin:
    k,w,c,bare=l.split(); d[k].append((float(w),float(c),float(bare)))
med=lambda xs: sorted(xs)[len(xs)//2]
for k,v in d.items():
    ws=[x[0] for x in v]; cs=[x[1] for x in v]; bs=[x[2] for x in v]; rs=[x[2]/x[0] for x in v]
    print(k)
    print("  import wall ms: med %d min %d max %d -> %d changes/s at the median, %d at best" % (med(ws), min(ws), max(ws), 1e7/med(ws), 1e7/min(ws)))
    print("  main-thread cpu ms med %d | bare wall ms med %d min %d | import/bare ratio med %.2f min %.2f max %.2f" % (med(cs), med(bs), min(bs), med(rs), min(rs), max(rs)))
    print("  walls", [int(x) for x in ws]); print("  bares", [int(x) for x in bs])
'
