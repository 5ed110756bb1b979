// The alignment map of a 2,000-objective cycle (L's first quarter): from clicking "Map" to the
// map settled, vs bare React Flow drawing the same positioned nodes with the same viewport,
// zoom range and culling, in a box of the same size (bench page).
import { openApp, openMap, openObjectives, switchCycle } from '../lib/app.mjs';
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
  async run(ctx) {
    const { page } = await openApp(ctx.L, ctx.origin);
    await switchCycle(page, 'Q1 2024');
    const bench = await ctx.benchPage();
    let box = null;
    const subject = async () => {
      const r = await openMap(page);
      box ??= await page.evaluate(() => {
        const el = document.querySelector('.map-canvas');
        return { w: el.clientWidth, h: el.clientHeight };
      });
      await openObjectives(page);
      return { value: r.ms, note: `${r.nodes} nodes and ${r.edges} edges in the DOM` };
    };
    const baseline = async () => {
      const r = await bench.evaluate(({ w, h }) => window.cairnBench.flow('2024-Q1', w, h), box);
      return { value: r.ms, note: `${r.nodes} nodes and ${r.edges} edges in the DOM` };
    };
    try {
      return await interleave(ctx.runs, { subject, baseline });
    } finally {
      await page.close();
    }
  },
};
