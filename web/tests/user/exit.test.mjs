// "Exit this page" as a person uses it: after looking around (each view a history entry), with a dialog or a
// popup open, in a narrow widget with its filters drawer open. It must always leave, and one Back must not
// show the viewer again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, startServer, launch, openPage, waitReady } from '../harness.mjs';
import { viewer, click, tap, exitRequested } from './person.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

async function backLeavesViewer(page) {
  // A person presses Back once the neutral page is there (here an error page: the test aborts offsite requests).
  for (let i = 0; i < 150 && page.url().startsWith('http://127.0.0.1'); ++i) await page.waitForTimeout(100);
  await page.waitForTimeout(500);
  await page.goBack().catch(() => {});
  for (let i = 0; i < 30 && !page.url().startsWith('http://127.0.0.1'); ++i) await page.waitForTimeout(100);
  assert.ok(page.url().endsWith('about.html'), 'one Back showed ' + page.url());
}

test('after browsing tabs, filters and a review, Exit leaves and one Back does not return to the viewer', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'about.html');
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  await click(page, v, 'tab:insights');
  await v.waitFor((s) => s.view === 'insights');
  await click(page, v, 'tab:recommendations');
  await v.waitFor((s) => s.view === 'recommendations');
  await click(page, v, 'result:0', { x: 0.3, y: 0.5 });
  await v.waitFor((s) => s.open_review !== null);
  await page.waitForFunction(() => history.length >= 5);
  const left = exitRequested(page);
  await page.mouse.click(...Object.values(await page.locator('#exit-this-page').boundingBox()).slice(0, 2).map((n) => n + 5));
  await left;
  await backLeavesViewer(page);
  await context.close();
});

test('Exit works while the "Embed this view" dialog is open', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'about.html');
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  await page.click('#embed-view');
  assert.ok(await page.locator('#embed-dialog').isVisible());
  const left = exitRequested(page);
  await page.click('#exit-from-dialog');
  await left;
  await backLeavesViewer(page);
  await context.close();
});

test('Exit in a widget works while its search help popup is open', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'examples/partner.html');
  await page.waitForFunction(() => document.querySelectorAll('[data-dhrv-ready="1"]').length === 2, null, { timeout: 60000 });
  const w = viewer(page, 'widget-marac');
  await click(page, w, 'help');
  await page.waitForTimeout(300);
  const left = exitRequested(page);
  await click(page, w, 'exit');
  await left;
  await context.close();
});

test('Exit in a phone-sized widget works with its filters drawer open', async () => {
  const { context, page } = await openPage(browser, { phone: true });
  await page.goto(server.url + 'examples/partner.html');
  await page.waitForFunction(() => document.querySelectorAll('[data-dhrv-ready="1"]').length === 2, null, { timeout: 60000 });
  const w = viewer(page, 'widget-marac');
  await w.canvas.scrollIntoViewIfNeeded();
  await tap(page, await w.where('filters'));
  await page.waitForFunction(() => 'drawer:done' in document.getElementById('widget-marac').dhrv.probes());
  const left = exitRequested(page);
  await tap(page, await w.where('exit'));
  await left;
  await context.close();
});
