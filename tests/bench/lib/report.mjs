// docs/benchmarks.md: the table of the last run, with the machine, Chromium and date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { table } from './stats.mjs';

export function writeReport(
  file,
  { rows, machine, chromium, date, runs, seed, seconds, load, loadEnd, notes },
) {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (tests/bench/run.mjs); see the README’s Performance section and',
    'docs/decisions/0005-benchmarks.md. Each figure is the median of the runs below, measured',
    'interleaved with its baseline in the same run: compare the ratios, not absolute times',
    'across machines.',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; load average ${load} ` +
      `(1, 5, 15 min) at the start and ${loadEnd} at the end: the machine is shared, so ` +
      'absolute times drift',
    `- Browser: ${chromium}, headless, on-disk profile; production builds`,
    `- Runs: ${runs} per measure (heap, PDF and restore: up to 3), after a warm-up`,
    `- L workspace: ${seed.orgUnits.toLocaleString('en-US')} org units, ${seed.cycles} cycles, ` +
      `${seed.objectives.toLocaleString('en-US')} objectives, ${seed.keyResults.toLocaleString('en-US')} key results, ` +
      `${seed.checkIns.toLocaleString('en-US')} check-ins (${seed.key}; seeded ${seed.at.slice(0, 10)} in ${Math.round(seed.seconds)} s` +
      `${seed.note ? `; ${seed.note}` : ''})`,
    `- Whole run: ${Math.round(seconds)} s`,
    '',
    table(rows),
    '',
    '## Notes',
    '',
    ...rows.flatMap((r) => (r.notes.length ? [`- **${r.title}**: ${r.notes.join('; ')}`] : [])),
    ...notes.map((n) => `- ${n}`),
    '',
  ];
  // The coach-agreement section is written by hand from `npm run coach:eval`: keep it.
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = old.indexOf('\n## Coach agreement');
  writeFileSync(file, lines.join('\n') + (kept >= 0 ? old.slice(kept + 1) : ''));
}
