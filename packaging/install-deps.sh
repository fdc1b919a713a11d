#!/usr/bin/env bash
# Installs what Couplet needs to build, test and run its demo on Debian 12.
# Idempotent: installs only the packages that are missing, and runs
# `apt-get update` first only when something is missing.
#
#   packaging/install-deps.sh [build|test|demo]...   (default: build test demo)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
)
test_pkgs=(
  postgresql-15 postgresql-client-15 sqlite3
  dbus dbus-x11 gnome-keyring libsecret-tools
  xvfb xauth imagemagick nodejs npm
)
demo_pkgs=(xvfb)

want=()
[ $# -eq 0 ] && set -- build test demo
for what in "$@"; do
  case "$what" in
    build) want+=("${build_pkgs[@]}") ;;
    test) want+=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
    demo) want+=("${build_pkgs[@]}" "${demo_pkgs[@]}") ;;
    *) echo "install-deps: unknown group '$what' (build, test or demo)" >&2; exit 64 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  # node and npm may come from outside Debian (nodesource); accept any working binary.
  case "$p" in
    nodejs) command -v node >/dev/null 2>&1 && continue ;;
    npm) command -v npm >/dev/null 2>&1 && continue ;;
  esac
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# de-duplicate
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | awk 'NF && !seen[$0]++')

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
    echo "install-deps: missing packages (${missing[*]}) and not root, no sudo" >&2; exit 1
  fi
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
