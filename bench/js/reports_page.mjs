// reports_page.mjs SITE_DIR REPORTS_DIR: a folder of report PDFs opened in the web page as a person does it
// ("Open folder", then the folder in the file chooser), in headless Chromium. Measures the time from choosing
// the folder to every review indexed, the longest gap between two animation frames meanwhile (the page must
// never freeze; counted from the moment the files are chosen), the longest task on the page's main thread meanwhile
// (the Long Tasks API: what held the thread, without the wait for the next animation frame), and the WebAssembly
// memory afterwards (it never shrinks, so this is the peak). One JSON line.
import { readdirSync } from 'node:fs';
import { startServer, launch, waitReady } from '../../web/tests/harness.mjs';

const [site, dir] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).length;
const browser = await launch();
const server = await startServer({ root: site });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(server.url + 'index.html');
await waitReady(page);
const before = await page.evaluate(() => window.dhrv.state(1).counts.corpus_recommendations);
// A frame-gap recorder (reads only: it changes nothing in the page).
await page.evaluate(() => {
  window.benchGaps = { max: 0, last: performance.now(), on: true };
  (function tick(t) {
    const g = window.benchGaps;
    if (g.on) { g.max = Math.max(g.max, t - g.last); g.last = t; requestAnimationFrame(tick); }
  })(performance.now());
  // Tasks over 50 ms on the main thread (the browser reports only those).
  window.benchTasks = { longest: 0, over50: 0, from: Infinity };
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) {
      if (e.startTime < window.benchTasks.from || !window.benchGaps.on) continue;
      window.benchTasks.longest = Math.max(window.benchTasks.longest, e.duration);
      window.benchTasks.over50++;
    }
  }).observe({ type: 'longtask' });
  // Counted from the moment the files are chosen: while the file chooser is up, Playwright holds the page (the
  // gap around the click, 100-270 ms, is the test harness, not the page).
  document.addEventListener('change', function () {
    window.benchGaps.max = 0; window.benchGaps.last = performance.now(); window.benchTasks.from = performance.now();
  }, true);
});
const chooser = page.waitForEvent('filechooser');
await page.click('#open-folder');
const t0 = Date.now();
await (await chooser).setFiles(dir);
// Done when the recommendations have arrived and no job runs (reports may merge with the sample's DHRD reviews,
// so reviews are not counted).
await page.waitForFunction((n) => {
  const s = window.dhrv.state(1);
  return !s.job && s.counts.corpus_recommendations > n;
}, before, { timeout: 600000, polling: 200 });
const seconds = (Date.now() - t0) / 1000;
const after = await page.evaluate(() => {
  window.benchGaps.on = false;
  const s = window.dhrv.state(1);
  return { reviews: s.counts.corpus_reviews, recommendations: s.counts.corpus_recommendations,
    max_frame_gap_ms: Math.round(window.benchGaps.max),
    longest_task_ms: Math.round(window.benchTasks.longest), tasks_over_50_ms: window.benchTasks.over50, wasm_mib: Math.round(window.dhrv.module.HEAPU8.length / 1048576) };
});
console.log(JSON.stringify({ bench: 'reports-browser', files, seconds, reports_per_second: +(files / seconds).toFixed(1), ...after }));
await browser.close();
await server.close();
