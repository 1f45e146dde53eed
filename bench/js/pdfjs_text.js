// pdfjs_text.js: pdf.js (npm pdfjs-dist, its text content API) on the same PDFs as our text layer, as the
// browser-side peer in bench/pdf_bench.py. One JSON line per file: pages, milliseconds, characters.
//   node pdfjs_text.js FILE.pdf...     (NODE_PATH=web/node_modules)
'use strict';
const fs = require('fs');
const pdfjs = require('pdfjs-dist/legacy/build/pdf.js');

async function one(path) {
  const data = new Uint8Array(fs.readFileSync(path));
  const start = process.hrtime.bigint();
  let pages = 0, chars = 0, error = null;
  try {
    const doc = await pdfjs.getDocument({ data, disableFontFace: true, useSystemFonts: false, verbosity: 0,
      isEvalSupported: false }).promise;
    for (let i = 1; i <= doc.numPages; ++i) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      for (const item of content.items) chars += (item.str || '').length;
      ++pages;
    }
    await doc.destroy();
  } catch (e) {
    error = String(e && e.message || e);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ file: path, pages, ms, chars, error, peak_mib: process.memoryUsage().rss / 1048576 }) + '\n');
}

(async () => { for (const f of process.argv.slice(2)) await one(f); })();
