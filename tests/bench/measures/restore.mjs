// Restore of an M backup (~122k rows) vs raw Dexie bulkPut of the same rows, 1,000-row chunks
// in one transaction each. Runs in a scratch profile: a restore replaces the app's database.
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'restore',
  // ~122k rows each side, three times: minutes on a busy machine, so the whole run only.
  runIn: ['L'],
  title: 'restore of an M backup',
  unit: 'rows/s',
  baselineLabel: 'raw bulkPut',
  targets: [{ op: '>=', value: 0.5, unit: 'x' }],
  async run(ctx) {
    const page = await ctx.scratchPage();
    const call = (side) => () =>
      page.evaluate(([id, s]) => window.cairnBench.measure(id, s), ['restore', side]);
    // Each side writes ~122k rows (~45 s on a quiet machine): two runs each, no warm-up — the
    // longest measure of the whole run; rows/s vary little from one restore to the next.
    return interleave(
      Math.min(ctx.runs, 2),
      { subject: call('subject'), baseline: call('baseline') },
      { warmup: 0 },
    );
  },
};
