// dhrv-embed.js: starts DHR Viewers in a web page, with nothing else needed.
//
// Partner sites: put <div data-dhrv data-query="MARAC" data-csp="Nottingham" data-height="600"></div> where a
// viewer should go and load this script once; every such element gets its own independent viewer (its own
// WebAssembly instance, canvas and state), sized to its container and sharp on HiDPI screens. Optional
// attributes: data-query, data-csp, data-region, data-agency, data-theme, data-year, data-status ("in progress"),
// data-overdue ("yes"), data-scope ("national") (filters, by name), data-view ("national", "insights"...),
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
  // Reads the whole body, chunk by chunk, for the progress bar. Content-Length is only a hint: a server that
  // compresses (gzip) sends the compressed length, so the bytes are gathered first and joined at the end.
  async function fetchWithProgress(url, onProgress) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(url + ': HTTP ' + res.status);
    const hinted = Number(res.headers.get('Content-Length')) || 0;
    if (!res.body) return new Uint8Array(await res.arrayBuffer());
    const reader = res.body.getReader();
    const chunks = [];
    let done = 0;
    for (;;) {
      const { value, done: end } = await reader.read();
      if (end) break;
      chunks.push(value);
      done += value.length;
      if (onProgress && hinted) onProgress(Math.min(done, hinted), Math.max(done, hinted));
    }
    const bytes = new Uint8Array(done);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
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

  // ---- A person's input on the canvas ----------------------------------------------------------------------
  // SDL reads the canvas's keys, mouse and touches. What it cannot do for a person on the web is done here:
  // focus on click, Tab that leaves, swipes that scroll, a phone keyboard that composes words.

  // "Exit this page" by keyboard, as GOV.UK does it: Shift pressed and released on its own, three times within
  // 5 seconds. Shift held for a capital letter or with Tab does not count. Timed by the clock (not frames), and
  // heard first (window, capture phase) wherever focus is inside `scope`, canvas included.
  function watchShiftTaps(scope, onExit) {
    let down = false, spoiled = false, taps = [];
    const within = function (e) { return scope === document || (e.target instanceof Node && scope.contains(e.target)); };
    window.addEventListener('keydown', function (e) {
      if (!within(e)) return;
      if (e.key === 'Shift') {
        if (!e.repeat && !down) { down = true; spoiled = false; }
      } else if (down || e.shiftKey) spoiled = true;
    }, true);
    window.addEventListener('keyup', function (e) {
      if (e.key !== 'Shift' || !within(e)) return;
      const lone = down && !spoiled;
      down = false;
      if (!lone) return;
      const now = Date.now();
      taps = taps.filter(function (t) { return now - t <= 5000; }).concat(now);
      if (taps.length >= 3) { taps = []; onExit(); }
    }, true);
    window.addEventListener('pointerdown', function () { if (down) spoiled = true; }, true);
    window.addEventListener('blur', function () { down = false; });
  }

  // A tap's mouse events and a swipe's wheel events, sent to the canvas the way SDL listens for them.
  function sendMouse(canvas, type, x, y) {
    canvas.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, screenX: x,
      screenY: y, button: 0, buttons: type === 'mousedown' ? 1 : 0, view: window }));
  }
  // ImGui scrolls 5 lines (80 CSS px at the default size) per wheel step and SDL counts 100 px as one step:
  // 1.25 px of wheel per px of finger keeps the text under the finger.
  const WHEEL_PER_PIXEL = 1.25;
  function sendWheel(canvas, dy, x, y) {
    canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: y,
      deltaY: dy * WHEEL_PER_PIXEL, deltaMode: 0, view: window }));
  }

  // Touch: a tap is a click; a swipe scrolls the pane under the finger and glides on after a flick. Touches are
  // kept from SDL (which would turn a swipe into a drag that clicks where it ends) and from the page's own
  // scrolling (touch-action: none on the canvas).
  function attachTouch(canvas) {
    canvas.style.touchAction = 'none';
    let start = null, last = null, swiping = false, velocity = 0, glide = 0, leaveTimer = 0;
    const SLOP = 8;  // CSS px a finger may wander and still tap
    function own(e) { return e.target === canvas; }
    window.addEventListener('touchstart', function (e) {
      if (!own(e)) return;
      e.stopPropagation(); e.preventDefault();
      cancelAnimationFrame(glide); clearTimeout(leaveTimer);
      if (e.touches.length !== 1) { start = null; return; }
      const t = e.touches[0];
      start = last = { x: t.clientX, y: t.clientY, time: performance.now() };
      swiping = false; velocity = 0;
    }, { capture: true, passive: false });
    window.addEventListener('touchmove', function (e) {
      if (!own(e)) return;
      e.stopPropagation(); e.preventDefault();
      if (!start || e.touches.length !== 1) return;
      const t = e.touches[0], now = performance.now();
      if (!swiping && Math.hypot(t.clientX - start.x, t.clientY - start.y) > SLOP) {
        swiping = true;
        sendMouse(canvas, 'mousemove', start.x, start.y);  // the pane under the finger is the one that scrolls
      }
      if (swiping) {
        const dy = last.y - t.clientY, dt = Math.max(1, now - last.time);
        if (dy) sendWheel(canvas, dy, start.x, start.y);
        velocity = 0.8 * (dy / dt) + 0.2 * velocity;  // px per ms, smoothed
      }
      last = { x: t.clientX, y: t.clientY, time: now };
    }, { capture: true, passive: false });
    window.addEventListener('touchend', function (e) {
      if (!own(e)) return;
      e.stopPropagation(); e.preventDefault();
      if (!start) return;
      const at = start;
      start = null;
      if (!swiping) {
        canvas.focus({ preventScroll: true });
        sendMouse(canvas, 'mousemove', at.x, at.y);
        sendMouse(canvas, 'mousedown', at.x, at.y);
        sendMouse(canvas, 'mouseup', at.x, at.y);
        // A finger does not hover: once the tap is done, the pointer leaves, so no tooltip stays over the controls.
        leaveTimer = setTimeout(function () { canvas.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false })); }, 250);
        return;
      }
      if (performance.now() - last.time > 100) velocity = 0;  // the finger stopped before it lifted
      let v = velocity, prev = performance.now();
      (function step(now) {
        if (now) { const dt = now - prev; prev = now; v *= Math.pow(0.995, dt); if (Math.abs(v) < 0.02) return; sendWheel(canvas, v * dt, at.x, at.y); }
        glide = requestAnimationFrame(step);
      })();
      leaveTimer = setTimeout(function () { canvas.dispatchEvent(new MouseEvent('mouseleave', { bubbles: false })); }, 250);
    }, { capture: true, passive: false });
    window.addEventListener('touchcancel', function (e) { if (own(e)) { e.stopPropagation(); start = null; } }, true);
  }

  // Keyboard and pointer focus. A click focuses the canvas (SDL prevents the browser's own focus on mousedown),
  // so typing after clicking its search box reaches it. Tab and Shift+Tab are the browser's: they move focus
  // out of the canvas like out of any control (WCAG 2.1.2); inside it, arrows, Enter and Space move and act.
  // Arriving by Tab puts the cursor in the search box, so typing straight away is never lost.
  function attachFocus(canvas, command) {
    let pointer = false;
    canvas.addEventListener('pointerdown', function () {
      pointer = true;
      canvas.focus({ preventScroll: true });
      setTimeout(function () { pointer = false; }, 0);
    }, true);
    // The outline is set here, not in a style sheet, so it shows on partner pages too; drawn inside the canvas's
    // edge because its box clips anything outside.
    canvas.addEventListener('focus', function () {
      canvas.style.outline = '3px solid #fd0';
      canvas.style.outlineOffset = '-3px';
      if (!pointer) command({ focus_search: true });
    });
    canvas.addEventListener('blur', function () { canvas.style.outline = ''; });
    // Stopped on the way down (window, capture): SDL's listener on the canvas never sees Tab, but other window
    // listeners (the Shift counter) still do, and the browser still moves focus.
    const passTab = function (e) { if (e.target === canvas && e.key === 'Tab') e.stopPropagation(); };
    window.addEventListener('keydown', passTab, true);
    window.addEventListener('keyup', passTab, true);
  }

  // Phones: when the canvas wants text, a hidden input next to it takes focus so the on-screen keyboard opens.
  // Keyboards that compose (predictive text, IMEs) rewrite the word as it grows, so the input is not emptied
  // while a composition runs: each change is sent as the difference from what the canvas already has (erase
  // what changed, type the rest), in order.
  function attachPhoneKeyboard(container, canvas, command) {
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'dhrv-touch-input';
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;
    input.autocomplete = 'off';
    // 16px text: a smaller font makes phones zoom the page when the input takes focus.
    input.style.cssText = 'position:absolute;left:0;top:0;width:1px;height:1px;opacity:0;border:0;padding:0;font-size:16px;';
    container.appendChild(input);
    let given = '', composing = false;  // what the canvas has from this input; a composition is running
    function sync() {
      const had = Array.from(given), now = Array.from(input.value);
      let same = 0;
      while (same < had.length && same < now.length && had[same] === now[same]) ++same;
      for (let i = same; i < had.length; ++i) command({ key: 'Backspace' });
      if (same < now.length) command({ text_input: now.slice(same).join('') });
      given = input.value;
    }
    function settle() { if (!composing) { input.value = ''; given = ''; } }
    input.addEventListener('compositionstart', function () { composing = true; });
    input.addEventListener('compositionend', function () { composing = false; sync(); settle(); });
    input.addEventListener('input', function (e) { sync(); if (!e.isComposing) settle(); });
    input.addEventListener('keydown', function (e) {
      if (e.isComposing || e.keyCode === 229) return;
      if ((e.key === 'Backspace' && input.value === '') || e.key === 'Enter' || e.key === 'Escape') {
        e.preventDefault(); command({ key: e.key });
      }
    });
    input.addEventListener('blur', function () { composing = false; input.value = ''; given = ''; });
    return {
      show: function (on) {
        if (on && matchMedia('(pointer: coarse)').matches) input.focus({ preventScroll: true });
        else if (!on && document.activeElement === input) canvas.focus({ preventScroll: true });
      },
    };
  }

  // Starts one viewer. options: canvas, container (sizes the canvas), drawsBrand (the page shows the name and the
  // exit button itself), initialHash, exitUrl, onExit, onReady(viewer), onState(state), onProgress(done,total),
  // onTextInput(on), onOpenFiles(), setTitle(text), keyScope (where lone Shift taps count; the container by default,
  // the whole document for a page that is only the viewer).
  async function start(options) {
    const rt = await loadRuntime(options.onProgress);
    let viewer = null, scheduled = false, readyPending = false, keyboard = null;
    function notifyState() {
      if (scheduled || !viewer || !options.onState) return;
      scheduled = true;
      requestAnimationFrame(function () { scheduled = false; options.onState(viewer.state()); });
    }
    const leave = function () { (options.onExit || function () { quickExit(options.exitUrl); })(); };
    const size = { width: options.container.clientWidth, height: options.container.clientHeight };
    if (window.ResizeObserver)
      new ResizeObserver(function () {
        size.width = options.container.clientWidth;
        size.height = options.container.clientHeight;
      }).observe(options.container);
    else  // older browsers: read each time
      Object.defineProperties(size, {
        width: { get: function () { return options.container.clientWidth; } },
        height: { get: function () { return options.container.clientHeight; } },
      });
    const host = {
      drawsBrand: !!options.drawsBrand,
      embedded: !options.drawsBrand,  // a widget or the iframe: on someone else's page
      // Asked every frame: the size is kept from a ResizeObserver, since reading clientWidth after the text
      // version changed forces the browser to lay the page out there and then (over 100 ms with a big corpus).
      width: function () { return size.width; },
      height: function () { return size.height; },
      ready: function () {
        if (!viewer) { readyPending = true; return; }
        if (options.onReady) options.onReady(viewer);
        notifyState();
      },
      stateChanged: notifyState,
      textInput: function (on) { if (keyboard) keyboard.show(on); if (options.onTextInput) options.onTextInput(on); },
      openFiles: function () { if (options.onOpenFiles) options.onOpenFiles(); },
      openUrl: function (url) { if (/^https?:\/\//.test(url)) window.open(url, '_blank', 'noopener,noreferrer'); },
      setClipboard: function (text) { if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {}); },
      download: download,
      quickExit: leave,
      setTitle: function (t) { if (options.setTitle) options.setTitle(t); },
      initialHash: function () { return options.initialHash || ''; },
    };
    const module = await window.createDhrv({ canvas: options.canvas, dhrvHost: host, wasmBinary: rt.wasmBinary,
      print: function (t) { console.log(t); }, printErr: function (t) { console.warn(t); } });
    viewer = {
      module: module,
      // The view as data (ui/accessible_view.h); `limit` results at most.
      state: function (limit) { return JSON.parse(module.ccall('dhrv_state_json', 'string', ['number'], [limit || 50])); },
      // Where named controls are on the canvas (CSS px from its top left), as last drawn. Read-only.
      probes: function () { return JSON.parse(module.ccall('dhrv_probes_json', 'string', [], [])); },
      // A change, as the canvas would make it (ui/commands.h). Returns "" or what was wrong.
      command: function (obj) { return module.ccall('dhrv_command', 'string', ['string'], [JSON.stringify(obj)]); },
      // Files from the browser ({name, file: File or Blob} or {name, bytes: Uint8Array}); nothing is uploaded.
      // Returns the status message.
      addFiles: async function (files) {
        for (const f of files) await viewer.handOver(f);
        return viewer.commitFiles();
      },
      // The same one file at a time, for many or big files: read a few megabytes at a time (a File is sliced, so
      // it is never held whole in the page), each part copied into a buffer the core holds and appended to its
      // copy, awaiting `between()` (the next frame) after each part; commitFiles then opens them all. A file the
      // core refuses (too large) is not read at all; one the browser cannot read (moved or deleted since it was
      // picked) is handed over as a failure. Either way the core reports it with the others when they are opened.
      handOver: async function (f, between) {
        const size = f.file ? f.file.size : f.bytes.length;
        const part = module.ccall('dhrv_file_begin', 'number', ['string', 'number'], [f.name, size]);
        if (!part) return;
        const step = module.ccall('dhrv_file_part_size', 'number', [], []);
        for (let at = 0; at < size; at += step) {
          let piece;
          try {
            piece = f.file ? new Uint8Array(await f.file.slice(at, at + step).arrayBuffer()) : f.bytes.subarray(at, at + step);
          } catch (e) {
            module.ccall('dhrv_file_failed', null, ['string'], [String((e && (e.message || e.name)) || e)]);
            return;
          }
          module.HEAPU8.set(piece, part);  // HEAPU8 read each time: memory may grow
          module.ccall('dhrv_file_append', null, ['number'], [piece.length]);
          if (between && at + step < size) await between();
        }
      },
      commitFiles: function () { return module.ccall('dhrv_commit_files', 'string', [], []); },
    };
    const command = function (obj) { viewer.command(obj); };
    keyboard = attachPhoneKeyboard(options.container, options.canvas, command);
    attachFocus(options.canvas, command);
    attachTouch(options.canvas);
    watchShiftTaps(options.keyScope || options.container, leave);
    if (readyPending && options.onReady) { options.onReady(viewer); notifyState(); }
    return viewer;
  }

  // The hash a widget starts from, built from its data- attributes.
  function hashFromAttributes(el) {
    const p = [];
    const add = function (k, v) { if (v) p.push(k + '=' + encodeURIComponent(v)); };
    add('q', el.dataset.query);
    ['csp', 'region', 'agency', 'theme', 'year', 'published', 'status', 'overdue', 'scope'].forEach(function (k) { add(k, el.dataset[k]); });
    add('view', el.dataset.view);
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
