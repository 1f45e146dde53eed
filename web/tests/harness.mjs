// harness.mjs: what every browser test needs: a static server on 127.0.0.1 that logs each request (and can send
// a Content-Security-Policy header), and Debian's chromium started headless with software WebGL.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const SITE = resolve(process.env.DHRV_SITE || join(here, '../../build/web/site'));
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.bin': 'application/octet-stream', '.svg': 'image/svg+xml' };

// gzip: compress every response and send the compressed length as Content-Length, as many static hosts do.
export async function startServer({ root = SITE, csp = null, gzip = false } = {}) {
  const log = [];
  const server = createServer(async (req, res) => {
    log.push(req.url);
    const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
      let body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream' };
      if (gzip) { body = gzipSync(body); headers['Content-Encoding'] = 'gzip'; }
      headers['Content-Length'] = body.length;
      if (csp) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers).end(body);
    } catch { res.writeHead(404).end('not found'); }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, log, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// A page whose console errors and every request are recorded; requests leaving 127.0.0.1 are aborted and kept
// in `offsite` so tests can assert there are none.
// phone: a 390x844 touch screen (hasTouch, isMobile); scale: device pixels per CSS pixel (browser zoom at 200%
// is a viewport half the size at scale 2).
export async function openPage(browser, { width = 1280, height = 800, phone = false, scale = 1 } = {}) {
  const context = await browser.newContext(phone
    ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: scale, hasTouch: true, isMobile: true }
    : { viewport: { width, height }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const errors = [], requests = [], offsite = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    requests.push(u);
    if (u.startsWith('http://127.0.0.1') || u.startsWith('file://') || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    offsite.push(u);
    return route.abort();
  });
  return { context, page, errors, requests, offsite };
}

export async function waitReady(page) {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-dhrv-ready') === '1', null, { timeout: 60000 });
}

// Distinct colours in the canvas screenshot (1 means blank). Decoded in a scratch about:blank page, because the
// viewer's own page forbids data: images under its CSP.
export async function canvasColours(page) {
  const png = await page.locator('canvas').screenshot();
  const scratch = await page.context().newPage();
  try {
    return await scratch.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    }, png.toString('base64'));
  } finally {
    await scratch.close();
  }
}
