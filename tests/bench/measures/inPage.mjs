// Measures timed inside the bench page (pure functions of shared/): coach, weekly, Markdown.
import { interleave } from '../lib/interleave.mjs';

function pageMeasure(m) {
  return {
    ...m,
    async run(ctx) {
      const page = await ctx.benchPage();
      const call = (side) => () =>
        page.evaluate(([id, s]) => window.cairnBench.measure(id, s), [m.id, side]);
      return interleave(
        ctx.runs,
        { subject: call('subject'), baseline: call('baseline') },
        { warmup: 2 },
      );
    },
  };
}

export const coach = pageMeasure({
  id: 'coach',
  title: 'coach over M (20,000 objectives + key results)',
  unit: 'ms',
  baselineLabel: 'one progress pass',
  targets: [{ op: '<=', value: 50, unit: 'ms' }],
});

export const weekly = pageMeasure({
  id: 'weekly',
  title: 'weekly report of a 50-person department',
  unit: 'ms',
  baselineLabel: 'one progress pass',
  targets: [{ op: '<=', value: 200, unit: 'ms' }],
});

export const markdown = pageMeasure({
  id: 'markdown',
  title: 'Markdown of a 3,000-objective cycle',
  unit: 'ms',
  baselineLabel: 'titles joined',
  targets: [{ op: '<=', value: 200, unit: 'ms' }],
});
