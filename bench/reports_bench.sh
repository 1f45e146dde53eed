#!/usr/bin/env bash
# bench/reports_bench.sh [N]: report PDFs at library scale (default 600, about the Home Office library), read
# natively on all cores (`dhrv check FOLDER`, wall time and peak RSS) and in the web page in headless Chromium
# ("Open folder"; time, longest frame gap, longest main-thread task, WebAssembly memory). Baseline in the same
# run: poppler's pdftotext on the same files, one process per file, as a person would script it. The reports
# are generated (bench/make_report_pdfs: 23 pages each, running headers, ~13 recommendations). Writes
# bench/results/reports.json and bench/results/reports.md. Needs the native and web builds.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-600}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=bench/results
build/native/bench/make_report_pdfs "$n" "$tmp/reports" >/dev/null
bytes=$(du -sb "$tmp/reports" | cut -f1)
cores=$(nproc)

echo "==> native: dhrv check on $n reports ($cores cores)"
/usr/bin/time -f '%e %M' -o "$tmp/time" build/native/cli/dhrv check "$tmp/reports" >"$tmp/check.txt" 2>&1 || true
read -r native_s native_kb <"$tmp/time"
total=$(tail -n1 "$tmp/check.txt")
echo "$total"

echo "==> baseline: pdftotext, one process per file"
start=$(date +%s%N)
for f in "$tmp"/reports/*.pdf; do pdftotext -q "$f" - >/dev/null; done
pdftotext_s=$(( ($(date +%s%N) - start) / 1000000 ))e-3

echo "==> browser: Open folder in the web page"
browser=$(NODE_PATH=web/node_modules node bench/js/reports_page.mjs build/web/site "$tmp/reports")
echo "$browser"

node -e '
const [n, bytes, cores, nativeS, nativeKb, pdftotextS, total, browserLine] = process.argv.slice(1);
const b = JSON.parse(browserLine);
const r = { date: new Date().toISOString(), reports: +n, megabytes: +(bytes / 1048576).toFixed(1), cores: +cores,
  native: { seconds: +nativeS, reports_per_second: +(n / nativeS).toFixed(1), peak_rss_mib: Math.round(nativeKb / 1024), total },
  pdftotext: { seconds: +(+pdftotextS).toFixed(2) }, browser: b };
require("fs").writeFileSync("bench/results/reports.json", JSON.stringify(r, null, 2) + "\n");
const md = [
  "# Report PDFs at library scale", "",
  `${r.reports} generated reports (${r.megabytes} MB, 23 pages each), ${r.cores} cores, ${r.date.slice(0, 10)}. bench/reports_bench.sh.`, "",
  "| reader | seconds | reports/s | ratio to pdftotext | memory |", "|---|---:|---:|---:|---:|",
  `| dhrv check (native, all cores) | ${r.native.seconds} | ${r.native.reports_per_second} | ${(r.native.seconds / r.pdftotext.seconds).toFixed(2)} | ${r.native.peak_rss_mib} MiB peak RSS |`,
  `| web page, Open folder (wasm, one thread, sliced) | ${b.seconds} | ${b.reports_per_second} | ${(b.seconds / r.pdftotext.seconds).toFixed(2)} | ${b.wasm_mib} MiB wasm memory |`,
  `| pdftotext (text only, one process per file) | ${r.pdftotext.seconds} | ${(r.reports / r.pdftotext.seconds).toFixed(1)} | 1.00 | |`, "",
  `Native: ${r.native.total}. Browser: ${b.recommendations} recommendations loaded in all; longest gap between two frames while loading ${b.max_frame_gap_ms} ms, from the moment the folder is chosen (headless Chromium with software WebGL, where a frame alone takes 20-50 ms); longest task on the main thread ${b.longest_task_ms} ms (${b.tasks_over_50_ms} tasks over 50 ms).`, ""].join("\n");
require("fs").writeFileSync("bench/results/reports.md", md);
console.log(md);
' "$n" "$bytes" "$cores" "$native_s" "$native_kb" "$pdftotext_s" "$total" "$browser"
