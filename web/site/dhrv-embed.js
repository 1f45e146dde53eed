// dhrv-embed.js: starts DHR Viewers in a web page, with nothing else needed.
//
// Partner sites: put <div data-dhrv data-query="MARAC" data-csp="Nottingham" data-height="600"></div> where a
// viewer should go and load this script once; every such element gets its own independent viewer (its own
// WebAssembly instance, canvas and state), sized to its container and sharp on HiDPI screens. Optional
// attributes: data-query, data-csp, data-region, data-agency, data-theme, data-year (filters, by name),
// data-review, data-height (CSS pixels, default 600), data-exit-url (where "Exit this page" goes).
//
// Our own page (index.html, embed.html) uses the same code through window.DhrvViewer.start(). Nothing here
// talks to any server but the one this script came from; no cookies, no storage, no analytics.
(function () {
  'use strict';
  if (window.DhrvViewer) return;  // loaded twice: keep the first
  const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
  const script = document.currentScript;
  const base = script && script.src ? new URL('.', script.src).href : '';

  let runtime = null;
  async function fetchWithProgress(url, onProgress) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(url + ': HTTP ' + res.status);
    const total = Number(res.headers.get('Content-Length')) || 0;
    if (!res.body || !total) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    const bytes = new Uint8Array(total);
    let done = 0;
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      bytes.set(value, done);
      done += value.length;
      if (onProgress) onProgress(done, total);
    }
    return bytes;
  }
  // dhrv.js and dhrv.wasm are fetched once per page, however many viewers it has.
  function loadRuntime(onProgress) {
    if (runtime) return runtime;
    runtime = (async function () {
      if (!window.createDhrv) {
        await new Promise(function (ok, fail) {
          const s = document.createElement('script');
          s.src = base + 'dhrv.js';
          s.onload = ok;
          s.onerror = function () { fail(new Error('could not load ' + s.src)); };
          document.head.appendChild(s);
        });
      }
      const wasmBinary = window.DHRV_SINGLE_FILE ? undefined : await fetchWithProgress(base + 'dhrv.wasm', onProgress);
      return { wasmBinary: wasmBinary };
    })();
    return runtime;
  }

  function download(name, data) {
    const url = URL.createObjectURL(new Blob([data]));
    const a = document.createElement('a');
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // GOV.UK "Exit this page": hide everything at once, replace this history entry, go somewhere neutral.
  function quickExit(url) {
    document.documentElement.classList.add('dhrv-exited');
    if (document.body) document.body.style.visibility = 'hidden';  // at once, on partner pages too
    try { document.title = 'BBC Weather'; } catch (e) { /* ignore */ }
    window.location.replace(url || DEFAULT_EXIT_URL);
  }
  // Coming back with Back must not show the content again.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted && document.documentElement.classList.contains('dhrv-exited')) window.location.replace(DEFAULT_EXIT_URL);
  });

  // Starts one viewer. options: canvas, container (sizes the canvas), drawsBrand (the page shows the name and the
  // exit button itself), initialHash, exitUrl, onExit, onReady(viewer), onState(state), onProgress(done,total),
  // onTextInput(on), onOpenFiles(), setTitle(text).
  async function start(options) {
    const rt = await loadRuntime(options.onProgress);
    let viewer = null, scheduled = false, readyPending = false;
    function notifyState() {
      if (scheduled || !viewer || !options.onState) return;
      scheduled = true;
      requestAnimationFrame(function () { scheduled = false; options.onState(viewer.state()); });
    }
    const host = {
      drawsBrand: !!options.drawsBrand,
      width: function () { return options.container.clientWidth; },
      height: function () { return options.container.clientHeight; },
      ready: function () {
        if (!viewer) { readyPending = true; return; }
        if (options.onReady) options.onReady(viewer);
        notifyState();
      },
      stateChanged: notifyState,
      textInput: function (on) { if (options.onTextInput) options.onTextInput(on); },
      openFiles: function () { if (options.onOpenFiles) options.onOpenFiles(); },
      openUrl: function (url) { if (/^https?:\/\//.test(url)) window.open(url, '_blank', 'noopener,noreferrer'); },
      setClipboard: function (text) { if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {}); },
      download: download,
      quickExit: function () { (options.onExit || function () { quickExit(options.exitUrl); })(); },
      setTitle: function (t) { if (options.setTitle) options.setTitle(t); },
      initialHash: function () { return options.initialHash || ''; },
    };
    const module = await window.createDhrv({ canvas: options.canvas, dhrvHost: host, wasmBinary: rt.wasmBinary,
      print: function (t) { console.log(t); }, printErr: function (t) { console.warn(t); } });
    viewer = {
      module: module,
      // The view as data (ui/accessible_view.h); `limit` results at most.
      state: function (limit) { return JSON.parse(module.ccall('dhrv_state_json', 'string', ['number'], [limit || 50])); },
      // A change, as the canvas would make it (ui/commands.h). Returns "" or what was wrong.
      command: function (obj) { return module.ccall('dhrv_command', 'string', ['string'], [JSON.stringify(obj)]); },
      // Files read in the browser ({name, bytes: Uint8Array}); nothing is uploaded. Returns the status message.
      addFiles: function (files) {
        files.forEach(function (f) {
          const ptr = module._malloc(f.bytes.length || 1);
          module.HEAPU8.set(f.bytes, ptr);
          module.ccall('dhrv_add_file', null, ['string', 'number', 'number'], [f.name, ptr, f.bytes.length]);
          module._free(ptr);
        });
        return module.ccall('dhrv_commit_files', 'string', [], []);
      },
    };
    if (readyPending && options.onReady) { options.onReady(viewer); notifyState(); }
    return viewer;
  }

  // The hash a widget starts from, built from its data- attributes.
  function hashFromAttributes(el) {
    const p = [];
    const add = function (k, v) { if (v) p.push(k + '=' + encodeURIComponent(v)); };
    add('q', el.dataset.query);
    ['csp', 'region', 'agency', 'theme', 'year', 'published'].forEach(function (k) { add(k, el.dataset[k]); });
    add('review', el.dataset.review);
    return p.join('&');
  }

  let widgets = 0;
  function startWidget(el) {
    if (el.dhrvStarted) return;
    el.dhrvStarted = true;
    const n = ++widgets;
    el.classList.add('dhrv-widget');
    el.style.position = el.style.position || 'relative';
    el.style.height = (Number(el.dataset.height) || 600) + 'px';
    el.setAttribute('role', 'region');
    if (!el.getAttribute('aria-label')) el.setAttribute('aria-label', 'DHR Viewer: search Domestic Homicide Review recommendations');
    const canvas = document.createElement('canvas');
    canvas.id = 'dhrv-canvas-' + n;
    canvas.tabIndex = 0;
    canvas.setAttribute('aria-label', 'DHR Viewer (interactive canvas). Use the Exit this page button to leave quickly.');
    canvas.style.display = 'block';
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    el.appendChild(canvas);
    const status = document.createElement('p');
    status.className = 'dhrv-widget-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    status.style.cssText = 'position:absolute;left:-9999px;';
    el.appendChild(status);
    const exitUrl = el.dataset.exitUrl || window.DHRV_EXIT_URL || DEFAULT_EXIT_URL;
    start({ canvas: canvas, container: el, drawsBrand: false, initialHash: hashFromAttributes(el), exitUrl: exitUrl,
      onReady: function (viewer) { el.dhrv = viewer; el.setAttribute('data-dhrv-ready', '1'); },
      onState: function (s) { status.textContent = s.counts.recommendations + (s.counts.recommendations === 1 ? ' recommendation matches' : ' recommendations match'); },
    }).catch(function (err) { el.textContent = 'The viewer could not start: ' + err.message; });
  }
  function startAll() { document.querySelectorAll('[data-dhrv]').forEach(startWidget); }

  window.DhrvViewer = { start: start, quickExit: quickExit, startAll: startAll, DEFAULT_EXIT_URL: DEFAULT_EXIT_URL };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startAll);
  else startAll();
})();
