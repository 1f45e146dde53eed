// partner.js: what a partner page adds for the iframe embed: size the frame as it asks, and leave with it.
(function () {
  'use strict';
  const frame = document.getElementById('frame');
  window.addEventListener('message', function (e) {
    if (e.source !== frame.contentWindow || !e.data || typeof e.data.type !== 'string') return;
    if (e.data.type === 'dhrv:height' && Number(e.data.height) > 0) {
      frame.height = String(Math.round(Number(e.data.height)));
      frame.setAttribute('data-reported-height', frame.height);
    }
    if (e.data.type === 'dhrv:exit') window.DhrvViewer.quickExit(e.data.url);
  });
})();
