// Open the L workspace to an interactive current-cycle view, vs opening an empty workspace.
import { openApp } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'open',
  title: 'open L to the current cycle’s objectives',
  unit: 'ms',
  baselineLabel: 'empty workspace',
  targets: [{ op: '<=', value: 1000, unit: 'ms' }],
  async run(ctx) {
    const open = (origin) => async () => {
      const { page, ms } = await openApp(ctx.L, origin);
      await page.close();
      return { value: ms };
    };
    return interleave(ctx.runs, { subject: open(ctx.origin), baseline: open(ctx.emptyOrigin) });
  },
};
