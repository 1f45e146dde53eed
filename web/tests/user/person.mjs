// person.mjs: what the user-style tests need to act as a person does. Everything that changes the page goes
// through real input: the mouse at screen coordinates, the keyboard, touch events and IME composition through
// the Chrome DevTools Protocol (the same path a phone's touch screen and keyboard take). The viewer is only
// read: its state (dhrv.state()) and where it drew its controls (dhrv.probes()), to know where to click.
import { spawn } from 'node:child_process';

// The viewer of a page or frame: window.dhrv on index.html and embed.html, el.dhrv for a script widget.
export function viewer(frame, widgetId = null) {
  const read = (fn, arg) => frame.evaluate(({ fn, arg, widgetId }) => {
    const v = widgetId ? document.getElementById(widgetId).dhrv : window.dhrv;
    return fn === 'state' ? v.state(arg) : v.probes();
  }, { fn, arg, widgetId });
  const canvas = widgetId ? frame.locator(`#${widgetId} canvas`) : frame.locator('canvas').first();
  return {
    frame, canvas,
    state: (limit) => read('state', limit),
    probes: () => read('probes'),
    // The page coordinates of a named control (its centre, or `at` = {x, y} as fractions of its box).
    async where(name, at = { x: 0.5, y: 0.5 }) {
      const box = await canvas.boundingBox();
      const r = (await read('probes'))[name];
      if (!r) throw new Error(`the viewer did not draw "${name}"`);
      return { x: box.x + r[0] + (r[2] - r[0]) * at.x, y: box.y + r[1] + (r[3] - r[1]) * at.y };
    },
    // Polls the state until `predicate(state)` holds (checked here, in node: the page's CSP forbids eval).
    async waitFor(predicate, timeout = 15000) {
      const end = Date.now() + timeout;
      let s;
      for (;;) {
        s = await read('state').catch(() => null);
        if (s && predicate(s)) return s;
        if (Date.now() > end) throw new Error('timed out waiting for ' + predicate + '; state: ' + JSON.stringify(s && { query: s.query, view: s.view, open: s.open_review && s.open_review.id }));
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
  };
}

// A mouse click on a named control of the viewer.
export async function click(page, v, name, at) {
  const p = await v.where(name, at);
  await page.mouse.click(p.x, p.y);
}

// Capitals typed as a person types them: Shift held down around the letters.
export async function typeWithShift(page, text) {
  for (const ch of text) {
    if (ch >= 'A' && ch <= 'Z') {
      await page.keyboard.down('Shift');
      await page.keyboard.press('Key' + ch);
      await page.keyboard.up('Shift');
    } else await page.keyboard.type(ch);
  }
}

// The touch screen, through CDP: a finger down, moved in steps, lifted.
export async function swipe(page, from, to, { steps = 12, stepMs = 16 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const point = (x, y) => [{ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x, from.y) });
  for (let i = 1; i <= steps; ++i) {
    const x = from.x + (to.x - from.x) * i / steps, y = from.y + (to.y - from.y) * i / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(x, y) });
    await page.waitForTimeout(stepMs);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

export async function tap(page, p) { await page.touchscreen.tap(p.x, p.y); }

// A phone keyboard that composes: each growing word is a composition update, then the word is committed.
export async function composeWord(page, word) {
  return composeSteps(page, Array.from(word, (_, i) => word.slice(0, i + 1)), word);
}
// Any sequence of composition texts (a keyboard may rewrite the word as it goes), then the committed text.
export async function composeSteps(page, steps, commit) {
  const cdp = await page.context().newCDPSession(page);
  for (const text of steps)
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text: commit });
  await cdp.detach();
}

// Both cores busy (a CPU-bound child per core) while `fn` runs: timing-sensitive behaviour must hold there too.
export async function underLoad(fn, cores = 2) {
  const hogs = Array.from({ length: cores }, () =>
    spawn(process.execPath, ['-e', 'const end = Date.now() + 120000; while (Date.now() < end) {}'], { stdio: 'ignore' }));
  try { return await fn(); } finally { hogs.forEach((h) => h.kill('SIGKILL')); }
}

// Resolves once the page asks for the neutral site "Exit this page" goes to (the request is aborted offsite).
export function exitRequested(page) {
  return page.waitForRequest((r) => r.url().startsWith('https://www.bbc.co.uk/weather') && r.frame() === page.mainFrame(),
    { timeout: 15000 });
}

// True if no exit was requested within `ms`.
export async function staysFor(page, ms) {
  let left = false;
  const seen = (r) => { if (r.url().startsWith('https://www.bbc.co.uk/weather')) left = true; };
  page.on('request', seen);
  await page.waitForTimeout(ms);
  page.off('request', seen);
  return !left;
}
