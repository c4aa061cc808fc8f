#!/usr/bin/env bash
# Sets everything up and opens the dibao client on a demo township database (created once, then reused).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bash "$root/tools/setup-debian.sh"
BUILD_DIR=${BUILD_DIR:-$root/build} bash "$root/tools/build.sh" -DDIBAO_GUI=ON -DDIBAO_TESTS=OFF -DDIBAO_BENCH=OFF
build=${BUILD_DIR:-$root/build}
db=${DIBAO_DEMO_DB:-$HOME/.local/share/dibao/demo.db}
mkdir -p "$(dirname "$db")"
export DIBAO_PASSWORD=${DIBAO_PASSWORD:-demo1234}
if [ ! -f "$db" ]; then
  "$build/app/cli/dibao-cli" --db "$db" init --division 530602101 --admin admin --display-name 演示管理员
  "$build/app/cli/dibao-cli" --db "$db" demo --households "${DIBAO_DEMO_HOUSEHOLDS:-2000}" --months 24 --seed 1
fi
echo "Demo database: $db (user admin, password $DIBAO_PASSWORD)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting the client under xvfb-run (offscreen). Set DISPLAY to see the window." >&2
  exec xvfb-run -a "$build/app/dibao/dibao" --db "$db" --user admin
fi
exec "$build/app/dibao/dibao" --db "$db" --user admin
