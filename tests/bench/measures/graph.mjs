// The alignment map of a 2,000-objective cycle (L's first quarter): from clicking "Map" to the
// map settled, vs bare React Flow drawing the same positioned nodes with the same viewport,
// zoom range and culling, in a box of the same size (bench page).
import { openApp, openMap, switchCycle } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'graph',
  title: 'alignment map of 2,000 objectives: layout + settled',
  unit: 'ms',
  baselineLabel: 'bare React Flow, same nodes',
  targets: [
    { op: '<=', value: 1500, unit: 'ms' },
    { op: '<=', value: 1.3, unit: 'x' },
  ],
  whenMissed:
    "The map reads what the bare baseline is handed: the cycle's 2,000 objectives and 7,000 " +
    'key results (progress, status and KR-aligned links need them; the list no longer reads ' +
    'all key results, so the map cannot reuse them) and derives and lays out the graph (~50 ' +
    "ms). React Flow's MiniMap (one SVG element a node) was replaced by an overview of four " +
    "paths, and the view's script is fetched in the background once the list is drawn.",
  async run(ctx) {
    const bench = await ctx.benchPage();
    let box = null;
    // A fresh app each sample, the same steps each time: open L, pick the cycle, click Map.
    const subject = async () => {
      const { page } = await openApp(ctx.L, ctx.origin);
      await switchCycle(page, 'Q1 2024');
      const r = await openMap(page);
      box ??= await page.evaluate(() => {
        const el = document.querySelector('.map-canvas');
        return { w: el.clientWidth, h: el.clientHeight };
      });
      await page.close();
      return { value: r.ms, note: `${r.nodes} nodes and ${r.edges} edges in the DOM` };
    };
    const baseline = async () => {
      const r = await bench.evaluate(({ w, h }) => window.cairnBench.flow('2024-Q1', w, h), box);
      return { value: r.ms, note: `${r.nodes} nodes and ${r.edges} edges in the DOM` };
    };
    return interleave(ctx.runs, { subject, baseline });
  },
};
