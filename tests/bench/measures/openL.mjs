// Open the L workspace to an interactive current-cycle view, vs opening an empty workspace.
import { openApp } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'open',
  size: 'L',
  runIn: ['L'],
  title: 'open L to the current cycle’s objectives',
  unit: 'ms',
  baselineLabel: 'empty workspace',
  targets: [{ op: '<=', value: 1000, unit: 'ms' }],
  whenMissed:
    "What opening L must read, one request after another (Chromium serves one database's " +
    'requests in turn): opening the 870 MB database (~0.3 s here), the org (5,700 units, ' +
    "0.2–0.4 s), the quarter's 3,000 objectives (0.2–0.35 s) and the key results of the " +
    "owners on screen (~0.1 s). The list no longer reads the quarter's 10,500 key results, " +
    'the org picker builds its options on first use and the other views load later; what is ' +
    "left is IndexedDB's cost per row on this machine, and it grows with its load.",
  async run(ctx) {
    const L = await ctx.workspace('L');
    const open = (origin) => async () => {
      const { page, ms } = await openApp(L, origin);
      await page.close();
      return { value: ms };
    };
    return interleave(ctx.runs, { subject: open(ctx.origin), baseline: open(ctx.emptyOrigin) });
  },
};
