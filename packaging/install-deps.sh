#!/usr/bin/env bash
# Installs what Couplet needs to build, test and run its demo on Debian 12.
# Idempotent: installs only the packages that are missing, and runs
# `apt-get update` first only when something is missing. The test group also
# installs the OData test server's npm packages (tests/e2e/server) when needed.
#
#   packaging/install-deps.sh [build|test|demo]...   (default: build test demo)
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  # couplet_core writes per-row SQLite statements through SQLite's own API
  libsqlite3-dev
  # QtKeychain loads libsecret at run time (dlopen) to reach the Secret Service;
  # libqt6keychain1 does not depend on it, and without it there is no keychain.
  libsecret-1-0
)
test_pkgs=(
  postgresql-15 postgresql-client-15 sqlite3
  dbus dbus-x11 gnome-keyring libsecret-tools
  # dbus-run-session and dbus-send, for tests/support/keychain-session.sh
  dbus-bin
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

install_apt_packages() {
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
      echo "install-deps: missing packages (${missing[*]}) and not root, no sudo" >&2; exit 1
    fi
  fi
  echo "install-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The OData test server's npm packages (tests/e2e/server: SAP CAP). Pure
# JavaScript: CAP runs on the sql.js driver, so --ignore-scripts skips
# better-sqlite3's native build and nothing is downloaded but npm packages.
# Skipped when node_modules was installed from the same package-lock.json.
install_odata_server() {
  local dir stamp lock
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/e2e/server"
  stamp="$dir/node_modules/.couplet-lock.sha256"
  lock="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$dir/node_modules/@sap/cds/package.json" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$lock" ]; then
    return 0
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 20 ]; then
    echo "install-deps: the OData test server (SAP CAP 9) needs Node.js 20 or newer; node is $(node --version 2>/dev/null || echo missing)" >&2
    exit 1
  fi
  echo "install-deps: npm ci in tests/e2e/server" >&2
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --no-update-notifier --loglevel=error >&2)
  echo "$lock" >"$stamp"
}

install_apt_packages
for what in "$@"; do
  [ "$what" = test ] && { install_odata_server; break; }
done
exit 0
