#!/usr/bin/env bash
# `make demo`: creates the demo workspace in DEMODIR (fresh each time), runs a sync on
# it, and shows what the console's pages would show. When the console is built and a
# display is available, it opens the console on the workspace instead.
#
#   tests/support/run-demo.sh BUILD DEMODIR
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD DEMODIR" >&2
  exit 2
fi
build=$1
demodir=$2
cli="$build/src/cli/couplet-cli"
app="$build/src/app/couplet"

if [ ! -x "$cli" ]; then
  echo "run-demo: $cli does not exist; build first (make build)" >&2
  exit 1
fi

# --force replaces the files of an earlier demo in DEMODIR (workspace, both databases,
# state store) and nothing else.
"$cli" demo init --force "$demodir"
ws="$demodir/demo.couplet.json"

section() {
  if [ -t 1 ]; then
    printf '\n\033[1m== %s ==\033[0m\n' "$1"
  else
    printf '\n== %s ==\n' "$1"
  fi
}

section "Synchronize: couplet-cli -w $ws sync"
rc=0
"$cli" -w "$ws" sync || rc=$?
# 1 means "finished, some rows failed": the demo's errors are meant to fail.
if [ "$rc" -gt 1 ]; then
  echo "run-demo: the sync failed (exit code $rc)" >&2
  exit "$rc"
fi

if [ -x "$app" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo
  echo "Opening the console on $ws"
  exec "$app" "$ws"
fi

section "Integration Synchronization Jobs"
"$cli" -w "$ws" jobs list
section "Integration Synchronization Errors"
"$cli" -w "$ws" errors list
section "Coupled Data Synchronization Errors"
"$cli" -w "$ws" coupled list
section "Skipped Synch. Records"
"$cli" -w "$ws" skipped list
section "Integration Table Mappings"
"$cli" -w "$ws" mappings list
section "Connection Setup → Health Check: couplet-cli -w $ws health"
# Exit code 1: a check failed, which the demo's data is meant to show.
"$cli" -w "$ws" health --no-log || [ $? -eq 1 ]

cat <<MSG

The demo workspace is $ws. Try:
  $cli -w $ws skipped show --mapping CUSTOMER --local C00010
  $cli -w $ws skipped resolve --keep local --mapping CUSTOMER --local C00010
  $cli -w $ws coupled restore --mapping CONTACT --local CT00050
  $cli -w $ws sync
  $cli -w $ws health
  $cli --help
MSG
