// make-standalone.mjs SITE_DIR SINGLE_JS OUT_HTML
// Builds dhrv-standalone.html: the page with its CSS, app.js and the single-file build (wasm inlined) all in one
// file that opens from file:// or as an email attachment. The page's CSP meta tag is dropped here: a file with
// inline scripts cannot carry `script-src 'self'`, and it requests nothing from anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [site, singleJs, out] = process.argv.slice(2);
let html = readFileSync(join(site, 'index.html'), 'utf8');
const css = readFileSync(join(site, 'style.css'), 'utf8');
const app = readFileSync(join(site, 'app.js'), 'utf8');
const single = readFileSync(singleJs, 'utf8');
// "</script" inside inlined code would end the element early.
const safe = (s) => s.replace(/<\/script/gi, '<\\/script');

html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
html = html.replace('<link rel="stylesheet" href="style.css">', () => `<style>\n${css}</style>`);
html = html.replace('<script src="app.js"></script>',
  () => `<script>window.DHRV_SINGLE_FILE = true;</script>\n  <script>\n${safe(app)}</script>`);
html = html.replace('<script src="dhrv.js" data-dhrv-main></script>', () => `<script>\n${safe(single)}</script>`);
if (/src="(app|dhrv)\.js"/.test(html)) throw new Error('make-standalone: a script was not inlined');
writeFileSync(out, html);
