// A person on a phone (390x844, touch, an on-screen keyboard that composes words): swipes scroll, taps click,
// predictive text types what was meant. Touches and composition go through CDP, as a phone's would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, startServer, launch, openPage, waitReady } from '../harness.mjs';
import { viewer, swipe, tap, composeWord, composeSteps } from './person.mjs';

let browser, server;
before(async () => { browser = await launch(); server = await startServer({ csp: STRICT_CSP }); });
after(async () => { await browser?.close(); await server?.close(); });

test('a swipe up scrolls the results, and keeps gliding after a flick', async () => {
  const { context, page } = await openPage(browser, { phone: true });
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  const before = (await v.probes())['result:1'];
  const opened = (await v.state()).open_review;
  assert.ok(before, 'the results list is drawn');
  const box = await v.canvas.boundingBox();
  const x = box.x + box.width / 2, y0 = box.y + before[1];
  await swipe(page, { x, y: y0 + 150 }, { x, y: y0 - 50 }, { steps: 10 });
  await page.waitForTimeout(600);
  const after = (await v.probes())['result:1'];
  assert.ok(!after || after[1] < before[1] - 150, `result 2 moved from ${before[1]} to ${after && after[1]}`);
  // A swipe is not a tap: nothing else was opened.
  assert.deepEqual((await v.state()).open_review, opened);
  await context.close();
});

test('a tap opens a result; no tooltip is left over the controls', async () => {
  const { context, page } = await openPage(browser, { phone: true });
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  await tap(page, await v.where('result:0', { x: 0.3, y: 0.5 }));
  await v.waitFor((s) => s.open_review !== null && s.reading);
  await context.close();
});

test('a phone keyboard composing "police" types police, not ppopolpoli...', async () => {
  const { context, page } = await openPage(browser, { phone: true });
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  await tap(page, await v.where('search', { x: 0.8, y: 0.5 }));
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('dhrv-touch-input'));
  await composeWord(page, 'police');
  await v.waitFor((s) => s.query === 'police');
  await page.keyboard.type(' ');
  await composeWord(page, 'MARAC');
  await v.waitFor((s) => s.query === 'police MARAC');
  // The keyboard's own correction: the word being composed changes earlier letters (teh -> the).
  await page.keyboard.type(' ');
  await composeSteps(page, ['t', 'te', 'teh', 'the'], 'the');
  await v.waitFor((s) => s.query === 'police MARAC the');
  await page.keyboard.press('Backspace');
  await v.waitFor((s) => s.query === 'police MARAC th');
  await context.close();
});

test('on a phone, the browser\'s Back after opening a review returns to the results, as "Back to results" does', async () => {
  const { context, page } = await openPage(browser, { phone: true });
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  await tap(page, await v.where('result:0', { x: 0.3, y: 0.5 }));
  await v.waitFor((s) => s.reading);
  // The page records the view in the address one frame later; a person presses Back after seeing the review.
  await page.waitForFunction(() => location.hash.includes('read=1'));
  await page.goBack();
  await v.waitFor((s) => !s.reading);
  assert.ok(page.url().includes('index.html'), 'Back left the viewer: ' + page.url());
  // The same by the canvas's own button.
  await page.waitForTimeout(300);
  await tap(page, await v.where('result:0', { x: 0.3, y: 0.5 }));
  await v.waitFor((s) => s.reading);
  await page.waitForTimeout(300);
  await tap(page, await v.where('back'));
  await v.waitFor((s) => !s.reading);
  await context.close();
});
