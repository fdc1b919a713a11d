#!/usr/bin/env bash
# Runs a command against the real OS keychain, isolated from the user's own: a
# fresh HOME and XDG_RUNTIME_DIR (mktemp), a private D-Bus session bus
# (dbus-run-session) and a gnome-keyring daemon serving the Secret Service on
# it, with a "login" keyring created and unlocked with a throwaway password.
#
#   tests/support/keychain-session.sh COMMAND [ARGUMENTS...]
#
# The exit code is the command's. Everything is removed afterwards; the
# keyring daemon ends with the bus.
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGUMENTS...]" >&2; exit 64; }
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "keychain-session.sh: $tool not found (packaging/install-deps.sh test)" >&2; exit 1; }
done

home=$(mktemp -d "${TMPDIR:-/tmp}/couplet-keychain.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
export HOME="$home" XDG_RUNTIME_DIR="$home/run"
# Not the caller's bus or desktop: the keyring must be this one.
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_KEYRING_CONTROL

# The daemon forks and claims org.freedesktop.secrets a moment later: wait for
# the name (or a test could start a second daemon through D-Bus activation),
# and stop the daemon by its pid afterwards so that none outlives the run.
# dbus-daemon warns that it cannot raise its file limit when not root-capable;
# that line is noise, not a failure.
dbus-run-session -- sh -c '
  printf "couplet-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  keyring=
  for _ in $(seq 1 100); do
    keyring=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus \
                /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
                string:org.freedesktop.secrets 2>/dev/null | awk "/uint32/ {print \$2}")
    [ -n "$keyring" ] && break
    sleep 0.1
  done
  [ -n "$keyring" ] || echo "keychain-session.sh: gnome-keyring did not start" >&2
  status=0
  "$@" || status=$?
  [ -n "$keyring" ] && kill "$keyring" 2>/dev/null
  exit $status' keychain-session "$@" \
  2> >(grep -v "Failed to set fd limit" >&2)
