// Report PDFs opened in the browser as a person does it: "Open folder", choose ../shared/reports in the file
// chooser. Every review arrives with its recommendations, progress is announced while it loads, nothing leaves
// the page, and the new recommendations are found by search (typed into the canvas's search box).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, startServer, launch, openPage, waitReady } from '../harness.mjs';
import { viewer, click } from './person.mjs';

const REPORTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/reports');
let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

// Needs ../shared/reports beside the checkout (CI has it); left out, saying so, where it is absent.
const haveReports = existsSync(REPORTS);
test('Open folder with the shared report PDFs: every review and recommendation, progress announced, searchable',
  { skip: haveReports ? false : '../shared/reports is not beside this checkout' }, async () => {
  const truths = readdirSync(REPORTS).filter((f) => f.endsWith('.truth.json'))
    .map((f) => JSON.parse(readFileSync(join(REPORTS, f), 'utf8')));
  const expected = truths.reduce((n, t) => n + t.recommendations.length, 0);
  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  const before = (await v.state()).counts;
  const announced = [];
  await page.exposeFunction('dhrvHeard', (t) => announced.push(t));
  await page.evaluate(() => new MutationObserver(() => window.dhrvHeard(document.getElementById('mirror-count').textContent))
    .observe(document.getElementById('mirror-count'), { childList: true, characterData: true, subtree: true }));

  const chooser = page.waitForEvent('filechooser');
  const b = await page.locator('#open-folder').boundingBox();
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await (await chooser).setFiles(REPORTS);
  const s = await v.waitFor((s) => !s.job && s.counts.corpus_recommendations >= before.corpus_recommendations + expected, 120000);
  // Executive summaries and overview reports of the same review merge, so count recommendations, not files.
  assert.ok(s.counts.corpus_reviews_with_recommendations > before.corpus_reviews_with_recommendations);
  assert.ok(announced.some((t) => /Reading files|Opening|Indexing/.test(t)), 'progress was announced: ' + announced.join(' | '));

  // A recommendation from one of the reports, found by typing in the canvas.
  const word = truths[0].recommendations[0].text.split(/\s+/).find((w) => /^[A-Za-z]{7,}$/.test(w));
  await click(page, v, 'search', { x: 0.9, y: 0.5 });
  await page.keyboard.type(word, { delay: 20 });
  const found = await v.waitFor((s) => s.query === word && s.counts.recommendations > 0);
  assert.ok(found.results.some((r) => r.review_id !== 'nottingham-2018'), 'a report recommendation is found');
  await page.screenshot({ path: join(dirname(fileURLToPath(import.meta.url)), '../../../build/web-reports-opened.png') }).catch(() => {});
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  await context.close();
});

// The reports with the tracker a CSP keeps for one of them, chosen with "Open files"; then the person opens the
// National recommendations tab by clicking it, and a recommendation there opens the review at its action table.
test('Reports and a tracker: the National recommendations tab groups what national bodies were asked',
  { skip: haveReports ? false : '../shared/reports is not beside this checkout' }, async () => {
  const TRACKER = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/trackers/wyre-forest-anna-overview.actions.csv');
  const files = readdirSync(REPORTS).filter((f) => f.endsWith('.pdf')).map((f) => join(REPORTS, f)).concat([TRACKER]);
  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  const chooser = page.waitForEvent('filechooser');
  const b = await page.locator('#open-files').boundingBox();
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await (await chooser).setFiles(files);
  await v.waitFor((s) => !s.job && s.counts.corpus_reviews_with_recommendations > 1 && s.national !== null, 120000);

  await click(page, v, 'tab:national');
  const s = await v.waitFor((s) => s.view === 'national' && s.national && s.national.length > 0);
  const home = s.national.find((b) => b.body === 'Home Office');
  assert.ok(home, 'a Home Office group: ' + s.national.map((b) => b.body).join(', '));
  assert.ok(home.reviews >= 4, 'the Home Office was asked by at least four reviews');
  const wyre = home.lessons.flatMap((l) => l.members).find((m) => /Wyre Forest/.test(m.review));
  assert.ok(wyre, 'Wyre Forest\'s recommendation to the Home Office is listed');
  assert.equal(wyre.status, 'Completed');  // from the report's action plan
  // The text version says the same.
  assert.match(await page.locator('#mirror-national').innerText(), /Home Office: \d+ recommendations from \d+ reviews/);

  // Scroll the list with the wheel until that recommendation is on screen, and click it: its review opens at it.
  const name = 'national-rec:wyre-forest-2021-03:' + wyre.label;
  const tab = await v.where('tab:national');
  const box = await v.canvas.boundingBox();
  for (let i = 0; i < 30; i++) {
    const r = (await v.probes())[name];
    if (r && r[1] > 120 && r[3] < box.height - 40) break;
    await page.mouse.move(tab.x, tab.y + 200);
    await page.mouse.wheel(0, 150);
    await new Promise((ok) => setTimeout(ok, 150));
  }
  await click(page, v, name);
  const opened = await v.waitFor((s) => s.open_review && s.open_review.id === 'wyre-forest-2021-03');
  const rec = opened.open_review.recommendations.find((r) => r.doc === opened.open_review.open_doc);
  assert.equal(rec.label, wyre.label);
  assert.equal(rec.status, 'completed');
  assert.ok(rec.actions.length >= 1, 'its action plan rows are there');
  await page.screenshot({ path: join(dirname(fileURLToPath(import.meta.url)), '../../../build/web-national.png') }).catch(() => {});
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  await context.close();
});

