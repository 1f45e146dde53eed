// The page as hosts serve it and as people size it: gzip with a Content-Length (many static hosts), and browser
// zoom at 200% and 400% (the CSS viewport shrinks and device pixels per CSS pixel grow, as Chromium's zoom does).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, startServer, launch, openPage, waitReady } from '../harness.mjs';
import { viewer } from './person.mjs';

let browser, plain, gzipped;
before(async () => {
  browser = await launch();
  plain = await startServer({ csp: STRICT_CSP });
  gzipped = await startServer({ csp: STRICT_CSP, gzip: true });
});
after(async () => { await browser?.close(); await plain?.close(); await gzipped?.close(); });

test('served with gzip and the compressed Content-Length, the viewer starts and the text version fills', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(gzipped.url + 'index.html');
  await waitReady(page);
  await page.waitForFunction(() => document.querySelectorAll('#mirror-results > li').length > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 200% zoom the canvas keeps a whole window of height and shows several results', async () => {
  const { context, page } = await openPage(browser, { width: 640, height: 400, scale: 2 });
  await page.goto(plain.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  const box = await v.canvas.boundingBox();
  assert.ok(box.height >= 380, 'canvas height ' + box.height);
  await page.mouse.wheel(0, 2000);  // the page scrolls to bring the whole canvas into view
  await page.waitForTimeout(300);
  const probes = await v.probes();
  assert.ok(['result:0', 'result:1'].every((k) => k in probes), 'results drawn: ' + Object.keys(probes));
  await context.close();
});

test('at 400% zoom the text version reflows into a page that scrolls to every part', async () => {
  const { context, page } = await openPage(browser, { width: 320, height: 200, scale: 4 });
  await page.goto(plain.url + 'index.html');
  await waitReady(page);
  await page.locator('#text-view').scrollIntoViewIfNeeded();
  const b = await page.locator('#text-view').boundingBox();
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await page.waitForFunction(() => document.querySelectorAll('#mirror-results > li').length > 0);
  const size = await page.evaluate(() => ({ doc: document.documentElement.scrollHeight, mirror: document.getElementById('mirror').getBoundingClientRect().height }));
  assert.ok(size.mirror > 1000, 'text version is ' + size.mirror + ' px tall');
  // Wheel down (a person scrolling) until the review section is on screen.
  for (let i = 0; i < 200; ++i) {
    const r = await page.locator('#mirror-review-heading').boundingBox();
    if (r && r.y >= 0 && r.y < 200) break;
    await page.mouse.wheel(0, 150);
    await page.waitForTimeout(20);
  }
  const r = await page.locator('#mirror-review-heading').boundingBox();
  assert.ok(r && r.y >= 0 && r.y < 200, 'the review section could not be scrolled to');
  // No sideways scrolling at 320 CSS px.
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 321, 'page is ' + wide + ' px wide');
  await context.close();
});
