#!/usr/bin/env bash
# Portable ropa: add (or with --remove, take away) its menu entry, icon and register file type
# for the current user, pointing at the program in this folder. Nothing is written outside
# ~/.local/share (or $XDG_DATA_HOME) and, with --link, ~/.local/bin/ropa.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
files=(applications/ropa.desktop mime/packages/ropa.xml icons/hicolor/scalable/apps/ropa.svg)
for png in "$here"/share/icons/hicolor/*/apps/ropa.png; do files+=("${png#"$here/share/"}"); done
refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}
if [ "${1:-}" = "--remove" ]; then
  for file in "${files[@]}"; do rm -f "$data/$file"; done
  [ -L "$HOME/.local/bin/ropa" ] && rm -f "$HOME/.local/bin/ropa"
  refresh
  echo "ropa's menu entry and file type are removed; delete $here to remove the program"
  exit 0
fi
for file in "${files[@]}"; do
  install -D -m 0644 "$here/share/$file" "$data/$file"
done
sed -i "s|@PROGRAM@|$here/ropa|g" "$data/applications/ropa.desktop"
if [ "${1:-}" = "--link" ]; then
  install -d "$HOME/.local/bin"
  ln -sf "$here/ropa" "$HOME/.local/bin/ropa"
fi
refresh
echo "ropa is in your applications menu; .ropa files open in it (program: $here/ropa)"
