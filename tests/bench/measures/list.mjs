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
    'Rendering is small (≈12 of 2,000 cards are in the DOM); the time is reading the cycle’s ' +
    '2,000 objectives and 7,000 key results from IndexedDB (~0.6 s here) before the first ' +
    'card can show progress. Per-group key-result loading would remove most of it.',
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
