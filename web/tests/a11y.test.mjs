// Accessibility and safety (issue #7): axe-core finds no serious or critical problem on the page, the
// standalone file and the partner page; the text version is reachable by keyboard and follows the canvas;
// "Exit this page" (button and Shift x3) leaves at once and Back does not bring the content back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE, STRICT_CSP, startServer, launch, openPage, waitReady } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

// axe is injected as a script, which the page's own CSP would (rightly) refuse: these contexts bypass CSP.
async function axePage(url, ready) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  await context.close();
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

test('axe: no serious or critical violations on the page (canvas view and text version)', async () => {
  assert.deepEqual(await axePage(server.url + 'index.html#q=MARAC', waitReady), []);
  // With the text version shown and filled in.
  const shown = await axePage(server.url + 'index.html#q=MARAC&review=nottingham-2018', async (page) => {
    await waitReady(page);
    await page.click('#text-view');
    await page.waitForFunction(() => document.querySelectorAll('#mirror-results > li').length === 5);
  });
  assert.deepEqual(shown, []);
});

test('axe: the standalone file, the partner page, and the static pages', async () => {
  assert.deepEqual(await axePage(pathToFileURL(join(SITE, 'dhrv-standalone.html')).href, waitReady), []);
  assert.deepEqual(await axePage(server.url + 'examples/partner.html', (page) =>
    page.waitForFunction(() => document.querySelectorAll('[data-dhrv-ready="1"]').length === 2, null, { timeout: 60000 })), []);
  assert.deepEqual(await axePage(server.url + 'about.html', async () => {}), []);
  assert.deepEqual(await axePage(server.url + 'accessibility.html', async () => {}), []);
});

test('keyboard: the skip link leads to the results in the text version, which then shows on screen', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'index.html#q=MARAC');
  await waitReady(page);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'mirror-results-heading');
  const box = await page.locator('#mirror').boundingBox();
  assert.ok(box.width > 600 && box.height > 300, 'the text version is on screen while it has focus');
  // Tab on through the results: each is a real button with a name.
  await page.keyboard.press('Tab');
  const name = await page.evaluate(() => document.activeElement.tagName + ':' + (document.activeElement.labels?.[0]?.textContent || document.activeElement.textContent));
  assert.match(name, /SELECT:Sort by|BUTTON:/);
  // Opening a result from the text version moves focus to that recommendation in the review, marked as the
  // one opened, and the canvas follows.
  await page.click('#mirror-results li:first-child button');
  await page.waitForFunction(() => document.activeElement.id.startsWith('mirror-rec-') &&
    document.activeElement.closest('li').getAttribute('aria-current') === 'true');
  const s = await page.evaluate(() => window.dhrv.state());
  assert.equal(s.open_review.id, 'nottingham-2018');
  assert.match(s.hash, /rec=11\.4/);
  await context.close();
});

test('at 200% zoom the text version reflows: nothing is cut off sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url + 'index.html#q=MARAC&review=nottingham-2018');
  await waitReady(page);
  await page.click('#text-view');
  await page.waitForFunction(() => document.querySelectorAll('#mirror-results > li').length === 5);
  const overflow = await page.evaluate(() => {
    const m = document.getElementById('mirror');
    return { scroll: m.scrollWidth, client: m.clientWidth };
  });
  assert.ok(overflow.scroll <= overflow.client + 1, JSON.stringify(overflow));
  await context.close();
});

async function exitCase(trigger) {
  const { context, page, offsite } = await openPage(browser);
  await page.goto(server.url + 'about.html');  // somewhere before the viewer in this tab's history
  await page.goto(server.url + 'index.html#q=MARAC&review=nottingham-2018');
  await waitReady(page);
  const navigated = page.waitForRequest((r) => r.url().startsWith('https://www.bbc.co.uk/weather'));
  await trigger(page);
  await navigated;
  for (let i = 0; i < 50 && !offsite.some((u) => u.startsWith('https://www.bbc.co.uk/weather')); ++i) await page.waitForTimeout(100);
  assert.ok(offsite.some((u) => u.startsWith('https://www.bbc.co.uk/weather')), 'went to the neutral site');
  // The viewer's entry was replaced: Back goes to the page before it, not to the review.
  for (let i = 0; i < 150 && page.url().startsWith('http://127.0.0.1'); ++i) await page.waitForTimeout(100);
  await page.goBack().catch(() => {});
  await page.waitForTimeout(300);
  assert.ok(!page.url().includes('index.html'), 'Back does not return to the viewer: ' + page.url());
  await context.close();
}

test('Exit this page: the button leaves at once and Back does not bring the review back', async () => {
  await exitCase((page) => page.click('#exit-this-page'));
});

test('Exit this page: Shift three times, from the page and from inside the canvas', async () => {
  await exitCase(async (page) => {
    await page.focus('#mirror-search');
    for (let i = 0; i < 3; ++i) await page.keyboard.press('Shift');
  });
  await exitCase(async (page) => {
    await page.focus('#canvas');
    // Quick taps, a few frames apart (hosts/sdl_event_pump.h keeps each one a press).
    for (let i = 0; i < 3; ++i) { await page.keyboard.press('Shift'); await page.waitForTimeout(80); }
  });
});

test('Exit in a widget and in the iframe leave the partner page too', async () => {
  const { context, page, offsite } = await openPage(browser);
  await page.goto(server.url + 'examples/partner.html');
  await page.waitForFunction(() => document.querySelectorAll('[data-dhrv-ready="1"]').length === 2, null, { timeout: 60000 });
  let navigated = page.waitForRequest((r) => r.url().startsWith('https://www.bbc.co.uk/weather'));
  await page.evaluate(() => document.getElementById('widget-marac').dhrv.command({ exit: true }));
  await navigated;
  // The iframe asks its parent (partner.js) to leave.
  await page.goto(server.url + 'examples/partner.html');
  await page.waitForFunction(() => document.getElementById('frame').getAttribute('data-reported-height') !== null, null, { timeout: 60000 });
  navigated = page.waitForRequest((r) => r.url().startsWith('https://www.bbc.co.uk/weather') && r.frame() === page.mainFrame());
  const inner = page.frames().find((f) => f.url().includes('embed.html'));
  await inner.evaluate(() => window.dhrv.command({ exit: true }));
  await navigated;
  assert.ok(offsite.some((u) => u.startsWith('https://www.bbc.co.uk/weather')));
  await context.close();
});
