// screenshots-web.mjs OUT_DIR: the web page's screenshots (see tools/screenshots), served from 127.0.0.1.
import { join } from 'node:path';
import { startServer, launch, waitReady } from '../web/tests/harness.mjs';

const out = process.argv[2] || 'build/screenshots';
const browser = await launch();
const server = await startServer();
const views = [
  ['start', ''],
  ['marac', '#q=MARAC'],
  ['review', '#q=MARAC&review=nottingham-2018&rec=11.4'],
  ['insights', '#view=insights'],
];
for (const [w, h] of [[1280, 800], [390, 844]]) {
  for (const dark of [false, true]) {
    const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: dark ? 'dark' : 'light' });
    const page = await context.newPage();
    for (const [name, hash] of dark ? [['dark', '#q=%22mutual%20allegations%22']] : views) {
      await page.goto(server.url + 'index.html' + hash);
      await waitReady(page);
      await page.waitForTimeout(300);  // dark: the page follows the system setting (colorScheme), canvas included
      await page.screenshot({ path: join(out, `web-${name}-${w}x${h}.png`) });
    }
    if (!dark) {
      await page.goto(server.url + 'index.html#q=MARAC&review=nottingham-2018');
      await waitReady(page);
      await page.click('#text-view');
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `web-text-version-${w}x${h}.png`) });
    }
    await context.close();
  }
}
// Browser zoom at 200% (half the CSS viewport, twice the pixels): the canvas, then the text version.
{
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(server.url + 'index.html#q=MARAC');
  await waitReady(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'web-zoom200-1280x800.png') });
  await page.click('#text-view');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'web-zoom200-text-1280x800.png'), fullPage: false });
  await context.close();
}
await browser.close();
await server.close();
