// Files the page cannot take, chosen with "Open files" as a person does it: one over the size limit, and one that
// is deleted after it was picked and before the page reads it. Each is named in the Problems with the reason, the
// status line says files could not be read, and the good file chosen with them still loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, closeSync, openSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP, startServer, launch, openPage, waitReady } from '../harness.mjs';
import { viewer } from './person.mjs';

const GOOD = resolve(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/national/wyreham-2020-summary-page.txt');
let browser, server, dir;
before(async () => {
  browser = await launch();
  server = await startServer({ csp: STRICT_CSP });
  dir = mkdtempSync(join(tmpdir(), 'dhrv-unreadable-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// A file of `bytes` zeros that takes no disk space (sparse).
function sparse(path, bytes) {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

test('Open files: a file over the size limit and one deleted before it is read are reported; the rest loads', async () => {
  // Handed over in this order: 40 MB first (ten parts, a frame between each, so the page is still on it when the
  // next file is deleted), then the file that vanishes, the one over the limit, and a good summary page.
  const slow = join(dir, 'first-40mb.dat'), vanishing = join(dir, 'moved-away.txt'), huge = join(dir, 'huge-report.pdf');
  const good = join(dir, 'wyreham-2020-summary-page.txt');
  sparse(slow, 40 * 1048576);
  writeFileSync(vanishing, 'Some notes that are deleted before the page reads them.\n');
  sparse(huge, 300 * 1048576);
  copyFileSync(GOOD, good);

  const { context, page, errors, offsite } = await openPage(browser);
  await page.goto(server.url + 'index.html');
  await waitReady(page);
  const v = viewer(page);
  const before = (await v.state()).counts;
  const chooser = page.waitForEvent('filechooser');
  const b = await page.locator('#open-files').boundingBox();
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
  await (await chooser).setFiles([slow, vanishing, huge, good]);
  rmSync(vanishing);

  const s = await v.waitFor((s) => !s.job && s.counts.corpus_reviews > before.corpus_reviews, 60000);
  assert.equal(s.counts.corpus_reviews_with_recommendations, before.corpus_reviews_with_recommendations + 1, 'the good page loaded');
  assert.match(s.status, /could not be read/, 'the status line says some files could not be read: ' + s.status);
  const problems = s.problems.join('\n');
  assert.match(problems, /moved-away\.txt.*could not be read by the browser/, problems);
  assert.match(problems, /huge-report\.pdf.*300 MiB, over the limit of 256 MiB/, problems);
  assert.match(problems, /first-40mb\.dat.*not review data/, problems);
  // The text version lists the same problems.
  await page.waitForFunction(() => /moved-away\.txt/.test(document.getElementById('mirror-problems').textContent));
  assert.match(await page.locator('#mirror-problems').innerText(), /huge-report\.pdf/);
  await page.screenshot({ path: join(dirname(fileURLToPath(import.meta.url)), '../../../build/web-unreadable-files.png') }).catch(() => {});
  assert.deepEqual(errors, []);
  assert.deepEqual(offsite, []);
  await context.close();
});
