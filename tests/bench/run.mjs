// npm run bench: builds the app and the bench page, seeds (once) or reuses the cached L and M
// profiles, runs every measure interleaved with its baseline, prints the table and writes
// docs/benchmarks.md. Options: --size M (a run of a few minutes on M alone, no L), --runs N
// (default 5), --only id,id, --reseed.
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromiumVersion, launchProfile } from './lib/browser.mjs';
import { machine } from './lib/machine.mjs';
import { benchPage } from './lib/profile.mjs';
import { writeReport } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { formatValue, rowOf, table } from './lib/stats.mjs';
import { workspaces } from './lib/workspaces.mjs';
import openL, { openM } from './measures/openL.mjs';
import { listL, listM } from './measures/list.mjs';
import heap from './measures/heap.mjs';
import { coach, coachHint, markdown, weekly } from './measures/inPage.mjs';
import restore from './measures/restore.mjs';
import { graphL, graphM } from './measures/graph.mjs';
import map10k from './measures/map10k.mjs';
import { pdfL, pdfM } from './measures/pdf.mjs';
import sync from './sync.mjs';

// Each measure runs in the runs its `runIn` names ('L': the whole run, 'M': --size M).
const MEASURES = [
  openL,
  openM,
  listL,
  listM,
  heap,
  graphL,
  graphM,
  map10k,
  coach,
  coachHint,
  weekly,
  markdown,
  pdfL,
  pdfM,
  restore,
  sync,
];

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? process.env.CAIRN_BENCH_RUNS ?? 5);
const only = opt('--only')?.split(',');
const size = opt('--size') ?? 'L';
if (size !== 'L' && size !== 'M') throw new Error(`--size ${size}: L (the whole run) or M`);
const port = Number(process.env.CAIRN_BENCH_PORT ?? 4206);
const origin = `http://127.0.0.1:${port}`;
// Same server, another origin: its own (empty) IndexedDB in the same browser profile.
const emptyOrigin = `http://localhost:${port}`;
const PROFILES = 'tests/bench/.profile';

const t0 = Date.now();
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(', ');
const log = (msg) =>
  console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const fmtDuration = (s) =>
  s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(s < 10 ? 1 : 0)} s`;

/** Where the run's time went, phase by phase: printed at the end and written to the doc. */
const phases = [];
async function phase(name, fn) {
  const start = Date.now();
  try {
    return await fn();
  } finally {
    const seconds = (Date.now() - start) / 1000;
    phases.push({ name, seconds });
    log(`  ${name}: ${fmtDuration(seconds)}`);
  }
}

async function buildAll() {
  log('building the app (out/bench/app) and the bench page (out/bench/page)');
  process.env.CAIRN_WEB_OUT = 'out/bench/app';
  await build({ configFile: 'vite.web.config.ts', logLevel: 'error' });
  await build({ configFile: 'tests/bench/vite.bench.config.ts', logLevel: 'warn' });
}

async function main() {
  await phase('build', buildAll);
  const server = await serve('out/bench', port);
  const chromium = chromiumVersion();
  const scratchDir = join(PROFILES, 'scratch');
  let scratch = null;
  const measures = MEASURES.filter((m) => m.runIn.includes(size) && (!only || only.includes(m.id)));
  const ws = workspaces({
    profiles: PROFILES,
    origin,
    chromium,
    log,
    reseed: args.includes('--reseed'),
  });
  // Seed (or reuse) the workspaces this run needs before anything is timed.
  for (const s of new Set(measures.map((m) => m.size).filter(Boolean)))
    await phase(`workspace ${s} (seed or reuse, open)`, () => ws.open(s));
  const bench = {};
  const ctx = {
    size,
    origin,
    emptyOrigin,
    runs,
    log,
    /** The browser context of a seeded workspace, 'L' or 'M'. */
    workspace: ws.open,
    /** The bench page on a workspace's origin and profile (default: this run's size). */
    benchPage: async (s = size) => (bench[s] ??= benchPage(await ws.open(s), origin, log)),
    scratchPage: async () => {
      if (!scratch) {
        rmSync(scratchDir, { recursive: true, force: true });
        mkdirSync(scratchDir, { recursive: true });
        scratch = await launchProfile(scratchDir);
      }
      return benchPage(scratch, origin, log);
    },
  };
  const rows = [];
  const closeBrowsers = async () => {
    for (const s of Object.keys(bench)) delete bench[s];
    await ws.close();
    if (scratch) await scratch.close();
    scratch = null;
  };
  for (const m of measures) {
    // A measure that needs no browser (sync) runs with none open: its 200 simulated clients
    // alone keep ~1.5 of the 2 cores busy, so whatever else is awake shows in its p95.
    if (m.browserless) await closeBrowsers();
    log(`measuring (${rows.length + 1}/${measures.length}): ${m.title}`);
    let result;
    try {
      result = await phase(m.id, () => m.run(ctx));
    } catch (e) {
      result = { missing: `error: ${String(e.message ?? e).split('\n')[0]}` };
    }
    const row = rowOf(m, result);
    if (row.status === 'missed') row.notes.push(...missNotes(row));
    if (row.status === 'missed' && m.whenMissed) row.notes.push(m.whenMissed);
    rows.push(row);
    log(row.status === 'missing' ? `  not measured: ${row.missing}` : `  ${row.status}`);
  }
  await closeBrowsers();
  rmSync(scratchDir, { recursive: true, force: true });
  await server.close();

  const seconds = (Date.now() - t0) / 1000;
  const text = table(rows);
  console.log(`\n${text}\n`);
  for (const r of rows) if (r.notes.length) console.log(`- ${r.title}: ${r.notes.join('; ')}`);
  console.log(`\nWhere the time went: ${phasesText()}\n`);
  if (!only) {
    writeReport('docs/benchmarks.md', {
      size,
      rows,
      machine: machine(),
      chromium,
      date: new Date().toISOString().slice(0, 10),
      runs,
      seeds: ws.seeds(),
      seconds,
      phases: phasesText(),
      load,
      loadEnd: loadavg()
        .map((x) => x.toFixed(1))
        .join(', '),
      notes: [],
    });
    log('wrote docs/benchmarks.md');
  }
  log(`whole run (${size === 'M' ? '--size M' : 'L and M'}): ${fmtDuration(seconds)}`);
}

/**
 * Why an absolute target was missed, from this run's own figures: how much of the time the
 * baseline alone takes on this machine, and how much is Cairn's on top of it.
 */
function missNotes(row) {
  if (!row.b) return [];
  return row.checks
    .filter((c) => !c.met && c.t.unit === 'ms' && c.t.op === '<=')
    .map(
      (c) =>
        `missed by ${formatValue(row.s.median - c.t.value, 'ms')}: the baseline alone took ` +
        `${formatValue(row.b.median, 'ms')} here (${Math.round((100 * row.b.median) / c.t.value)} % ` +
        `of the ${formatValue(c.t.value, 'ms')} target) and Cairn ` +
        (row.s.median >= row.b.median
          ? `${formatValue(row.s.median - row.b.median, 'ms')} more`
          : `${formatValue(row.b.median - row.s.median, 'ms')} less than it`),
    );
}

function phasesText() {
  const total = (Date.now() - t0) / 1000;
  const named = phases.reduce((a, p) => a + p.seconds, 0);
  return [
    ...phases,
    { name: 'the rest (browser start and close, writing)', seconds: total - named },
  ]
    .map((p) => `${p.name} ${fmtDuration(p.seconds)}`)
    .join(', ');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
