#!/usr/bin/env bash
# Desktop smoke test: dhrv-desktop renders under Xvfb and writes a screenshot with real content.
set -euo pipefail
app=$1 out=$2
rm -f "$out"
xvfb-run -a -s '-screen 0 1280x800x24' "$app" --screenshot "$out"
[ -s "$out" ] || { echo "no screenshot written"; exit 1; }
colours=$(convert "$out" -format '%k' info:)
size=$(convert "$out" -format '%wx%h' info:)
echo "screenshot $out: $size, $colours colours"
[ "$size" = "1280x800" ] || { echo "expected 1280x800"; exit 1; }
[ "$colours" -gt 50 ] || { echo "screenshot is (nearly) one flat colour"; exit 1; }
