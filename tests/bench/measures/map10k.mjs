// The map of a 10,000-objective cycle (M's Q4 2025) grouped by unit, as a big company first
// sees it: from clicking "Map" (and "By unit" as soon as it is there) to the units map
// settled, vs a raw IndexedDB read of the rows any map of that cycle must read (bench page).
import { openApp, switchCycle } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'map10k',
  title: 'map of 10,000 objectives by unit: to interactive',
  size: 'M',
  runIn: ['L', 'M'],
  unit: 'ms',
  baselineLabel: 'raw IndexedDB read of the same rows',
  targets: [{ op: '<=', value: 1500, unit: 'ms' }],
  whenMissed:
    "The map reads the cycle's 10,000 objectives and 20,000 key results, builds the " +
    'alignment graph and the units’ progress from them and lays out both before the unit ' +
    'groups are drawn.',
  async run(ctx) {
    const context = await ctx.workspace('M');
    const bench = await ctx.benchPage('M');
    const subject = async () => {
      const { page } = await openApp(context, ctx.origin);
      await switchCycle(page, 'Q4 2025');
      const r = await page.evaluate(() => {
        const button = (name) =>
          [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
        const t0 = performance.now();
        button('Map').click();
        const byUnit = () => {
          const b = button('By unit');
          if (!b) return void requestAnimationFrame(byUnit);
          if (b.getAttribute('aria-pressed') !== 'true') b.click();
        };
        byUnit();
        return window.__settled('.map-canvas', t0);
      });
      await page.close();
      return { value: r.ms, note: `${r.nodes} unit groups and ${r.edges} links in the DOM` };
    };
    const baseline = async () => {
      const r = await bench.evaluate(() => window.cairnBench.rawRead('M', '2025-Q4'));
      return { value: r.ms, note: `${r.rows} rows` };
    };
    return interleave(Math.min(ctx.runs, 3), { subject, baseline });
  },
};
