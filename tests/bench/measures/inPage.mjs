// Measures timed inside the bench page (pure functions of shared/): coach, weekly, Markdown.
import { interleave } from '../lib/interleave.mjs';
import { atMost } from '../lib/targets.mjs';

/** The two sides of measure `id` of the bench page (page/measures), one call each a sample. */
export function inPageSides(page, id) {
  const call = (side) => () =>
    page.evaluate(([i, s]) => window.cairnBench.measure(i, s), [id, side]);
  return { subject: call('subject'), baseline: call('baseline') };
}

function pageMeasure(m) {
  return {
    runIn: ['L', 'M'],
    ...m,
    async run(ctx) {
      return interleave(ctx.runs, inPageSides(await ctx.benchPage(), m.id), { warmup: 2 });
    },
  };
}

export const coach = pageMeasure({
  id: 'coach',
  title: 'coach over M (20,000 objectives + key results)',
  unit: 'ms',
  baselineLabel: 'one progress pass',
  targets: [atMost(50)],
  whenMissed:
    'shared/domain/coach: every rule over 20,000 subjects plus 100,000 check-ins, with the ' +
    'per-run indexes built once and titles read once (warm runs: the warm-up reads them).',
});

export const coachHint = pageMeasure({
  id: 'coachHint',
  title: 'live coach hint for one title, per keystroke (p95)',
  unit: 'ms',
  baselineLabel: 'words split',
  targets: [atMost(16)],
  whenMissed:
    'shared/domain/coach/language/reading.ts: every keystroke makes a new title, tagged once ' +
    'by compromise (parts of speech) and read for numbers and dates; the title rules then ' +
    'read that one reading.',
});

export const weekly = pageMeasure({
  id: 'weekly',
  title: 'weekly report of a 50-person department',
  unit: 'ms',
  baselineLabel: 'input indexed once',
  targets: [atMost(200)],
});

export const markdown = pageMeasure({
  id: 'markdown',
  title: 'Markdown of a 3,000-objective cycle',
  unit: 'ms',
  baselineLabel: 'titles joined',
  targets: [atMost(200)],
  whenMissed:
    'buildReviewReport (shared/report/review.ts) over 3,000 objectives, 10,500 key results ' +
    'and 84,000 check-ins, then renderReviewMarkdown (split above); charts are made only ' +
    'when read, so the Markdown export does not walk the check-ins.',
});
