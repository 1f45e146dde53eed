// make-standalone.mjs SITE_DIR SINGLE_JS OUT_HTML
// Builds dhrv-standalone.html: the page with its CSS, scripts and the single-file build (wasm inlined) all in one
// file that opens from file:// or as an email attachment, with the same features (deep links included). The
// page's CSP meta tag is dropped here: a file with inline scripts cannot carry `script-src 'self'`, and it
// requests nothing from anywhere.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [site, singleJs, out] = process.argv.slice(2);
let html = readFileSync(join(site, 'index.html'), 'utf8');
const read = (name) => readFileSync(join(site, name), 'utf8');
const single = readFileSync(singleJs, 'utf8');
// "</script" inside inlined code would end the element early.
const safe = (s) => s.replace(/<\/script/gi, '<\\/script');
const inline = (code) => `<script>\n${safe(code)}</script>`;

html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
html = html.replace('<link rel="stylesheet" href="style.css">', () => `<style>\n${read('style.css')}</style>`);
html = html.replace('<script src="dhrv-embed.js"></script>', () =>
  `<script>window.DHRV_SINGLE_FILE = true;</script>\n  ${inline(single)}\n  ${inline(read('dhrv-embed.js'))}`);
html = html.replace('<script src="app.js"></script>', () => inline(read('app.js')));

// The footer's links to about.html and accessibility.html: those pages travel inside the file, at its end.
const mainOf = (name) => {
  const page = read(name);
  const m = page.match(/<main[^>]*>([\s\S]*?)<\/main>/);
  if (!m) throw new Error('make-standalone: no <main> in ' + name);
  return m[1].replace(/href="index\.html"/g, 'href="#standalone-closed"').replace(/href="(about|accessibility)\.html"/g, 'href="#standalone-$1"');
};
html = html.replace(/href="(about|accessibility)\.html"/g, 'href="#standalone-$1"');
const back = '<p><a href="#standalone-closed">Back to the viewer</a></p>';
html = html.replace('</footer>', () => `  <section id="standalone-about" class="page standalone-page" aria-label="About this data">${back}${mainOf('about.html')}</section>
    <section id="standalone-accessibility" class="page standalone-page" aria-label="Accessibility statement">${back}${mainOf('accessibility.html')}</section>
  </footer>`);

if (/<script src="(app|dhrv-embed|dhrv)\.js"><\/script>/.test(html)) throw new Error('make-standalone: a script was not inlined');
writeFileSync(out, html);
