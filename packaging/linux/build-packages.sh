#!/usr/bin/env bash
# Turn the PyInstaller build (dist/ropa/) into the Debian package and the portable tarball:
#   dist/ropa_<version>_amd64.deb        installs under /opt/ropa, `ropa` on the PATH, the menu
#                                        entry, the icons and the application/x-ropa-register type
#   dist/ropa-<version>-linux-x86_64.tar.gz   the same program, to unpack anywhere; its
#                                        install-desktop.sh adds the menu entry for one user
# Usage: build-packages.sh VERSION "DEPENDS PACKAGES..."   (run by `make package`)
set -euo pipefail
version=$1
depends=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/packaging/linux"
bundle="$root/dist/ropa"
stage="$root/build/packages"
deb="$root/dist/ropa_${version}_amd64.deb"
tarball="$root/dist/ropa-${version}-linux-x86_64.tar.gz"

[ -x "$bundle/ropa" ] || { echo "no PyInstaller build in $bundle: run make package"; exit 1; }
built=$("$bundle/ropa" --version)
[ "$built" = "ropa $version" ] || { echo "dist/ropa is '$built', not ropa $version: rebuild it"; exit 1; }

# The desktop integration files, laid out under a prefix ($1), with the program in $2.
desktop_files() {
  local prefix=$1 program=$2
  install -d "$prefix/share/applications" "$prefix/share/mime/packages" "$prefix/share/icons/hicolor/scalable/apps"
  sed "s|/opt/ropa/ropa|$program|g" "$here/ropa.desktop" > "$prefix/share/applications/ropa.desktop"
  chmod 0644 "$prefix/share/applications/ropa.desktop"
  install -m 0644 "$here/ropa-mime.xml" "$prefix/share/mime/packages/ropa.xml"
  install -m 0644 "$root/resources/icons/ropa.svg" "$prefix/share/icons/hicolor/scalable/apps/ropa.svg"
  for png in "$root"/resources/icons/hicolor/*/apps/ropa.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    install -D -m 0644 "$png" "$prefix/share/icons/hicolor/$size/apps/ropa.png"
  done
}

rm -rf "$stage"
mkdir -p "$stage"

# --- the .deb ------------------------------------------------------------------------------
pkg="$stage/deb"
install -d "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/doc/ropa"
cp -a "$bundle" "$pkg/opt/ropa"
ln -s /opt/ropa/ropa "$pkg/usr/bin/ropa"
desktop_files "$pkg/usr" /opt/ropa/ropa
install -m 0644 "$here/copyright" "$pkg/usr/share/doc/ropa/copyright"
# Ordinary modes whatever the umask of the build: directories 755, files 644 or 755.
find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg" -type f -exec chmod u+rw,go+r,go-w {} +
size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
{
  echo "Package: ropa"
  echo "Version: $version"
  echo "Architecture: amd64"
  echo "Maintainer: ropa maintainers <maintainers@ropa.invalid>"
  echo "Installed-Size: $size"
  echo "Depends: libc6 (>= 2.28), $(echo "$depends" | xargs | sed 's/ /, /g')"
  echo "Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme, xdg-utils"
  echo "Section: misc"
  echo "Priority: optional"
  echo "Description: GDPR Article 30 record of processing activities, offline"
  echo " ropa keeps an organisation's record of processing activities (GDPR Art. 30)"
  echo " in one portable file, with a desktop app, a command line (ropa --help) and"
  echo " exports auditors can trust (PDF, Excel, CSV, JSON, the CNIL's register)."
  echo " Registers can be encrypted at rest (SQLCipher). Double-click a .ropa file"
  echo " to open it."
} > "$pkg/DEBIAN/control"
# shared-mime-info, desktop-file-utils and hicolor-icon-theme update their caches through their
# own dpkg triggers on the folders written here: no maintainer scripts are needed.
rm -f "$deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$pkg" "$deb" >/dev/null
echo "built $deb ($(du -h "$deb" | cut -f1))"

# --- the portable tarball ------------------------------------------------------------------
name="ropa-$version"
top="$stage/tar/$name"
install -d "$top"
cp -a "$bundle/." "$top/"
desktop_files "$top" "@PROGRAM@"
install -m 0755 "$here/install-desktop.sh" "$top/install-desktop.sh"
install -m 0644 "$here/copyright" "$top/COPYRIGHT"
rm -f "$tarball"
tar -C "$stage/tar" --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
echo "built $tarball ($(du -h "$tarball" | cut -f1))"
