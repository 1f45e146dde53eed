// Web smoke test (issue #2): the page and the standalone file start, signal ready, draw content, log no
// console errors, and request nothing beyond 127.0.0.1 (or the file itself).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE, STRICT_CSP, startServer, launch, openPage, waitReady, canvasColours } from './harness.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

test('index.html loads under the strict CSP, reports ready and draws the sample review', async () => {
  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const state = await page.evaluate(() => window.dhrv.state());
  assert.equal(state.open_review.id, 'nottingham-2018');
  assert.equal(state.counts.corpus_recommendations, 22);
  assert.ok(await canvasColours(page) > 20, 'canvas has real content, not one clear colour');
  await page.screenshot({ path: join(SITE, '..', 'smoke-index.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  assert.ok(server.log.includes('/dhrv.wasm'), 'the wasm came from our own server');
  await context.close();
});

test('dhrv-standalone.html works from file:// with no other file', async () => {
  const { context, page, errors, offsite, requests } = await openPage(browser);
  const url = pathToFileURL(join(SITE, 'dhrv-standalone.html')).href;
  await page.goto(url);
  await waitReady(page);
  const state = await page.evaluate(() => window.dhrv.state());
  assert.equal(state.open_review.id, 'nottingham-2018');
  assert.ok(await canvasColours(page) > 20);
  await page.screenshot({ path: join(SITE, '..', 'smoke-standalone.png') });
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  assert.deepEqual(requests.filter((u) => u !== url), [], 'the standalone file requests nothing else');
  await context.close();
});

test('HiDPI: the canvas backing store is its CSS size times devicePixelRatio, and follows resizes', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, box: document.getElementById('canvas-box').clientWidth };
  });
  let s = await size();
  assert.equal(s.w, s.cw * 2);
  assert.equal(s.h, s.ch * 2);
  assert.equal(s.cw, s.box);
  await page.setViewportSize({ width: 700, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').clientWidth === document.getElementById('canvas-box').clientWidth);
  s = await size();
  assert.equal(s.cw, s.box);
  assert.equal(s.w, s.cw * 2);
  await context.close();
});
