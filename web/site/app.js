// app.js: the full page. Starts the viewer on #canvas (through dhrv-embed.js) and keeps the rest of the page in
// step with it: the text version (an accessible mirror of everything the canvas shows: real search box, list,
// headings, checkboxes and tables), the URL hash (deep links, Back and Forward), the live region, files opened
// or dropped (read here, never uploaded), copy link, the embed snippet, and "Exit this page".
// No inline script, no eval: runs under a strict Content Security Policy.
(function () {
  'use strict';
  const $ = function (id) { return document.getElementById(id); };
  const box = $('canvas-box'), canvas = $('canvas'), loading = $('loading');
  const progress = $('loading-progress'), progressText = $('loading-text');
  const mirror = $('mirror'), search = $('mirror-search');
  let viewer = null, state = null, lastHash = null, announceTimer = 0, pendingFocusDoc = null;

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'on') Object.keys(attrs.on).forEach(function (ev) { e.addEventListener(ev, attrs.on[ev]); });
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  // Text with the matched spans in <mark> (byte offsets from the core, converted to string positions).
  function marked(text, spans) {
    const frag = document.createDocumentFragment();
    if (!spans || !spans.length) { frag.appendChild(document.createTextNode(text)); return frag; }
    const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
    let at = 0;
    spans.forEach(function (s) {
      frag.appendChild(document.createTextNode(dec.decode(bytes.slice(at, s[0]))));
      frag.appendChild(el('mark', { text: dec.decode(bytes.slice(s[0], s[1])) }));
      at = s[1];
    });
    frag.appendChild(document.createTextNode(dec.decode(bytes.slice(at))));
    return frag;
  }
  function command(obj) { if (viewer) { const err = viewer.command(obj); if (err) console.warn('dhrv: ' + err); } }

  // ---- The text version ---------------------------------------------------------------------------------
  // Long filters (189 CSPs) show their first values and a button for the rest; which are opened is kept.
  const FACET_PREVIEW = 30, facetsShown = {};
  function renderFacets(s) {
    const box = $('mirror-facets');
    // Rebuilt on every change: the control that had focus gets it back, so ticking a box leaves you on it.
    const had = document.activeElement && box.contains(document.activeElement) ? document.activeElement : null;
    const key = had && (had.getAttribute('data-facet') ? 'box:' + had.getAttribute('data-facet') + ':' + had.getAttribute('data-value') : 'more:' + had.getAttribute('data-more'));
    box.textContent = '';
    s.facets.forEach(function (f) {
      if (!f.values.length) return;
      const fs = el('fieldset', null, [el('legend', { text: f.title + ' (' + f.values.length + ')' })]);
      const all = facetsShown[f.key] || f.values.length <= FACET_PREVIEW;
      (all ? f.values : f.values.slice(0, FACET_PREVIEW)).forEach(function (v, i) {
        const id = 'facet-' + f.key + '-' + i;
        const input = el('input', { type: 'checkbox', id: id, 'data-facet': f.key, 'data-value': v.value });
        input.checked = v.selected;
        input.addEventListener('change', function () { command({ toggle_facet: [f.key, v.value] }); });
        fs.appendChild(el('div', { class: 'check' }, [input, el('label', { for: id, text: v.value + ' (' + v.count + ')' })]));
      });
      if (f.values.length > FACET_PREVIEW)
        fs.appendChild(el('button', { type: 'button', 'data-more': f.key, 'aria-expanded': String(!!all),
          text: all ? 'Show the first ' + FACET_PREVIEW + ' only' : 'Show all ' + f.values.length + ' values',
          on: { click: function () { facetsShown[f.key] = !facetsShown[f.key]; renderFacets(state); } } }));
      box.appendChild(fs);
    });
    if (key) {
      const back = key.indexOf('box:') === 0
        ? Array.from(box.querySelectorAll('input[data-facet]')).find(function (i) { return 'box:' + i.getAttribute('data-facet') + ':' + i.getAttribute('data-value') === key; })
        : box.querySelector('[data-more="' + key.slice(5) + '"]');
      if (back) back.focus();
    }
  }
  // Reviews that match (a search may match a review's summary and none of its recommendations).
  function renderReviewResults(s) {
    const list = $('mirror-review-results');
    list.textContent = '';
    s.review_results.forEach(function (r) {
      list.appendChild(el('li', null, [el('h3', { text: r.caption }), r.snippet ? el('p', null, [el('bdi', { text: r.snippet })]) : null,
        el('button', { type: 'button', class: 'link', text: 'Read this review',
          on: { click: function () { command({ open_review: r.review_id }); setTimeout(function () { $('mirror-review-heading').focus(); }, 100); } } })]));
    });
    if (s.counts.reviews > s.review_results.length)
      list.appendChild(el('li', { text: 'The first ' + s.review_results.length + ' of ' + s.counts.reviews + ' reviews are listed. Narrow the search to see others.' }));
    if (!s.counts.reviews) list.appendChild(el('li', { text: 'No review matches.' }));
    $('mirror-reviews-heading').textContent = 'Reviews (' + s.counts.reviews + ')';
  }
  function renderRecurring(s) {
    const list = $('mirror-recurring');
    list.textContent = '';
    s.recurring.forEach(function (l) {
      list.appendChild(el('li', null, [el('p', null, [el('bdi', { text: l.text })]), el('p', { class: 'addressee', text: 'Recommended in ' + l.reviews + ' reviews' })]));
    });
    if (s.recurring_more) list.appendChild(el('li', { text: 'and ' + s.recurring_more + ' more lessons (listed in the canvas view)' }));
    if (!s.recurring.length) list.appendChild(el('li', { text: 'No lesson is recommended by more than one loaded review yet. Open more reviews to compare them.' }));
  }
  // Recommendations to national bodies, by body, the same lesson from several reviews together (most reviews first).
  function renderNational(s) {
    const box = $('mirror-national');
    box.textContent = '';
    if (s.national === null) { box.appendChild(el('p', { text: 'Grouping national recommendations…' })); return; }
    if (!s.national.length) { box.appendChild(el('p', { text: 'None of the loaded recommendations is addressed to a national body.' })); return; }
    const n = function (k, one, many) { return k + ' ' + (k === 1 ? one : many); };
    s.national.forEach(function (b) {
      box.appendChild(el('h3', { text: b.body + ': ' + n(b.recommendations, 'recommendation', 'recommendations') + ' from ' + n(b.reviews, 'review', 'reviews') }));
      const list = el('ol', { role: 'list' });
      b.lessons.forEach(function (l) {
        const members = el('ul', null, l.members.map(function (m) {
          return el('li', null, [el('button', { type: 'button', class: 'link', text: m.review + ' · ' + m.label,
            on: { click: function () { pendingFocusDoc = m.doc; command({ open_doc: m.doc }); } } }), ' (' + m.status + ')']);
        }));
        if (l.more) members.appendChild(el('li', { text: 'and ' + l.more + ' more (listed in the canvas view)' }));
        list.appendChild(el('li', null, [el('p', null, [el('bdi', { text: l.text })]),
          el('p', { class: 'addressee', text: 'Made by ' + n(l.reviews, 'review', 'reviews') + '; ' + l.completed + ' of ' + l.count + ' recorded as completed' }),
          members]));
      });
      if (b.lessons_more) list.appendChild(el('li', { text: 'and ' + n(b.lessons_more, 'more lesson', 'more lessons') + ' for this body (listed in the canvas view)' }));
      box.appendChild(list);
    });
  }
  function renderResults(s) {
    const list = $('mirror-results');
    list.textContent = '';
    $('mirror-results-heading').textContent = 'Recommendations (' + s.counts.recommendations + ', in ' + s.counts.reviews + (s.counts.reviews === 1 ? ' review)' : ' reviews)');
    s.results.forEach(function (r) {
      const open = el('button', { type: 'button', class: 'link', text: 'Read the review at this recommendation',
        on: { click: function () { pendingFocusDoc = r.doc; command({ open_doc: r.doc }); } } });
      const cite = el('button', { type: 'button', class: 'link', text: 'Copy with citation',
        on: { click: function () { command({ copy_citation: r.doc }); } } });
      list.appendChild(el('li', null, [el('article', { 'aria-label': 'Recommendation ' + r.label + ', ' + r.review }, [
        el('h3', { text: r.label + ' · ' + r.review }),
        // <bdi>: a right-to-left override in the data cannot reorder the text around it.
        el('p', null, [el('bdi', null, [marked(r.text, r.highlights)])]),
        el('p', { class: 'addressee', text: 'Addressed to: ' + (r.addressed_to || 'not stated') }),
        open, ' ', cite])]));
    });
    if (s.counts.recommendations > s.results.length)
      list.appendChild(el('li', { text: 'The first ' + s.results.length + ' of ' + s.counts.recommendations + ' are listed. Narrow the search or export them all.' }));
  }
  function renderCharts(s) {
    const box = $('mirror-charts');
    box.textContent = '';
    // The charts the canvas draws (its list comes from the viewer: ui_tables.h), each as a table.
    s.charts.forEach(function (c) {
      const f = s.facets.find(function (x) { return x.key === c.key; });
      if (!f || !f.values.length) return;
      const rows = f.values.map(function (v) { return el('tr', null, [el('th', { scope: 'row', text: v.value }), el('td', { text: String(v.count) })]); });
      box.appendChild(el('table', null, [el('caption', { text: c.title + ' (in the current results)' }),
        el('thead', null, [el('tr', null, [el('th', { scope: 'col', text: 'Value' }), el('th', { scope: 'col', text: 'Count' })])]),
        el('tbody', null, rows)]));
    });
    // Whether they were carried out, by year of death and by lead agency: a column per status.
    [['Carried out, by year of death', 'Year of death', s.status_by_year], ['Carried out, by lead agency of the actions', 'Lead agency', s.status_by_lead]]
      .forEach(function (t) {
        const rows = t[2].filter(function (r) { return r.counts['Not stated'] !== Object.values(r.counts).reduce(function (a, b) { return a + b; }, 0); });
        if (!rows.length) return;
        const names = ['Completed', 'In progress', 'Not started', 'Not stated'];
        box.appendChild(el('table', null, [el('caption', { text: t[0] + ' (in the current results)' }),
          el('thead', null, [el('tr', null, [el('th', { scope: 'col', text: t[1] })].concat(names.map(function (n) { return el('th', { scope: 'col', text: n }); })))]),
          el('tbody', null, rows.map(function (r) {
            return el('tr', null, [el('th', { scope: 'row', text: r.label })].concat(names.map(function (n) { return el('td', { text: String(r.counts[n]) }); })));
          }))]));
      });
  }
  function renderReview(s) {
    const body = $('mirror-review-body');
    body.textContent = '';
    const r = s.open_review;
    if (!r) { body.appendChild(el('p', { text: 'Choose a result to read its review here.' })); return; }
    body.appendChild(el('h3', { text: r.title }));
    const dl = el('dl');
    [['CSP', r.csp], ['Region', r.region], ['Published or uploaded', r.published], ['Death', r.death]].forEach(function (p) {
      dl.appendChild(el('dt', { text: p[0] })); dl.appendChild(el('dd', { text: p[1] || 'not known' }));
    });
    body.appendChild(dl);
    r.links.forEach(function (l) { body.appendChild(el('p', null, [el('a', { href: l.url, rel: 'noopener noreferrer', target: '_blank', text: l.label + ' (opens in a new tab)' })])); });
    if (r.summary) { body.appendChild(el('h4', { text: 'Summary' })); body.appendChild(el('p', null, [el('bdi', { text: r.summary })])); }
    body.appendChild(el('h4', { text: 'Recommendations (' + r.recommendations.length + ')' }));
    const ol = el('ol', { role: 'list', class: 'plain' });
    r.recommendations.forEach(function (rec) {
      const here = rec.doc === r.open_doc;
      // The one opened from a result is marked, and focus moves to it (not to the top of the review).
      const heading = el('h5', { id: 'mirror-rec-' + rec.doc, tabindex: '-1', text: rec.label + (here ? ' (the one you opened)' : '') });
      ol.appendChild(el('li', here ? { class: 'current', 'aria-current': 'true' } : null, [heading, el('p', null, [el('bdi', { text: rec.text })]),
        el('p', { class: 'addressee', text: 'Addressed to: ' + (rec.addressed_to || 'not stated') + (rec.agencies.length ? ' (' + rec.agencies.join(', ') + ')' : '') }),
        rec.themes.length ? el('p', { class: 'addressee', text: 'Themes: ' + rec.themes.join(', ') }) : null]));
    });
    body.appendChild(ol);
    if (pendingFocusDoc !== null && r.open_doc === pendingFocusDoc) {
      const target = $('mirror-rec-' + pendingFocusDoc);
      pendingFocusDoc = null;
      if (target) { target.focus(); target.scrollIntoView({ block: 'center' }); }
    }
  }
  function renderProblems(s) {
    const list = $('mirror-problems');
    list.textContent = '';
    if (!s.problems.length) list.appendChild(el('li', { text: 'None.' }));
    s.problems.forEach(function (p) { list.appendChild(el('li', { text: p })); });
    if (s.problem_count > s.problems.length) list.appendChild(el('li', { text: 'and ' + (s.problem_count - s.problems.length) + ' more' }));
  }
  // What is loaded, said plainly: most reviews come with facts only, and people add their own files.
  function renderLoaded(s) {
    const c = s.counts, plural = function (n, w) { return n + ' ' + w + (n === 1 ? '' : 's'); };
    $('loaded-summary').textContent = 'Loaded: ' + plural(c.corpus_reviews, 'review') + '; ' +
      (c.corpus_reviews_with_recommendations === c.corpus_reviews ? 'all' : c.corpus_reviews_with_recommendations) +
      ' with recommendations (' + c.corpus_recommendations + ')' +
      (c.corpus_reviews_with_recommendations < c.corpus_reviews ? ', the others facts only' : '') +
      '. Add review summary pages or report PDFs with Open files or Open folder, or drop them here.';
  }
  // The parts of the text version, each with what it is built from, in the order they are rebuilt.
  function parts(s) {
    return [
      ['results', [s.results, s.counts], renderResults],
      ['facets', s.facets, renderFacets],
      ['review', s.open_review, renderReview],
      ['review-results', [s.review_results, s.counts.reviews], renderReviewResults],
      ['recurring', [s.recurring, s.recurring_more], renderRecurring],
      ['national', s.national, renderNational],
      ['charts', [s.charts, s.facets, s.status_by_year, s.status_by_lead], renderCharts],
      ['problems', [s.problems, s.problem_count], renderProblems],
    ];
  }
  const shown = {};  // what each part of the text version was last built from (JSON)
  let followUp = false;
  // Each part is rebuilt only when what it shows changed (typing a search leaves the lessons and the national
  // recommendations as they are), and at most one part per frame: after a big load every part changes at once,
  // and building and laying them all out in one go held the page for ~150 ms. The rest follow in the next frames.
  function rebuildChanged(s) {
    if (pendingFocusDoc !== null) delete shown.review;  // focus moves to the recommendation opened, even again
    let built = false;
    for (const [part, data, build] of parts(s)) {
      const key = JSON.stringify(data);
      if (shown[part] === key) continue;
      if (built) {
        if (!followUp) {
          followUp = true;
          requestAnimationFrame(function () { followUp = false; if (state && !state.job) rebuildChanged(state); });
        }
        return;
      }
      shown[part] = key;
      build(s);
      built = true;
    }
  }
  function render(s) {
    state = s;
    renderLoaded(s);
    // The canvas's theme button themes the whole page (header, text version, footer), not only the canvas.
    document.documentElement.setAttribute('data-theme', s.theme);
    // A job (reading files, indexing): its progress is announced as it goes, per file; the rest of the text
    // version is rebuilt once it is done (rebuilding it at every step would hold up the page).
    if (s.job) {
      clearTimeout(announceTimer);
      $('mirror-count').textContent = s.job.stage + (s.job.total ? ': ' + s.job.done + ' of ' + s.job.total : '') +
        (s.job.item ? ' (' + s.job.item + ')' : '') + (s.job.percent >= 0 ? ', ' + s.job.percent + '%' : '');
      syncHash(s);
      return;
    }
    if (document.activeElement !== search) search.value = s.query;
    $('mirror-error').textContent = s.error ? 'Cannot read the search: ' + s.error : '';
    $('mirror-sort').value = s.sort;
    rebuildChanged(s);
    // The live region speaks once typing pauses.
    clearTimeout(announceTimer);
    announceTimer = setTimeout(function () {
      const n = function (k, noun) { return k + ' ' + noun + (k === 1 ? '' : 's'); };
      $('mirror-count').textContent = n(s.counts.recommendations, 'recommendation') + ' match' +
        (s.counts.reviews ? ', in ' + n(s.counts.reviews, 'review') : '') + (s.status ? '. ' + s.status : '');
    }, 400);
    syncHash(s);
  }

  // ---- Deep links ----------------------------------------------------------------------------------------
  // A new history entry when the view changes (review, tab, filters); typing only replaces the current one.
  // Each entry carries its depth (0 for the entry the viewer opened in), so "Exit this page" can go back over
  // all of them before it leaves.
  function depth() { return history.state && typeof history.state.dhrvDepth === 'number' ? history.state.dhrvDepth : 0; }
  function syncHash(s) {
    const hash = s.hash;
    if (hash === lastHash) return;
    const strip = function (h) { return (h || '').split('&').filter(function (p) { return p.indexOf('q=') !== 0; }).join('&'); };
    const url = location.pathname + location.search + (hash ? '#' + hash : '');
    if (lastHash !== null && strip(hash) !== strip(lastHash)) history.pushState({ dhrvDepth: depth() + 1 }, '', url);
    else history.replaceState({ dhrvDepth: depth() }, '', url);
    lastHash = hash;
  }
  window.addEventListener('popstate', function () {
    if (exiting) return;
    const h = location.hash.replace(/^#/, '');
    if (h && h.indexOf('=') < 0) return;  // an in-page anchor, not a view
    lastHash = h;
    command({ hash: h });
  });
  // The skip link moves focus without touching the URL (the hash holds the view).
  document.querySelector('.skip-link').addEventListener('click', function (e) {
    e.preventDefault();
    $('mirror-results-heading').focus();
  });

  // ---- Files: picked or dropped, read here ----------------------------------------------------------------
  // Limits that keep a dropped home folder from exhausting the tab (the core has its own per-file limits).
  const MAX_FILES = 10000, MAX_BYTES = 512 * 1024 * 1024;
  let skippedFiles = 0;
  async function readEntry(entry, out) {
    if (out.length >= MAX_FILES || out.bytes > MAX_BYTES) { skippedFiles++; return; }
    if (entry.isFile) {
      const file = await new Promise(function (ok, fail) { entry.file(ok, fail); });
      out.bytes = (out.bytes || 0) + file.size;
      if (out.bytes > MAX_BYTES) { skippedFiles++; return; }
      out.push({ name: entry.fullPath.replace(/^\//, ''), file: file });
      showProgress('Finding files: ' + out.length + ' found, ' + Math.round(out.bytes / 1048576) + ' MB');
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (;;) {
        const batch = await new Promise(function (ok, fail) { reader.readEntries(ok, fail); });
        if (!batch.length) break;
        for (const e of batch) await readEntry(e, out);
      }
    }
  }
  // Progress for big folders, on screen and for screen readers.
  function showProgress(text) {
    const hint = $('drop-hint');
    hint.hidden = !text;
    hint.textContent = text || '';
    $('mirror-count').textContent = text || '';
  }
  async function addFiles(files) {
    if (!viewer || !files.length) { showProgress(''); return; }
    const nextFrame = function () { return new Promise(function (r) { requestAnimationFrame(function () { r(); }); }); };
    // Sizes are taken first, as the files are chosen: the browser fixes each file's size when it is first asked, so
    // a file moved or deleted before its turn then fails to read (and is reported) rather than reading as empty.
    // Each size asks the file system (600 at once held the page for 280 ms): 25 per frame.
    let bytes = 0;
    for (let i = 0; i < files.length; ++i) {
      bytes += files[i].file.size;
      if (i % 25 === 24) await nextFrame();
    }
    showProgress('Indexing ' + files.length + (files.length === 1 ? ' file' : ' files') +
      (bytes >= 1048576 ? ' (' + Math.round(bytes / 1048576) + ' MB)' : '') + '…');
    await new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); });  // let it show
    $('drop-hint').hidden = true;
    // Handed over a few megabytes at a time, with a frame between, so the page keeps drawing.
    // Files are read here a part at a time (File.slice): reading a 70 MB file whole first made the browser
    // allocate and fill 70 MB at once, freezing the page for a quarter of a second.
    let batch = 0, done = 0;
    for (const f of files) {
      await viewer.handOver(f, nextFrame);
      batch += f.file.size;
      f.file = null;  // the core has its copy
      if (++done % 25 === 0 || files.length < 25) showProgress('Reading files: ' + done + ' of ' + files.length);
      if (batch > 4 * 1048576) { batch = 0; await nextFrame(); }
    }
    showProgress('');
    let msg = viewer.commitFiles();
    if (skippedFiles) msg += ' ' + skippedFiles + ' more files were not read: at most ' + MAX_FILES + ' files and ' +
      (MAX_BYTES >> 20) + ' MB at a time.';
    skippedFiles = 0;
    $('mirror-count').textContent = msg;
  }
  $('open-files').addEventListener('click', function () { $('file-input').click(); });
  // A whole folder (for people who cannot drag and drop: keyboard, phone).
  $('open-folder').addEventListener('click', function () { $('folder-input').click(); });
  $('folder-input').addEventListener('change', async function (e) {
    const out = [];
    for (const f of e.target.files) {
      if (out.length >= MAX_FILES) { skippedFiles++; continue; }
      out.push({ name: f.webkitRelativePath || f.name, file: f });
    }
    e.target.value = '';
    addFiles(out);
  });
  $('file-input').addEventListener('change', async function (e) {
    const out = [];
    for (const f of e.target.files) out.push({ name: f.name, file: f });
    e.target.value = '';
    addFiles(out);
  });
  const main = $('viewer');
  main.addEventListener('dragover', function (e) {
    e.preventDefault();
    showProgress('Drop files to add them (they stay on this computer)');
  });
  main.addEventListener('dragleave', function () { showProgress(''); });
  main.addEventListener('drop', async function (e) {
    e.preventDefault();
    $('drop-hint').hidden = true;
    const out = [];
    const items = e.dataTransfer.items ? Array.from(e.dataTransfer.items) : [];
    const entries = items.map(function (i) { return i.webkitGetAsEntry && i.webkitGetAsEntry(); }).filter(Boolean);
    if (entries.length) { for (const en of entries) await readEntry(en, out); }
    else for (const f of e.dataTransfer.files) out.push({ name: f.name, file: f });
    addFiles(out);
  });

  // ---- The rest of the page ------------------------------------------------------------------------------
  // Leaving: hide at once, step back to the entry the viewer opened in, then replace that one, so no Back
  // returns to anything the person looked at.
  let exiting = false;
  function exitNow() {
    if (exiting) return;
    exiting = true;
    document.documentElement.classList.add('dhrv-exited');
    document.body.style.visibility = 'hidden';
    const steps = depth();
    if (!steps) { window.DhrvViewer.quickExit(window.DHRV_EXIT_URL); return; }
    let left = false;
    const leave = function () { if (!left) { left = true; window.DhrvViewer.quickExit(window.DHRV_EXIT_URL); } };
    window.addEventListener('popstate', leave, { once: true });
    setTimeout(leave, 2000);  // in case the browser never reports the step back (the page is hidden meanwhile)
    history.go(-steps);
  }
  $('exit-this-page').addEventListener('click', exitNow);
  $('exit-from-dialog').addEventListener('click', exitNow);  // a modal dialog makes the header's button unreachable
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  // Paste into the canvas's text boxes.
  document.addEventListener('paste', function (e) {
    if (document.activeElement !== canvas) return;
    const text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (text) { e.preventDefault(); command({ text_input: text }); }
  });
  $('text-view').addEventListener('click', function () {
    const on = !document.body.classList.contains('text-view');
    document.body.classList.toggle('text-view', on);
    this.setAttribute('aria-pressed', String(on));
    if (on) search.focus();
  });
  // Copy link: the button itself says it worked (and the live region tells screen readers), then reverts.
  let copiedTimer = 0;
  $('copy-link').addEventListener('click', function () {
    const button = this;
    const said = function (text) {
      button.textContent = text;
      $('mirror-count').textContent = text;
      clearTimeout(copiedTimer);
      copiedTimer = setTimeout(function () { button.textContent = 'Copy link'; }, 2500);
    };
    if (!navigator.clipboard) { said('Copy the address bar instead'); return; }
    navigator.clipboard.writeText(location.href).then(function () { said('Link copied \u2713'); },
      function () { said('Could not copy: use the address bar'); });
  });
  $('embed-view').addEventListener('click', function () {
    if (location.protocol === 'file:') {  // the standalone file: a snippet pointing at this computer would not work
      $('embed-iframe').value = $('embed-script').value =
        'Embedding needs the viewer on a web server. Put the site folder (index.html, dhrv.js, dhrv.wasm...) on yours and open "Embed this view" there.';
      $('embed-dialog').showModal();
      return;
    }
    const here = new URL('.', location.href).href;
    const hash = state ? state.hash : '';
    $('embed-iframe').value = '<iframe src="' + here + 'embed.html' + (hash ? '#' + hash : '') +
      '" title="DHR Viewer" style="width:100%;height:600px;border:0" loading="lazy"></iframe>';
    const q = state && state.query ? ' data-query="' + state.query.replace(/&/g, '&amp;').replace(/"/g, '&quot;') + '"' : '';
    $('embed-script').value = '<div data-dhrv' + q + ' data-height="600"></div>\n<script src="' + here + 'dhrv-embed.js"></script>';
    $('embed-dialog').showModal();
  });
  $('mirror-form').addEventListener('submit', function (e) { e.preventDefault(); $('mirror-results-heading').focus(); });
  search.addEventListener('input', function () { command({ query: search.value }); });
  $('mirror-sort').addEventListener('change', function () { command({ sort: this.value }); });
  $('mirror-clear').addEventListener('click', function () { command({ clear_filters: true }); });
  $('mirror-export-csv').addEventListener('click', function () { command({ export: 'csv' }); });
  $('mirror-export-json').addEventListener('click', function () { command({ export: 'json' }); });

  window.DhrvViewer.start({
    canvas: canvas, container: box, drawsBrand: true, keyScope: document, initialHash: location.hash.replace(/^#/, ''),
    onProgress: function (done, total) {
      progress.max = total; progress.value = done;
      progressText.textContent = 'Downloading the viewer ' + Math.round(done / 1024) + ' of ' + Math.round(total / 1024) + ' KB';
    },
    onExit: exitNow,
    onReady: function (v) {
      viewer = v;
      // The system's dark mode, followed by the canvas too (the page's own colours follow it in CSS).
      if (matchMedia('(prefers-color-scheme: dark)').matches) v.command({ theme: 'dark' });
      window.dhrv = v;  // test and console hook: dhrv.state(), dhrv.command({...})
      window.dhrvReadyAt = performance.now();  // for the page benchmark (bench/js/page.mjs)
      loading.hidden = true;
      document.documentElement.setAttribute('data-dhrv-ready', '1');
      console.log('dhrv:ready');
    },
    onState: render,
    onOpenFiles: function () { $('file-input').click(); },
    setTitle: function (t) { document.title = t; },
  }).catch(function (err) {
    progressText.textContent = 'The viewer could not start: ' + err.message;
    console.error(err);
  });
})();
