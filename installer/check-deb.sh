#!/usr/bin/env bash
# Builds (unless given) and checks the Debian package: its contents, its metadata, and that dibao-cli runs from an
# extracted copy (dpkg-deb -x) — `dibao-cli id-check` on a valid and an invalid number.
#   installer/check-deb.sh BUILD_DIR [PACKAGE.deb]
set -euo pipefail
build="${1:?usage: check-deb.sh BUILD_DIR [PACKAGE.deb]}"
deb="${2:-}"
if [[ -z "$deb" ]]; then
  (cd "$build" && cpack -G DEB >/dev/null)
  deb="$(ls -t "$build"/dibao_*.deb | head -n 1)"
fi
echo "checking $deb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dpkg-deb --info "$deb" > "$work/info"
dpkg-deb --contents "$deb" > "$work/contents"
fail=0
need() { grep -q -- "$1" "$work/contents" || { echo "missing from package: $1"; fail=1; }; }
need "./usr/bin/dibao-cli"
if [[ -x "$build/app/dibao/dibao" ]]; then
  need "./usr/bin/dibao$"
  need "./usr/share/applications/dibao.desktop"
  need "./usr/share/icons/hicolor/scalable/apps/dibao.svg"
  grep -q "Depends:.*libqt6widgets6" "$work/info" || { echo "Depends lacks libqt6widgets6"; fail=1; }
  grep -q "Depends:.*fonts-noto-cjk" "$work/info" || { echo "Depends lacks fonts-noto-cjk"; fail=1; }
fi
# The executables link tcmalloc_minimal unless built with -DDIBAO_MALLOC=system (shlibdeps names its package).
if grep -q "^DIBAO_MALLOC:STRING=tcmalloc" "$build/CMakeCache.txt" 2>/dev/null \
   && ! grep -qiE "^DIBAO_ASAN:BOOL=(ON|1|TRUE|YES|Y)$" "$build/CMakeCache.txt"; then
  grep -q "Depends:.*libtcmalloc-minimal4" "$work/info" || { echo "Depends lacks libtcmalloc-minimal4"; fail=1; }
fi
dpkg-deb -x "$deb" "$work/root"
if [[ -f "$work/root/usr/share/applications/dibao.desktop" ]] && command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$work/root/usr/share/applications/dibao.desktop" || fail=1
fi
cli="$work/root/usr/bin/dibao-cli"
if ! DIBAO_LANG=en "$cli" id-check 11010519491231002X; then
  echo "dibao-cli id-check refused a valid number"; fail=1
fi
if DIBAO_LANG=en "$cli" id-check 110105194912310021 >/dev/null; then
  echo "dibao-cli id-check accepted an invalid number"; fail=1
fi
if [[ $fail -ne 0 ]]; then
  echo "package check FAILED"
  exit 1
fi
echo "package check passed"
