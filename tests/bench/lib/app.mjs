// Driving the built app: open it and wait until the current cycle's objectives are on screen.

/**
 * Runs in every app page before its scripts: resolves `window.__cairnOpened` with the time
 * since navigation start at which the Objectives view first showed its content (cards with
 * their key results, or the empty state) and that frame was painted.
 */
export const OPEN_PROBE = `(() => {
  // A React Flow under root (a selector, or an element) is settled when its node and edge
  // counts and viewport have not changed for 5 frames, no node waits to be measured and
  // nothing around it is busy; resolves with the time of the first of those frames.
  window.__settled = (root, t0) =>
    new Promise((resolve) => {
      let last = '';
      let same = 0;
      let since = 0;
      const tick = () => {
        const el = typeof root === 'string' ? document.querySelector(root) : root;
        const flow = el && el.querySelector('.react-flow');
        if (flow && !el.closest('[aria-busy="true"]')) {
          const nodes = flow.querySelectorAll('.react-flow__node');
          let hidden = 0;
          for (const n of nodes) if (n.style.visibility === 'hidden') hidden++;
          const edges = flow.querySelectorAll('.react-flow__edge').length;
          const vp = flow.querySelector('.react-flow__viewport')?.style.transform ?? '';
          const sig = nodes.length + '|' + edges + '|' + vp;
          if (nodes.length > 0 && hidden === 0 && sig === last) {
            if (++same === 5) return resolve({ ms: since - t0, nodes: nodes.length, edges });
          } else {
            last = sig;
            same = 0;
            since = performance.now();
          }
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  if (!location.pathname.includes('/app/')) return;
  const ready = () => {
    const s = document.querySelector('section[aria-labelledby="objectives-title"]');
    if (!s || s.getAttribute('aria-busy') === 'true') return false;
    return !!(s.querySelector('.kr-summary') || s.querySelector('.empty'));
  };
  window.__cairnOpened = new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      if (!ready()) return;
      obs.disconnect();
      afterPaint(() => resolve(performance.now()));
    });
    obs.observe(document, { childList: true, subtree: true, attributes: true });
  });
  function afterPaint(fn) {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = fn;
      ch.port2.postMessage(0);
    });
  }
  window.__afterPaint = afterPaint;
  window.__objectivesReady = ready;
})();`;

/** Opens the app at `origin` in a new tab: { page, ms } to the first painted objectives view. */
export async function openApp(context, origin) {
  const page = await context.newPage();
  await page.goto(`${origin}/app/index.html`, { waitUntil: 'commit' });
  const ms = await page.evaluate(() => window.__cairnOpened);
  return { page, ms };
}

/**
 * Picks another cycle in the sidebar and times until its objectives (with their key results)
 * are painted. Returns { ms, cards } — cards: objective cards in the DOM.
 */
export function switchCycle(page, name) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const select = document.querySelector('#cycle-picker');
        const option = [...select.options].find((o) => o.text.startsWith(`${name} ·`));
        if (!option) return reject(new Error(`no cycle ${name} in the picker`));
        // The Objectives view names the cycle it shows (the sidebar may already name the next).
        const shows = () =>
          document.querySelector('.view__meta')?.textContent.startsWith(`${name} ·`);
        const done = () => shows() && window.__objectivesReady();
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (!done()) return;
          obs.disconnect();
          window.__afterPaint(() =>
            resolve({
              ms: performance.now() - t0,
              cards: document.querySelectorAll('.objective-card').length,
            }),
          );
        });
        obs.observe(document.body, {
          childList: true,
          subtree: true,
          attributes: true,
          characterData: true,
        });
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    name,
  );
}

/** JS heap in MiB after a full garbage collection, through the DevTools protocol. */
export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** Clicks a view in the sidebar and times until its React Flow map is settled. */
export function openMap(page) {
  return page.evaluate(() => {
    const button = [...document.querySelectorAll('nav[aria-label="Main"] button')].find(
      (b) => b.textContent.trim() === 'Map',
    );
    const t0 = performance.now();
    button.click();
    return window.__settled('.map-canvas', t0);
  });
}
