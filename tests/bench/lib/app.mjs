// Driving the built app: open it and wait until the current cycle's objectives are on screen.

/**
 * Runs in every app page before its scripts: resolves `window.__cairnOpened` with the time
 * since navigation start at which the Objectives view first showed its content (cards with
 * their key results, or the empty state) and that frame was painted.
 */
export const OPEN_PROBE = `(() => {
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
        const header = () => document.querySelector('.cycle-header__name strong')?.textContent;
        const done = () => header() === name && window.__objectivesReady();
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
