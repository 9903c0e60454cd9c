#!/usr/bin/env bash
# Install the Debian packages given as arguments when some are missing.
# Runs apt-get directly as root, through sudo when it needs no password, and otherwise prints the
# one command to run. Exits 0 when everything is present, 1 when something is still missing.
set -u
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command -v apt-get >/dev/null || { echo "Missing system packages: ${missing[*]} (install them with your package manager)"; exit 1; }
if [ "$(id -u)" -eq 0 ]; then
  sudo_cmd=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
else
  echo "Missing system packages. Run once:  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null 2>&1 || true
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || { echo "apt-get could not install: ${missing[*]}"; exit 1; }
