// page.mjs SITE_DIR: the web page in headless Chromium, served from 127.0.0.1: transfer size (gzip) of what the
// default page loads, time from navigation to the first frame with content, and time from a keystroke to
// results. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer, launch, waitReady } from '../../web/tests/harness.mjs';

const site = process.argv[2];
const files = ['index.html', 'style.css', 'dhrv-embed.js', 'app.js', 'dhrv.js', 'dhrv.wasm'];
const sizes = Object.fromEntries(files.map((f) => {
  const b = readFileSync(join(site, f));
  return [f, { bytes: b.length, gzip: gzipSync(b, { level: 9 }).length }];
}));
const total = Object.values(sizes).reduce((a, s) => a + s.gzip, 0);

const browser = await launch();
const server = await startServer({ root: site });
const ready = [], keystroke = [], searchMs = [];
for (let run = 0; run < 5; ++run) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  ready.push(await page.evaluate(() => window.dhrvReadyAt));
  for (const q of ['MARAC', 'discharging', 'volunt*', '"mutual allegations"', 'agency:police']) {
    const [wall, inCore] = await page.evaluate((text) => new Promise((done) => {
      const input = document.getElementById('mirror-search');
      const before = window.dhrv.state(1).generation;
      const t0 = performance.now();
      input.value = text;
      input.dispatchEvent(new Event('input'));
      // The results are computed in the viewer's next frame; wait until they have been.
      const check = () => { const s = window.dhrv.state(1); if (s.generation !== before) done([performance.now() - t0, s.search_ms]); else requestAnimationFrame(check); };
      check();
    }), q);
    keystroke.push(wall);
    searchMs.push(inCore);
  }
  await context.close();
}
await browser.close();
await server.close();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
console.log(JSON.stringify({ transfer_gzip_bytes: total, files: sizes, first_frame_ms: median(ready), first_frame_runs: ready,
  keystroke_to_results_ms: median(keystroke), keystroke_max_ms: Math.max(...keystroke),
  search_in_core_ms: median(searchMs) }));
