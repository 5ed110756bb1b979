// Renderer JS heap after opening L (and a full GC), vs after opening an empty workspace.
import { heapAfterGc, openApp } from '../lib/app.mjs';
import { interleave } from '../lib/interleave.mjs';

export default {
  id: 'heap',
  size: 'L',
  runIn: ['L'],
  title: 'JS heap after opening L',
  unit: 'MiB',
  baselineLabel: 'empty workspace',
  targets: [{ op: '<=', value: 300, unit: 'MiB' }],
  async run(ctx) {
    const L = await ctx.workspace('L');
    const heap = (origin) => async () => {
      const { page } = await openApp(L, origin);
      await page.waitForTimeout(500); // let the last live queries land
      const value = await heapAfterGc(page);
      await page.close();
      return { value };
    };
    return interleave(
      Math.min(ctx.runs, 3),
      { subject: heap(ctx.origin), baseline: heap(ctx.emptyOrigin) },
      { warmup: 0 },
    );
  },
};
