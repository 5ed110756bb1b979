// Restore of an M backup (~122k rows) vs raw Dexie bulkPut of the same rows, 1,000-row chunks
// in one transaction each. Runs in a scratch profile: a restore replaces the app's database.
import { interleave } from '../lib/interleave.mjs';
import { inPageSides } from './inPage.mjs';
import { atLeast } from '../lib/targets.mjs';

export default {
  id: 'restore',
  // ~122k rows each side, three times: minutes on a busy machine, so the whole run only.
  runIn: ['L'],
  title: 'restore of an M backup',
  unit: 'rows/s',
  baselineLabel: 'raw bulkPut',
  targets: [atLeast(0.5, 'x')],
  async run(ctx) {
    // Each side writes ~122k rows (~45 s on a quiet machine): two runs each, no warm-up — the
    // longest measure of the whole run; rows/s vary little from one restore to the next.
    return interleave(Math.min(ctx.runs, 2), inPageSides(await ctx.scratchPage(), 'restore'), {
      warmup: 0,
    });
  },
};
