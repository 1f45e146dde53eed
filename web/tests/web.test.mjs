// The web edition (issue #6): search through the page, deep links and history, user files, the standalone
// file, and the partner page with two script widgets and an iframe. All under the strict CSP header, served
// from 127.0.0.1, with no request going anywhere else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE, STRICT_CSP, startServer, launch, openPage, waitReady } from './harness.mjs';

const FIXTURES = new URL('../../tests/fixtures/malformed/', import.meta.url);
let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

const state = (page) => page.evaluate(() => window.dhrv.state());

test('typing MARAC in the text version gives 5 results, in the state and as a real list', async () => {
  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  await page.fill('#mirror-search', 'MARAC');
  await page.waitForFunction(() => window.dhrv.state().counts.recommendations === 5);
  await page.waitForFunction(() => document.querySelectorAll('#mirror-results > li').length === 5);
  const marks = await page.$$eval('#mirror-results mark', (m) => m.map((x) => x.textContent));
  assert.ok(marks.length >= 5 && marks.every((t) => t.toLowerCase() === 'marac'));
  // The live region says it once typing pauses.
  await page.waitForFunction(() => /^5 recommendations match/.test(document.getElementById('mirror-count').textContent));
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('typing in the canvas: / focuses its search box, keys go to the viewer', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  await page.focus('#canvas');  // arriving by keyboard puts the cursor in the search box (user/ tests do it by Tab)
  await page.waitForTimeout(1000);
  await page.keyboard.press('Escape');  // leave it, so "/" is a shortcut again
  await page.waitForTimeout(100);
  await page.keyboard.press('/');
  await page.keyboard.type('volunt*', { delay: 20 });
  await page.waitForFunction(() => window.dhrv.state().query === 'volunt*', null, { timeout: 10000 }).catch(() => {});
  assert.equal((await state(page)).query, 'volunt*');
  assert.equal((await state(page)).counts.recommendations, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link restores query, filters and open review; Back returns to the previous view', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(server.url + 'index.html#q=MARAC&agency=health%20services&review=nottingham-2018&rec=11.4');
  await waitReady(page);
  let s = await state(page);
  assert.equal(s.query, 'MARAC');
  assert.equal(s.counts.recommendations, 2);
  assert.equal(s.open_review.id, 'nottingham-2018');
  assert.match(s.hash, /rec=11\.4/);
  // Open another review: a new history entry.
  await page.evaluate(() => window.dhrv.command({ open_review: 'cardiff-2016-01-68f26215' }));
  await page.waitForFunction(() => location.hash.includes('review=cardiff'));
  await page.goBack();
  await page.waitForFunction(() => window.dhrv.state().open_review.id === 'nottingham-2018');
  s = await state(page);
  assert.equal(s.query, 'MARAC');
  assert.match(await page.evaluate(() => location.hash), /review=nottingham-2018/);
  await page.goForward();
  await page.waitForFunction(() => window.dhrv.state().open_review.id.startsWith('cardiff'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file dropped onto the page is read in the browser and its problems are shown', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const before = await state(page);
  const text = readFileSync(new URL('wrong-cells.txt', FIXTURES), 'utf8');
  const requestsBefore = server.log.length;
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'wrong-cells.txt', { type: 'text/plain' }));
    document.getElementById('viewer').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction((n) => window.dhrv.state().counts.corpus_reviews > n, before.counts.corpus_reviews);
  const s = await state(page);
  assert.ok(s.problems.some((p) => /^wrong-cells\.txt:17: error: expected 3 cells/.test(p)), s.problems.join('\n'));
  await page.waitForFunction(() => Array.from(document.querySelectorAll('#mirror-problems li')).some((li) => li.textContent.includes('wrong-cells.txt:17')));
  assert.equal(server.log.length, requestsBefore, 'nothing was uploaded or fetched');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the standalone file keeps deep links and search from file://', async () => {
  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(pathToFileURL(join(SITE, 'dhrv-standalone.html')).href + '#q=%22mutual%20allegations%22');
  await waitReady(page);
  const s = await state(page);
  assert.equal(s.query, '"mutual allegations"');
  assert.equal(s.counts.recommendations, 2);
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('partner page: two script widgets and an iframe run independently; the iframe reports its height', async () => {
  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(server.url + 'examples/partner.html');
  await page.waitForFunction(() => document.querySelectorAll('[data-dhrv][data-dhrv-ready="1"]').length === 2, null, { timeout: 60000 });
  const widget = (id) => page.evaluate((i) => document.getElementById(i).dhrv.state(), id);
  let a = await widget('widget-marac'), b = await widget('widget-region');
  assert.equal(a.query, 'MARAC');
  assert.equal(a.counts.recommendations, 5);
  assert.equal(b.query, '');
  assert.equal(b.counts.recommendations, 22);  // region filter: the East Midlands (the seed's 22)
  assert.ok(b.facets.find((f) => f.key === 'region').values.find((v) => v.value === 'East Midlands').selected);
  // Each widget has its own canvas, sized to its container.
  const sizes = await page.$$eval('[data-dhrv] canvas', (cs) => cs.map((c) => [c.id, c.clientHeight]));
  assert.deepEqual(sizes.map((s) => s[1]), [520, 520]);
  assert.notEqual(sizes[0][0], sizes[1][0]);
  // A search in one leaves the other unchanged.
  await page.evaluate(() => document.getElementById('widget-region').dhrv.command({ query: 'volunt*' }));
  await page.waitForFunction(() => document.getElementById('widget-region').dhrv.state().counts.recommendations === 1);
  a = await widget('widget-marac');
  assert.equal(a.query, 'MARAC');
  assert.equal(a.counts.recommendations, 5);
  // Keys typed into one widget's canvas reach only that widget.
  await page.focus('#widget-marac canvas');
  await page.keyboard.press('/');
  await page.keyboard.type(' training', { delay: 20 });
  await page.waitForFunction(() => document.getElementById('widget-marac').dhrv.state().query.endsWith('training'));
  assert.equal((await widget('widget-region')).query, 'volunt*');
  // The iframe: its own viewer, and the height it asked for applied by the partner's script.
  const frame = page.frameLocator('#frame');
  await page.waitForFunction(() => document.getElementById('frame').getAttribute('data-reported-height') !== null, null, { timeout: 60000 });
  const reported = Number(await page.getAttribute('#frame', 'data-reported-height'));
  assert.ok(reported >= 420 && reported <= 900, 'reported height ' + reported);
  const inner = await page.frames().find((f) => f.url().includes('embed.html')).evaluate(() => window.dhrv.state());
  assert.equal(inner.query, 'discharging');
  assert.equal(inner.counts.recommendations, 2);
  assert.ok(frame);
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  await context.close();
});

test('hostile content stays inert text: HTML, scripts, javascript: links, RTL overrides, formula prefixes', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const text = readFileSync(new URL('../../tests/fixtures/hostile/hostile-page.txt', import.meta.url), 'utf8');
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'hostile-page.txt', { type: 'text/plain' }));
    document.getElementById('viewer').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => window.dhrv.state().counts.corpus_recommendations === 25);
  await page.fill('#mirror-search', 'scripts');
  await page.waitForFunction(() => document.querySelectorAll('#mirror-results > li').length === 1);
  await page.click('#mirror-results li:first-child button');
  await page.waitForFunction(() => window.dhrv.state().open_review && window.dhrv.state().open_review.title === 'Hostile review');
  await page.click('#text-view');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing in the data ran');
  assert.equal(await page.locator('#mirror img, #mirror script, #mirror-review-body a[href^="javascript:"]').count(), 0);
  const shown = await page.locator('#mirror-results').innerText();
  assert.match(shown, /<script>window\.__pwned=4<\/script>Agencies should not run scripts/);
  const review = await page.locator('#mirror-review-body').innerText();
  assert.match(review, /<a href="javascript:window\.__pwned=5">Click<\/a>/);
  // Exports keep formulas inert.
  const csv = await page.evaluate(async () => {
    let saved = null;
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob) => { saved = blob; return original(blob); };
    window.dhrv.command({ query: 'csp:Testshire' });
    await new Promise((r) => setTimeout(r, 100));
    window.dhrv.command({ export: 'csv' });
    URL.createObjectURL = original;
    return saved ? await saved.text() : '';
  });
  assert.match(csv, /'=HYPERLINK/);
  assert.match(csv, /'-2\+3/);
  assert.deepEqual(errors, []);
  await context.close();
});
