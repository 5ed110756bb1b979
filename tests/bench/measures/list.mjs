// Render the objective list of a 2,000-objective cycle (L's first quarter), vs the same switch
// to the one-team pilot quarter of L (12 objectives). Timed from picking the cycle in the
// sidebar to its objectives, with their key results, painted. Each sample opens the app
// afresh, so no result is served from a live query's cache.
import { openApp, switchCycle } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'list',
  title: 'objective list of a 2,000-objective cycle',
  unit: 'ms',
  baselineLabel: '12-objective cycle',
  targets: [{ op: '<=', value: 200, unit: 'ms' }],
  whenMissed:
    "Switching reads the cycle's 2,000 objectives (~0.15 s here) and then the key results of " +
    'the groups on screen (~0.05–0.1 s) before the first card shows progress; drawing is ' +
    "small (≈12 of 2,000 cards are in the DOM). Reading only the visible owners' objectives " +
    'would need the owners with objectives in the cycle without reading the rows (a key ' +
    'cursor costs nearly as much here).',
  async run(ctx) {
    const to = (name) => async () => {
      const { page } = await openApp(ctx.L, ctx.origin);
      const { ms, cards } = await switchCycle(page, name);
      await page.close();
      return { value: ms, note: `${cards} objective cards in the DOM` };
    };
    return interleave(ctx.runs, { subject: to('Q1 2024'), baseline: to('Q4 2023') });
  },
};
