// Open a workspace to an interactive current-cycle view, vs opening an empty workspace.
// L (the whole run): the current quarter holds 3,000 objectives of 5,700 units. M (--size M):
// 5,000 objectives of 2,301 units, so a run of a few minutes shows the open path too.
import { openApp } from '../lib/app.mjs';
import { workspaceMeasure } from '../lib/workspaceMeasure.mjs';
import { atMost } from '../lib/targets.mjs';

const open = ({ size, whenMissed }) =>
  workspaceMeasure({
    size,
    id: 'open',
    title: (s) => `open ${s} to the current cycle’s objectives`,
    unit: 'ms',
    baselineLabel: 'empty workspace',
    targets: [atMost(1000)],
    whenMissed,
    sides(ctx, context) {
      const go = (origin) => async () => {
        const { page, ms } = await openApp(context, origin);
        await page.close();
        return { value: ms };
      };
      return { subject: go(ctx.origin), baseline: go(ctx.emptyOrigin) };
    },
  });

const WHAT_IS_READ =
  'What opening reads: while the start-up script loads, one raw transaction for the cycles, ' +
  'the org, the settings and the open cycle’s owner list (db/openingReads.ts); then, one ' +
  'request after another (Chromium serves one database’s requests in turn), for each group ' +
  'on screen its objectives, their key results and those key results’ check-ins. Reminders ' +
  'and file feeds wait until the first groups are drawn.';

export default open({ size: 'L', whenMissed: WHAT_IS_READ });
export const openM = open({ size: 'M', whenMissed: WHAT_IS_READ });
