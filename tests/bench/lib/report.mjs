// docs/benchmarks.md: the table of the last run of each kind (the whole run, --size M), with
// the machine, Chromium and date. A run replaces only its own block; the rest is kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { table } from './stats.mjs';

const HEAD = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (tests/bench/run.mjs); see the README’s Performance section and',
  'docs/decisions/0005-benchmarks.md. Each figure is the median of the runs below, measured',
  'interleaved with its baseline in the same run: compare the ratios, not absolute times',
  'across machines. The whole run (L and M) and `npm run bench -- --size M` each write their',
  'own block below.',
  '',
];
const begin = (size) => `<!-- bench:${size} -->`;
const end = (size) => `<!-- /bench:${size} -->`;

const n = (x) => x.toLocaleString('en-US');

function seedLine(size, seed) {
  const rows = seed.orgUnits + seed.cycles + seed.objectives + seed.keyResults + seed.checkIns;
  const rate = seed.rowsPerSecond ?? Math.round(rows / seed.seconds);
  return (
    `- ${size} workspace: ${n(seed.orgUnits)} org units, ${seed.cycles} cycles, ` +
    `${n(seed.objectives)} objectives, ${n(seed.keyResults)} key results, ${n(seed.checkIns)} ` +
    `check-ins (${seed.key}); seeded ${seed.at.slice(0, 10)} in ${Math.round(seed.seconds)} s, ` +
    `${n(rate)} rows/s${seed.reused ? ' (a cached profile, seeded before this run)' : ''}` +
    `${seed.note ? `; ${seed.note}` : ''}`
  );
}

function block({
  size,
  rows,
  machine,
  chromium,
  date,
  runs,
  seeds,
  seconds,
  phases,
  load,
  loadEnd,
  notes,
}) {
  return [
    begin(size),
    size === 'M' ? '## `npm run bench -- --size M`' : '## `npm run bench` (L and M)',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; load average ${load} ` +
      `(1, 5, 15 min) at the start and ${loadEnd} at the end: the machine is shared, so ` +
      'absolute times drift',
    `- Browser: ${chromium}, headless, on-disk profile; production builds`,
    `- Runs: ${runs} per measure (heap, PDF and the 10,000 map: up to 3; restore: 2), after a warm-up`,
    ...Object.entries(seeds).map(([s, seed]) => seedLine(s, seed)),
    `- Whole run: ${Math.round(seconds)} s (${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s)`,
    ...(phases ? [`- Where the time went: ${phases}`] : []),
    '',
    table(rows),
    '',
    '### Notes',
    '',
    ...rows.flatMap((r) => (r.notes.length ? [`- **${r.title}**: ${r.notes.join('; ')}`] : [])),
    ...notes.map((x) => `- ${x}`),
    end(size),
  ].join('\n');
}

/** The block of `size` as the file has it, or null. */
function oldBlock(text, size) {
  const a = text.indexOf(begin(size));
  const b = text.indexOf(end(size));
  return a >= 0 && b > a ? text.slice(a, b + end(size).length) : null;
}

export function writeReport(file, run) {
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const blocks = { L: oldBlock(old, 'L'), M: oldBlock(old, 'M') };
  blocks[run.size] = block(run);
  // What follows the M block (notes written by hand, the coach-agreement section from
  // `npm run coach:eval`) is kept as it is.
  const endM = old.indexOf(end('M'));
  const coach = old.indexOf('\n## Coach agreement');
  const rest =
    endM >= 0 ? old.slice(endM + end('M').length) : coach >= 0 ? `\n${old.slice(coach)}` : '\n';
  const text = [
    ...HEAD,
    blocks.L ?? `${begin('L')}\n_No whole run yet._\n${end('L')}`,
    '',
    blocks.M ?? `${begin('M')}\n_No --size M run yet._\n${end('M')}`,
  ].join('\n');
  writeFileSync(file, text + rest);
}
