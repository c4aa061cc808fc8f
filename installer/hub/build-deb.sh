#!/usr/bin/env bash
# Builds the hub's Debian package from a build directory:
#   installer/hub/build-deb.sh BUILD_DIR [OUT_DIR]      → OUT_DIR/dibao-hub_<version>_<arch>.deb
# dibao-hub, the CLI as dibao-hub-cli (the same program as dibao-cli, named apart so the hub package and the client
# package can sit on one machine), the systemd unit, the nginx site (installed, not enabled), logrotate, the docs.
# Separate from the client's CPack package on purpose: a county server needs neither Widgets nor fonts.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="$(cd "${1:?usage: build-deb.sh BUILD_DIR [OUT_DIR]}" && pwd)"
out="${2:-$build}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
version="$(sed -n 's/^project(dibao VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")"
arch="$(dpkg --print-architecture)"
for bin in app/hub/dibao-hub app/cli/dibao-cli; do
  [[ -x "$build/$bin" ]] || { echo "missing $build/$bin: build first" >&2; exit 1; }
done

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
pkg="$stage/pkg"
install -D -m 0755 "$build/app/hub/dibao-hub" "$pkg/usr/bin/dibao-hub"
install -D -m 0755 "$build/app/cli/dibao-cli" "$pkg/usr/bin/dibao-hub-cli"
strip --strip-unneeded "$pkg/usr/bin/dibao-hub" "$pkg/usr/bin/dibao-hub-cli"
install -D -m 0644 "$here/dibao-hub.service" "$pkg/lib/systemd/system/dibao-hub.service"
install -D -m 0644 "$here/nginx-dibao-hub.conf" "$pkg/etc/nginx/sites-available/dibao-hub"
install -D -m 0644 "$here/dibao-hub.logrotate" "$pkg/etc/logrotate.d/dibao-hub"
for doc in hub-api.md sync.md bundle-format.md; do
  install -D -m 0644 "$root/docs/$doc" "$pkg/usr/share/doc/dibao-hub/$doc"
done

# Library dependencies as dpkg-shlibdeps finds them, plus what the unit and the site need at run time.
mkdir -p "$stage/shlibs/debian"
printf 'Source: dibao\n\nPackage: dibao-hub\nArchitecture: any\n' > "$stage/shlibs/debian/control"
shlibs="$(cd "$stage/shlibs" && dpkg-shlibdeps -O "$pkg/usr/bin/dibao-hub" "$pkg/usr/bin/dibao-hub-cli" 2>/dev/null \
          | sed -n 's/^shlibs:Depends=//p')"
mkdir -p "$pkg/DEBIAN"
cat > "$pkg/DEBIAN/control" <<CONTROL
Package: dibao-hub
Version: $version
Architecture: $arch
Maintainer: dibao maintainers <dibao@localhost>
Section: misc
Priority: optional
Depends: $shlibs, nginx-light | nginx, adduser, logrotate
Description: dibao county hub for minimum living allowance (低保) casework
 Receives the signed, encrypted change bundles of township devices, merges them
 into the county database and sends decisions and acknowledgements back.
 Listens on loopback behind nginx (TLS, upload cap, rate limit).
CONTROL
printf '/etc/nginx/sites-available/dibao-hub\n/etc/logrotate.d/dibao-hub\n' > "$pkg/DEBIAN/conffiles"
cat > "$pkg/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    if ! getent passwd dibao-hub >/dev/null; then
        adduser --system --group --home /var/lib/dibao-hub --no-create-home dibao-hub
    fi
    install -d -o dibao-hub -g dibao-hub -m 0750 /var/lib/dibao-hub /var/log/dibao-hub
    install -d -o root -g root -m 0700 /etc/dibao-hub /etc/dibao-hub/tls
    if [ -d /run/systemd/system ]; then
        systemctl daemon-reload || true
    fi
fi
exit 0
POSTINST
cat > "$pkg/DEBIAN/prerm" <<'PRERM'
#!/bin/sh
set -e
if [ -d /run/systemd/system ] && [ "$1" = remove ]; then
    systemctl stop dibao-hub.service || true
fi
exit 0
PRERM
chmod 0755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/prerm"
deb="$out/dibao-hub_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$pkg" "$deb" >/dev/null
echo "$deb"
