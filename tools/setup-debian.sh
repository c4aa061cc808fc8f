#!/usr/bin/env bash
# Installs everything dibao needs to build, test and run on Debian 12, compiler and CMake included. Run as root.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev
  libqt6opengl6-dev libxkbcommon-dev  # Qt6Charts's CMake config needs Qt6OpenGL (only recommended by qt6-base-dev)
  libquazip1-qt6-dev libsodium-dev libssl-dev libsqlite3-dev sqlite3
  libgoogle-perftools-dev  # tcmalloc_minimal, the executables' allocator (DIBAO_MALLOC)
  libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev
  nginx-light xvfb xauth imagemagick poppler-utils fonts-noto-cjk python3 python3-nacl python3-openpyxl
  dpkg-dev file
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt-get update
if ((${#missing[@]})); then
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
