// A person with a mouse and a keyboard (issue #13): click the canvas's search box and type; type capitals with
// Shift; Tab into and out of every viewer; "Exit this page" by three lone Shift taps, from anywhere, on a busy
// machine. Every step is real input (see person.mjs); the viewer's state is only read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, startServer, launch, openPage, waitReady } from '../harness.mjs';
import { viewer, click, typeWithShift, underLoad, exitRequested, staysFor } from './person.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

const bothWidgetsReady = (page) => page.waitForFunction(() =>
  document.querySelectorAll('[data-dhrv-ready="1"]').length === 2, null, { timeout: 60000 });

test('a click in the canvas search box, then typing, searches: on the page, in a script widget, in the iframe', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const main = viewer(page);
  await click(page, main, 'search', { x: 0.9, y: 0.5 });
  await page.keyboard.type('MARAC', { delay: 30 });
  await main.waitFor((s) => s.query === 'MARAC' && s.counts.recommendations === 5);

  await page.goto(server.url + 'examples/partner.html');
  await bothWidgetsReady(page);
  const widget = viewer(page, 'widget-region');
  await widget.canvas.scrollIntoViewIfNeeded();
  await click(page, widget, 'search', { x: 0.9, y: 0.5 });
  await page.keyboard.type('police', { delay: 30 });
  await widget.waitFor((s) => s.query === 'police');
  // The other widget kept its own query.
  assert.equal((await viewer(page, 'widget-marac').state()).query, 'MARAC');

  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-dhrv-ready') === '1', null, { timeout: 60000 });
  const inFrame = viewer(frame);
  await inFrame.canvas.scrollIntoViewIfNeeded();
  await click(page, inFrame, 'search', { x: 0.95, y: 0.5 });
  await page.keyboard.type(' nurse', { delay: 30 });
  await inFrame.waitFor((s) => s.query === 'discharging nurse');
  assert.deepEqual(errors, []);
  await context.close();
});

test('capitals typed with Shift (GP NHS) and Shift+Tab never leave the page; three lone Shift taps do', async () => {
  await underLoad(async () => {
    const { context, page } = await openPage(browser);
    await page.goto(server.url + 'about.html');
    await page.goto(server.url + 'index.html');
    await waitReady(page);
    const main = viewer(page);
    // In the canvas.
    await click(page, main, 'search', { x: 0.9, y: 0.5 });
    await typeWithShift(page, 'GP NHS');
    await main.waitFor((s) => s.query === 'GP NHS');
    // In the text version's search box.
    await page.click('#text-view');
    await page.click('#mirror-search');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await typeWithShift(page, 'GP NHS');
    assert.equal(await page.inputValue('#mirror-search'), 'GP NHS');
    for (let i = 0; i < 3; ++i) {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
    }
    assert.ok(await staysFor(page, 1000), 'Shift with other keys counted as a quick exit');

    // Three lone taps, slow ones included, from the canvas: the page leaves.
    await page.click('#text-view');  // back to the canvas view
    await click(page, main, 'search', { x: 0.9, y: 0.5 });
    const left = exitRequested(page);
    for (let i = 0; i < 3; ++i) { await page.keyboard.press('Shift'); await page.waitForTimeout(i * 400); }
    await left;
    await page.goBack().catch(() => {});
    await page.waitForTimeout(300);
    assert.ok(page.url().endsWith('about.html'), 'Back returned to ' + page.url());
    await context.close();
  });
});

test('Tab reaches the canvas with its search box ready, and Tab and Shift+Tab leave it', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const active = () => page.evaluate(() => document.activeElement && (document.activeElement.id || document.activeElement.tagName));
  let presses = 0;
  while ((await active()) !== 'canvas' && presses++ < 15) await page.keyboard.press('Tab');
  assert.equal(await active(), 'canvas', 'Tab never reached the canvas');
  // A visible focus outline, and typing goes straight to the search.
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.getElementById('canvas')).outlineStyle), 'none');
  await page.keyboard.type('MARAC', { delay: 30 });
  await viewer(page).waitFor((s) => s.query === 'MARAC');
  await page.keyboard.press('Tab');
  assert.notEqual(await active(), 'canvas', 'Tab is trapped in the canvas');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(), 'canvas');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await active(), 'exit-this-page', 'Shift+Tab is trapped in the canvas');
  await context.close();
});

test('on the partner page, Tab goes through both widgets and the iframe and out again', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'examples/partner.html');
  await bothWidgetsReady(page);
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  await frame.waitForFunction(() => document.documentElement.getAttribute('data-dhrv-ready') === '1', null, { timeout: 60000 });
  const where = () => page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    if (a.tagName === 'IFRAME') return 'iframe:' + (a.contentDocument.activeElement || {}).id;
    return a.closest('[data-dhrv]') ? 'widget:' + a.closest('[data-dhrv]').id : a.tagName;
  });
  const seen = [];
  for (let i = 0; i < 12; ++i) {
    await page.keyboard.press('Tab');
    const w = await where();
    if (seen[seen.length - 1] !== w) seen.push(w);
  }
  assert.deepEqual(seen.slice(0, 3), ['widget:widget-marac', 'widget:widget-region', 'iframe:canvas'], seen.join(' > '));
  assert.ok(seen.length > 3, 'focus never left the iframe: ' + seen.join(' > '));
  await context.close();
});

test('an idle viewer stops drawing, and draws again when the mouse moves over it', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const main = viewer(page);
  await page.waitForTimeout(1500);
  const a = (await main.probes()).frames_drawn;
  await page.waitForTimeout(2000);
  const b = (await main.probes()).frames_drawn;
  assert.ok(b - a <= 6, `drew ${b - a} frames in 2 s while idle`);
  const box = await main.canvas.boundingBox();
  for (let i = 0; i < 10; ++i) await page.mouse.move(box.x + 100 + i * 20, box.y + 200);
  await page.waitForTimeout(300);
  const c = (await main.probes()).frames_drawn;
  assert.ok(c - b >= 5, `drew only ${c - b} frames while the mouse moved`);
  await context.close();
});
