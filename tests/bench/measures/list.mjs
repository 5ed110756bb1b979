// Render the objective list of a 2,000-objective cycle, vs the same switch to a one-team pilot
// quarter (12 objectives) of the same workspace. Timed from picking the cycle in the sidebar
// to its objectives, with their key results, painted. Each sample opens the app afresh, so no
// result is served from a live query's cache. L: Q1 2024 vs Q4 2023; M: Q3 2026 vs Q2 2026.
import { openApp, switchCycle } from '../lib/app.mjs';
import { workspaceMeasure } from '../lib/workspaceMeasure.mjs';
import { atMost } from '../lib/targets.mjs';

const list = ({ size, cycle, pilot }) =>
  workspaceMeasure({
    size,
    id: 'list',
    title: 'objective list of a 2,000-objective cycle',
    unit: 'ms',
    baselineLabel: '12-objective cycle',
    targets: [atMost(200)],
    whenMissed:
      "Switching reads the cycle's owner list (one row: which owners have objectives, and how " +
      'many), then only the objectives, key results and check-ins of the groups on screen ' +
      "(≈12 of 2,000 cards are in the DOM), as the baseline's switch does; what is left is " +
      "the baseline's own cost of a switch.",
    sides(ctx, context) {
      const to = (name) => async () => {
        const { page } = await openApp(context, ctx.origin);
        const { ms, cards } = await switchCycle(page, name);
        await page.close();
        return { value: ms, note: `${cards} objective cards in the DOM` };
      };
      return { subject: to(cycle), baseline: to(pilot) };
    },
  });

export const listL = list({ size: 'L', cycle: 'Q1 2024', pilot: 'Q4 2023' });
export const listM = list({ size: 'M', cycle: 'Q3 2026', pilot: 'Q2 2026' });
