#!/usr/bin/env bash
# Takes a screenshot of each page of the console on the demo workspace, under
# Xvfb, with ImageMagick's `import`, into packaging/screenshots/.
#
#   packaging/screenshots.sh BUILD [OUTDIR]
set -euo pipefail
build=${1:?usage: $0 BUILD [OUTDIR]}
out=${2:-$(dirname "$0")/screenshots}
app="$build/src/app/couplet"
cli="$build/src/cli/couplet-cli"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
"$cli" demo init --force "$work/demo" >/dev/null
"$cli" -w "$work/demo/demo.couplet.json" sync >/dev/null || true

shoot() { # page file [extra args]
  local page=$1 file=$2
  shift 2
  # ONLY=<page> takes that page's screenshot alone.
  if [ -n "${ONLY:-}" ] && [ "$ONLY" != "$page" ]; then return 0; fi
  xvfb-run -a -s "-screen 0 1400x860x24" bash -c '
    "$0" "$@" &
    pid=$!
    sleep 4
    import -window root -trim +repage "'"$out/$file"'"
    kill $pid
  ' "$app" --page "$page" "$@" "$work/demo/demo.couplet.json"
  echo "wrote $out/$file"
}
shoot errors errors.png
shoot coupled coupled-data-errors.png
shoot skipped skipped-records.png
shoot mappings mappings.png
shoot jobs jobs.png
shoot couplings couplings.png
shoot connections connection-setup.png
