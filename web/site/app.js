// app.js: starts the DHR Viewer WebAssembly module in this page and answers its host calls.
// Loaded before dhrv.js (which defines createDhrv). No inline script, no eval: runs under a strict CSP.
(function () {
  'use strict';
  const EXIT_URL = 'https://www.bbc.co.uk/weather';
  const box = document.getElementById('canvas-box');
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const progress = document.getElementById('loading-progress');
  const progressText = document.getElementById('loading-text');

  function quickExit() {
    document.body.classList.add('exited');
    document.title = 'BBC Weather';
    window.location.replace(EXIT_URL);
  }
  document.getElementById('exit-this-page').addEventListener('click', quickExit);
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  // If the person comes back with Back, keep the content hidden.
  window.addEventListener('pageshow', function (e) {
    if (e.persisted && document.body.classList.contains('exited')) window.location.replace(EXIT_URL);
  });

  function setProgress(done, total, what) {
    if (total) { progress.max = total; progress.value = done; } else { progress.removeAttribute('value'); }
    progressText.textContent = what + (total ? ' ' + Math.round(done / 1024) + ' of ' + Math.round(total / 1024) + ' KB' : '');
  }

  // Fetches the wasm with byte progress; the standalone file has it inlined and skips this.
  async function fetchWasm() {
    const res = await fetch('dhrv.wasm');
    if (!res.ok) throw new Error('dhrv.wasm: HTTP ' + res.status);
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
      setProgress(done, total, 'Downloading the viewer');
    }
    return bytes;
  }

  function download(name, data) {
    const url = URL.createObjectURL(new Blob([data]));
    const a = document.createElement('a');
    a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  const host = {
    drawsBrand: true,  // this page's HTML header has the name and the exit button
    width: function () { return box.clientWidth; },
    height: function () { return box.clientHeight; },
    ready: function () {
      loading.hidden = true;
      document.documentElement.setAttribute('data-dhrv-ready', '1');
      console.log('dhrv:ready');
    },
    openUrl: function (url) { if (/^https?:\/\//.test(url)) window.open(url, '_blank', 'noopener,noreferrer'); },
    setClipboard: function (text) { if (navigator.clipboard) navigator.clipboard.writeText(text).catch(function () {}); },
    download: download,
    quickExit: quickExit,
    setTitle: function (t) { document.title = t; },
  };

  window.dhrvStart = async function () {
    try {
      const options = { canvas: canvas, dhrvHost: host, print: function (t) { console.log(t); },
        printErr: function (t) { console.warn(t); } };
      if (!window.DHRV_SINGLE_FILE) options.wasmBinary = await fetchWasm();
      setProgress(0, 0, 'Starting');
      const module = await window.createDhrv(options);
      window.dhrv = {
        state: function () { return JSON.parse(module.ccall('dhrv_state_json', 'string', [], [])); },
      };
    } catch (err) {
      progressText.textContent = 'The viewer could not start: ' + err.message;
      console.error(err);
    }
  };
  // dhrv.js is loaded after this file; start when it is there.
  window.addEventListener('DOMContentLoaded', function () { window.dhrvStart(); });
})();
