// report.mjs LINES.jsonl OUT.json OUT.md: turns bench/run's JSON lines into results.json and a markdown report
// with the ratios the benchmark issue asks about.
import { readFileSync, writeFileSync } from 'node:fs';

const [linesFile, jsonOut, mdOut] = process.argv.slice(2);
const rows = readFileSync(linesFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + '\n');

const machine = rows.find((r) => r.machine) || {};
const engines = rows.filter((r) => r.engine);
const agreement = rows.filter((r) => r.agreement);
const page = rows.find((r) => r.page);
const frame = rows.find((r) => r.frame);
const sizes = [...new Set(engines.map((r) => r.recommendations))].sort((a, b) => a - b);
const get = (engine, platform, n) => engines.find((r) => r.engine === engine && r.platform === platform && r.recommendations === n);
const f = (v, d = 3) => (v === undefined || v === null ? 'n/a' : Number(v).toFixed(d));
const k = (n) => (n >= 1e6 ? n / 1e6 + 'M' : n / 1e3 + 'k');
const ratio = (a, b) => (a && b ? (b / a).toFixed(1) + 'x' : 'n/a');

let md = `# Benchmark results\n\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory_gib} GiB, ${machine.os}, node ${machine.node}; ${machine.date}.\n`;
md += 'Corpora are generated from the real vocabulary (bench/generator); queries are the same fixed set for every engine.\n';
md += '"Plain" queries are the 1-3 word queries every engine answers the same way; dhrv also runs phrases, prefixes, exclusions, OR and field filters ("all").\n\n';

md += '## Query latency, plain-words queries (ms)\n\n| engine | ' + sizes.map((n) => k(n) + ' p50 | ' + k(n) + ' p95').join(' | ') + ' |\n|---|' + sizes.map(() => '---|---|').join('') + '\n';
const line = (label, pick) => '| ' + label + ' | ' + sizes.map((n) => { const r = pick(n); return r ? f(r[0]) + ' | ' + f(r[1]) : 'n/a | n/a'; }).join(' | ') + ' |\n';
md += line('dhrv native, ranked (BM25F)', (n) => { const r = get('dhrv', 'native', n); return r && [r.plain_p50_ms, r.plain_p95_ms]; });
md += line('dhrv native, unranked', (n) => { const r = get('dhrv', 'native', n); return r && [r.plain_unranked_p50_ms, r.plain_unranked_p95_ms]; });
md += line('dhrv wasm (node), ranked', (n) => { const r = get('dhrv', 'wasm', n); return r && [r.plain_p50_ms, r.plain_p95_ms]; });
md += line('dhrv wasm (node), unranked', (n) => { const r = get('dhrv', 'wasm', n); return r && [r.plain_unranked_p50_ms, r.plain_unranked_p95_ms]; });
for (const e of ['minisearch', 'flexsearch', 'lunr']) md += line(e + ' (node)', (n) => { const r = get(e, 'node', n); return r && [r.query_p50_ms, r.query_p95_ms]; });
md += line('dhrv native, all queries', (n) => { const r = get('dhrv', 'native', n); return r && [r.query_p50_ms, r.query_p95_ms]; });

md += '\n## Ratios at 100k (p50; above 1x means dhrv is faster)\n\n| dhrv | vs MiniSearch | vs FlexSearch | vs Lunr | target |\n|---|---|---|---|---|\n';
const n100 = 100000;
const peer = (e) => get(e, 'node', n100)?.query_p50_ms;
for (const [label, platform, key, target] of [['native ranked', 'native', 'plain_p50_ms', '5x fastest peer'], ['native unranked', 'native', 'plain_unranked_p50_ms', ''],
  ['wasm ranked', 'wasm', 'plain_p50_ms', '3x fastest peer'], ['wasm unranked', 'wasm', 'plain_unranked_p50_ms', '']]) {
  const ours = get('dhrv', platform, n100)?.[key];
  md += `| ${label} | ${ratio(ours, peer('minisearch'))} | ${ratio(ours, peer('flexsearch'))} | ${ratio(ours, peer('lunr'))} | ${target} |\n`;
}

md += '\n## Index build and memory\n\n| engine | size | build (ms) | memory (MiB) | index file (MB) |\n|---|---|---|---|---|\n';
for (const n of sizes) {
  const d = get('dhrv', 'native', n);
  if (d) md += `| dhrv native | ${k(n)} | ${f(d.build_ms, 0)} | ${f(d.index_memory_mib, 1)} index, ${f(d.rss_peak_index_mib, 0)} peak RSS | ${f(d.index_bytes / 1e6, 1)} |\n`;
  const w = get('dhrv', 'wasm', n);
  if (w) md += `| dhrv wasm | ${k(n)} | ${f(w.build_ms, 0)} | ${f(w.index_memory_mib, 1)} index, ${f(w.rss_peak_mib, 0)} linear memory | |\n`;
  for (const e of ['minisearch', 'flexsearch', 'lunr']) {
    const r = get(e, 'node', n);
    if (r) md += `| ${e} | ${k(n)} | ${f(r.build_ms, 0)} | ${f(r.heap_mib, 1)} heap | |\n`;
  }
}
md += '\nMemory: for dhrv, the index\'s own arrays and the peak resident set of the whole process up to the end of the build (generated corpus included); for the JavaScript engines, the growth of the V8 heap after garbage collection (their index only).\n';

md += '\n## Scale (dhrv native)\n\n| size | query p50 | query p95 | facet recount (all documents) | peak RSS (MiB) |\n|---|---|---|---|---|\n';
for (const n of sizes) { const d = get('dhrv', 'native', n); if (d) md += `| ${k(n)} | ${f(d.query_p50_ms)} | ${f(d.query_p95_ms)} | ${f(d.facet_recount_ms)} | ${f(d.rss_peak_mib, 0)} |\n`; }

md += '\n## Result agreement with MiniSearch\n\n';
for (const a of agreement) md += `- ${k(a.recommendations)}: ${a.queries} plain queries; MiniSearch returned exactly the documents holding every query word in all of them${a.problems.length ? ' except ' + a.problems.length + ' (see results.json)' : ''}; dhrv returned the same set for ${a.identical} and a superset for ${a.dhrv_adds_stem_variants}, the extra documents being stem variants (a search for "discharging" also finds "discharge").\n`;

if (page) md += `\n## Web page (headless Chromium, localhost, software WebGL)\n\n- Transfer size (gzip, html + css + js + wasm, sample data inside the wasm): ${(page.transfer_gzip_bytes / 1e6).toFixed(2)} MB (target 1.5 MB)\n- Navigation to first frame with content: ${f(page.first_frame_ms, 0)} ms median of 5 (target 1 s)\n- Keystroke to results on screen: ${f(page.keystroke_to_results_ms, 1)} ms median (target 50 ms); of which the search itself: ${f(page.search_in_core_ms, 2)} ms. The rest is waiting for the next animation frame and drawing it with SwiftShader (software GL) in the headless browser.\n`;
if (frame) md += `\n## Viewer frame with ${k(frame.recommendations)} recommendations (CPU side, headless ImGui)\n\n| | p50 (ms) | p95 (ms) | max (ms) |\n|---|---|---|---|\n| idle | ${f(frame.idle_p50_ms)} | | |\n| scrolling the results | ${f(frame.scroll_p50_ms)} | ${f(frame.scroll_p95_ms)} | ${f(frame.scroll_max_ms)} |\n| typing (search on every key) | ${f(frame.typing_p50_ms)} | ${f(frame.typing_p95_ms)} | ${f(frame.typing_max_ms)} |\n\nTarget: under 8 ms.\n`;
writeFileSync(mdOut, md);
