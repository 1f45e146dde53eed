#!/usr/bin/env bash
# bench/lessons_bench.sh: the loading pipeline and the lessons at scale, in one run (bench/run calls it).
#
#   recurring lessons, national grouping and similar-to-one   lessons_bench, native at 25k and 100k and wasm (node)
#                                                             at 25k; the algorithm it replaced, at 25k, as baseline
#   similarity quality                                        the labelled pairs in tests/fixtures/similarity
#   frames while loading 100k and finding lessons             ui_frame_bench (CPU side, jobs sliced as in the
#                                                             browser) and the web page in headless Chromium
#   600 summary pages one by one against at once              loading_bench
#
# Writes bench/results/lessons.json and bench/results/lessons.md. Needs the native and web builds.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lines="$tmp/lines.jsonl"
: >"$lines"

cmake --build build/web --target lessons_bench >/dev/null
echo "==> lessons, native, 25k (with the old algorithm as baseline) and 100k"
build/native/bench/lessons_bench --recommendations 25000 --baseline | tee -a "$lines"
build/native/bench/lessons_bench --recommendations 100000 | tee -a "$lines"
echo "==> lessons, wasm (node), 25k"
node --no-experimental-fetch build/web/bench/lessons_bench.js --recommendations 25000 --baseline | tee -a "$lines"
echo "==> similarity quality on the labelled pairs"
quality=$(build/native/tests/dhrv_tests -tc='same-lesson*' | grep -o 'similarity quality.*' || true)
echo "$quality"
echo "==> viewer frames while 100k recommendations load and lessons are found (CPU side)"
mkdir -p "$tmp/big"
build/native/bench/ui_frame_bench --recommendations 100000 --json-out "$tmp/big/generated-100k.json" \
  | sed 's/^{/{"frame":true,/' | tee -a "$lines"
echo "==> the same file opened in the web page (headless Chromium)"
NODE_PATH=web/node_modules node bench/js/reports_page.mjs build/web/site "$tmp/big" \
  | sed 's/^{/{"page_load":true,/' | tee -a "$lines"
echo "==> 600 summary pages, one by one and at once"
build/native/bench/loading_bench --pages 600 | tee -a "$lines"

node -e '
const fs = require("fs");
const [file, quality] = process.argv.slice(1);
const rows = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const pick = (f) => rows.find(f) || {};
const n25 = pick((r) => r.lessons && r.target === "native" && r.recommendations === 25000);
const n100 = pick((r) => r.lessons && r.target === "native" && r.recommendations === 100000);
const w25 = pick((r) => r.lessons && r.target === "wasm" && r.recommendations === 25000);
const fr = pick((r) => r.frame), pg = pick((r) => r.page_load), ld = pick((r) => r.loading);
const s = (ms) => (ms / 1000).toFixed(2) + " s";
const ok = (v, t) => (v <= t ? "met" : "missed");
const md = ["# Loading and lessons at scale", "",
  `Generated corpora (bench/generator), ${new Date().toISOString().slice(0, 10)}, bench/lessons_bench.sh.`, "",
  "## Recurring lessons, national grouping, similar-to-one", "",
  "| | recommendations | recurring lessons | lessons found | baseline (old algorithm) | national grouping | similar-to-one p50 / p95 | target |",
  "|---|---:|---:|---:|---:|---:|---:|---|",
  `| native | 25k | ${s(n25.recurring_ms)} | ${n25.lesson_count} | ${s(n25.baseline_recurring_ms)} (${n25.baseline_lesson_count} lessons), ${(n25.baseline_recurring_ms / n25.recurring_ms).toFixed(1)}x slower | ${s(n25.national_ms)} (${n25.national_recommendations} recs) | ${n25.similar_p50_ms} / ${n25.similar_p95_ms} ms | recurring under 2 s: ${ok(n25.recurring_ms, 2000)} |`,
  `| wasm (node) | 25k | ${s(w25.recurring_ms)} | ${w25.lesson_count} | ${s(w25.baseline_recurring_ms)}, ${(w25.baseline_recurring_ms / w25.recurring_ms).toFixed(1)}x slower | ${s(w25.national_ms)} | ${w25.similar_p50_ms} / ${w25.similar_p95_ms} ms | recurring under 5 s: ${ok(w25.recurring_ms, 5000)} |`,
  `| native | 100k | ${s(n100.recurring_ms)} | ${n100.lesson_count} | (minutes; not run) | ${s(n100.national_ms)} (${n100.national_recommendations} recs) | ${n100.similar_p50_ms} / ${n100.similar_p95_ms} ms | recurring under 10 s: ${ok(n100.recurring_ms, 10000)}; similar under 5 ms (p95): ${ok(n100.similar_p95_ms, 5)} |`,
  "", "Recurring lessons use both cores natively (the desktop runs them on a worker thread; the web page on its one thread, in slices). The old algorithm compared every word, function words too; the new one compares content words only, and finds fewer groups. Which groups better is judged on labelled paraphrase pairs and non-pairs (tests/fixtures/similarity), before and after:", "",
  "- " + (quality || "quality figures not found"), "",
  "## Frames while 100k recommendations load and lessons are found", "",
  `- CPU side of the shared UI (ui_frame_bench, jobs sliced as in the browser, ${fr.slice_ms} ms slices): longest frame while loading ${fr.load_max_ms?.toFixed(1)} ms (p95 ${fr.load_p95_ms?.toFixed(1)}), while finding lessons ${fr.lessons_max_ms?.toFixed(1)} ms (p95 ${fr.lessons_p95_ms?.toFixed(1)}); target under 50 ms: ${ok(Math.max(fr.load_max_ms, fr.lessons_max_ms), 50)}. The desktop runs the same jobs on a worker thread, so its frames carry none of this.`,
  `- Web page, headless Chromium with software WebGL (SwiftShader), the ${fr.json_mib?.toFixed(0)} MB file opened with Open folder: ${pg.recommendations} recommendations loaded and lessons found in ${pg.seconds} s; longest gap between animation frames ${pg.max_frame_gap_ms} ms; longest task on the main thread ${pg.longest_task_ms} ms (${pg.tasks_over_50_ms} tasks over 50 ms); WebAssembly memory ${pg.wasm_mib} MiB.`,
  `- Where slices ran past their end (ui_frame_bench, longest overrun per stage): ${Object.entries(fr.stages || {}).map(([k, v]) => k + " " + v.slice_overrun_ms + " ms").join(", ")}.`,
  "", "## Summary pages one by one against at once", "",
  `${ld.pages} generated summary pages (${ld.recommendations} recommendations): all at once ${s(ld.at_once_ms)}; one by one ${s(ld.one_by_one_total_ms)} in all (${(ld.one_by_one_total_ms / ld.at_once_ms).toFixed(0)}x at once; target: no more than at once: ${ok(ld.one_by_one_total_ms, ld.at_once_ms)}); adding the last page to the ${ld.pages - 1} others ${s(ld.last_page_ms)}. Both ways give ${ld.reviews_at_once} and ${ld.reviews_one_by_one} reviews.`, "",
  `Baseline in the same run, each load splitting and stemming every text again (no words kept between loads): one by one ${s(ld.baseline_one_by_one_total_ms)} in all, the last page ${s(ld.baseline_last_page_ms)}. One more page added to a library-sized corpus (${ld.library_recommendations} recommendations): ${s(ld.library_add_page_ms)} with the words kept, ${s(ld.baseline_library_add_page_ms)} without.`, ""].join("\n");
fs.writeFileSync("bench/results/lessons.json", JSON.stringify({ date: new Date().toISOString(), quality, rows }, null, 2) + "\n");
fs.writeFileSync("bench/results/lessons.md", md);
console.log(md);
' "$lines" "$quality"
