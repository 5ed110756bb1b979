// Renderer JS heap after opening L (and a full GC), vs after opening an empty workspace.
import { heapAfterGc, openApp } from '../lib/app.mjs';
import { workspaceMeasure } from '../lib/workspaceMeasure.mjs';
import { atMost } from '../lib/targets.mjs';

export default workspaceMeasure({
  size: 'L',
  id: 'heap',
  title: 'JS heap after opening L',
  unit: 'MiB',
  baselineLabel: 'empty workspace',
  targets: [atMost(300, 'MiB')],
  runs: 3,
  warmup: 0,
  sides(ctx, L) {
    const heap = (origin) => async () => {
      const { page } = await openApp(L, origin);
      await page.waitForTimeout(500); // let the last live queries land
      const value = await heapAfterGc(page);
      await page.close();
      return { value };
    };
    return { subject: heap(ctx.origin), baseline: heap(ctx.emptyOrigin) };
  },
});
