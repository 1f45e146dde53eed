// embed.js: the viewer inside an iframe on someone else's page (embed.html#q=...&csp=...).
//
// Messages to the parent page (window.parent.postMessage, documented in README "Embedding"):
//   {type: "dhrv:height", height: N}  the height in CSS pixels this view would like (sent on load and on change)
//   {type: "dhrv:exit", url: U}       "Exit this page" was pressed: the parent should leave too
// On exit the frame also tries to navigate the top window itself (allowed when the parent permits it).
(function () {
  'use strict';
  const box = document.getElementById('canvas-box');
  const status = document.getElementById('embed-status');
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const exitUrl = params.get('exit') || window.DhrvViewer.DEFAULT_EXIT_URL;
  let lastHeight = 0;
  function post(msg) { if (window.parent !== window) window.parent.postMessage(msg, '*'); }
  // Preferred height: room for the header and a few results, more when there are more to show.
  function preferredHeight(s) {
    const shown = Math.min(s.counts.recommendations, 6);
    return Math.max(420, Math.min(900, 200 + shown * 110));
  }
  function exit() {
    post({ type: 'dhrv:exit', url: exitUrl });
    document.documentElement.classList.add('dhrv-exited');
    try { window.top.location.replace(exitUrl); } catch (e) { window.location.replace(exitUrl); }
  }
  window.DhrvViewer.start({
    canvas: document.getElementById('canvas'), container: box, drawsBrand: false, keyScope: document,
    initialHash: location.hash.replace(/^#/, ''), onExit: exit,
    onReady: function (v) {
      window.dhrv = v;
      document.getElementById('loading').hidden = true;
      document.documentElement.setAttribute('data-dhrv-ready', '1');
    },
    onState: function (s) {
      status.textContent = s.counts.recommendations + (s.counts.recommendations === 1 ? ' recommendation matches' : ' recommendations match');
      const h = preferredHeight(s);
      if (h !== lastHeight) { lastHeight = h; post({ type: 'dhrv:height', height: h }); }
    },
  }).catch(function (err) { document.getElementById('loading').textContent = 'The viewer could not start: ' + err.message; });
})();
