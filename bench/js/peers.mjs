// peers.mjs CORPUS.json RESULTS.json: MiniSearch, FlexSearch and Lunr on the same documents and the same
// plain-words queries as search_bench (run with node --expose-gc). Prints one JSON line per engine, then one
// line checking result agreement: MiniSearch (AND, exact words, accents folded like ours) must return exactly
// the documents that hold every query word; ours must return those and more only where stemming explains it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
const MiniSearch = require('minisearch');
const FlexSearch = require('flexsearch');
const lunr = require('lunr');

const [corpusFile, resultsFile] = process.argv.slice(2);
const docs = JSON.parse(readFileSync(corpusFile, 'utf8'));
const expected = JSON.parse(readFileSync(resultsFile, 'utf8'));
const queries = Object.keys(expected);

const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const heapMiB = () => { global.gc(); global.gc(); return process.memoryUsage().heapUsed / 1048576; };
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))]; };

function measure(name, build, query) {
  const before = heapMiB();
  const t0 = performance.now();
  const index = build();
  const buildMs = performance.now() - t0;
  const memory = heapMiB() - before;
  for (const q of queries) query(index, q);  // warm-up
  const times = [];
  for (let pass = 0; pass < 3; ++pass)
    for (const q of queries) { const t = performance.now(); query(index, q); times.push(performance.now() - t); }
  console.log(JSON.stringify({ engine: name, platform: 'node', recommendations: docs.length, queries: queries.length,
    build_ms: buildMs, heap_mib: memory, query_p50_ms: pct(times, 0.5), query_p95_ms: pct(times, 0.95), query_p99_ms: pct(times, 0.99) }));
  return index;
}

// MiniSearch: both fields, every word required, no prefix or fuzzy matching, accents and case folded.
const mini = measure('minisearch', () => {
  const ms = new MiniSearch({ fields: ['text', 'addressee'], idField: 'id', processTerm: (t) => fold(t),
    searchOptions: { combineWith: 'AND', prefix: false, fuzzy: false } });
  ms.addAll(docs);
  return ms;
}, (ix, q) => ix.search(q));

// FlexSearch: its fastest form, one Index over text and addressee, whole words.
measure('flexsearch', () => {
  const ix = new FlexSearch.Index({ tokenize: 'strict', encoder: FlexSearch.Charset ? FlexSearch.Charset.LatinBalance : undefined });
  for (const d of docs) ix.add(d.id, d.text + ' ' + d.addressee);
  return ix;
}, (ix, q) => ix.search(q, { limit: docs.length }));

// Lunr: as people use it (its own stemmer and stop words), every word required.
measure('lunr', () => lunr(function () {
  this.ref('id');
  this.field('text');
  this.field('addressee');
  for (const d of docs) this.add(d);
}), (ix, q) => ix.search(q.split(/\s+/).filter(Boolean).map((w) => '+' + w.replace(/[:^~*+-]/g, '')).join(' ')));

// Agreement.
let same = 0, stemmingOnly = 0;
const problems = [];
for (const q of queries) {
  const ours = new Set(expected[q].dhrv), exact = expected[q].exact;
  const theirs = mini.search(q).map((r) => r.id).sort((a, b) => a - b);
  const exactSame = theirs.length === exact.length && theirs.every((v, i) => v === exact[i]);
  if (!exactSame) problems.push({ query: q, minisearch: theirs.length, exact: exact.length });
  const missing = exact.filter((d) => !ours.has(d));
  if (missing.length) problems.push({ query: q, missing_from_dhrv: missing.length });
  if (ours.size === exact.length && !missing.length) same++;
  else if (!missing.length) stemmingOnly++;
}
console.log(JSON.stringify({ agreement: true, queries: queries.length, identical: same, dhrv_adds_stem_variants: stemmingOnly, problems }));
