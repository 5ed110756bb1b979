// The alignment map of a 2,000-objective cycle: from clicking "Map" to the map settled, vs
// what any map of those objectives must do too: read the same rows from IndexedDB (raw
// getAll, no Dexie) and draw the same positioned nodes with bare React Flow (same viewport,
// zoom range and culling, a box of the same size; bench page). L: Q1 2024; M: Q3 2026.
import { openApp, openMap, switchCycle } from '../lib/app.mjs';
import { workspaceMeasure } from '../lib/workspaceMeasure.mjs';
import { atMost } from '../lib/targets.mjs';

const graph = ({ size, cycle, cycleKey }) =>
  workspaceMeasure({
    size,
    id: 'graph',
    title: 'alignment map of 2,000 objectives: read + layout + settled',
    unit: 'ms',
    baselineLabel: 'raw IndexedDB read + bare React Flow, same nodes',
    targets: [atMost(1500), atMost(1.3, 'x')],
    whenMissed:
      "The map reads what the baseline reads (the cycle's objectives and key results, the " +
      'org) through Dexie and live queries, derives progress and status, lays the graph out ' +
      "and draws Cairn's own node components; the baseline draws default nodes.",
    async sides(ctx, context) {
      const bench = await ctx.benchPage(size);
      let box = null;
      return {
        // A fresh app each sample, the same steps each time: open, pick the cycle, click Map.
        async subject() {
          const { page } = await openApp(context, ctx.origin);
          await switchCycle(page, cycle);
          const r = await openMap(page);
          box ??= await page.evaluate(() => {
            const el = document.querySelector('.map-canvas');
            return { w: el.clientWidth, h: el.clientHeight };
          });
          await page.close();
          return { value: r.ms, note: `${r.nodes} nodes and ${r.edges} edges in the DOM` };
        },
        async baseline() {
          const r = await bench.evaluate(
            ([s, k, { w, h }]) => window.cairnBench.flow(s, k, w, h),
            [size, cycleKey, box],
          );
          return {
            value: r.ms,
            note: `${r.rows} rows read in ${Math.round(r.readMs)} ms, ${r.nodes} nodes and ${r.edges} edges in the DOM`,
          };
        },
      };
    },
  });

export const graphL = graph({ size: 'L', cycle: 'Q1 2024', cycleKey: '2024-Q1' });
export const graphM = graph({ size: 'M', cycle: 'Q3 2026', cycleKey: '2026-Q3' });
