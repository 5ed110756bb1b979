// Open the L workspace to an interactive current-cycle view, vs opening an empty workspace.
import { openApp } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'open',
  title: 'open L to the current cycle’s objectives',
  unit: 'ms',
  baselineLabel: 'empty workspace',
  targets: [{ op: '<=', value: 1000, unit: 'ms' }],
  whenMissed:
    'Opening L reads the org (5,700 units, ~0.35 s of IndexedDB here), the current quarter’s ' +
    '3,000 objectives (~0.15 s) and all its 10,500 key results (~0.7 s), one after the other ' +
    '(Chromium serves one database’s requests in turn), after ~0.7–1 s of app start that the ' +
    'empty workspace pays too. No query scans a big table any more. What is left: the list ' +
    'needs key results only for the owners on screen, so loading them per visible group ' +
    '(useObjectiveRows/ObjectiveCard) would cut ~0.6 s; the org picker renders 5,700 options.',
  async run(ctx) {
    const open = (origin) => async () => {
      const { page, ms } = await openApp(ctx.L, origin);
      await page.close();
      return { value: ms };
    };
    return interleave(ctx.runs, { subject: open(ctx.origin), baseline: open(ctx.emptyOrigin) });
  },
};
