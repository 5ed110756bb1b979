// npm run bench: builds the app and the bench page, seeds (once) or reuses the cached L
// profile, runs every measure interleaved with its baseline, prints the table and writes
// docs/benchmarks.md. Options: --runs N (default 5), --only id,id, --reseed.
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { OPEN_PROBE } from './lib/app.mjs';
import { chromiumVersion, launchProfile } from './lib/browser.mjs';
import { machine } from './lib/machine.mjs';
import { benchPage, openSeededProfile } from './lib/profile.mjs';
import { writeReport } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { rowOf, table } from './lib/stats.mjs';
import openL from './measures/openL.mjs';
import list from './measures/list.mjs';
import heap from './measures/heap.mjs';
import { coach, coachHint, markdown, weekly } from './measures/inPage.mjs';
import restore from './measures/restore.mjs';
import graph from './measures/graph.mjs';
import pdf from './measures/pdf.mjs';
import sync from './sync.mjs';

const MEASURES = [openL, list, heap, graph, coach, coachHint, weekly, markdown, pdf, restore, sync];

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(opt('--runs') ?? process.env.CAIRN_BENCH_RUNS ?? 5);
const only = opt('--only')?.split(',');
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

async function buildAll() {
  log('building the app (out/bench/app) and the bench page (out/bench/page)');
  process.env.CAIRN_WEB_OUT = 'out/bench/app';
  await build({ configFile: 'vite.web.config.ts', logLevel: 'error' });
  await build({ configFile: 'tests/bench/vite.bench.config.ts', logLevel: 'warn' });
}

async function main() {
  await buildAll();
  const server = await serve('out/bench', port);
  const chromium = chromiumVersion();
  const scratchDir = join(PROFILES, 'scratch');
  let scratch = null;
  const { context: L, seed } = await openSeededProfile({
    dir: join(PROFILES, 'L'),
    size: 'L',
    origin,
    chromium,
    log,
    reseed: args.includes('--reseed'),
  });
  log(seed.reused ? `reusing the cached L profile (${seed.key})` : 'L seeded');
  {
    const page = await benchPage(L, origin, log);
    const { ms, counts } = await page.evaluate(() => window.cairnBench.prepare());
    await page.close();
    log(
      `L opened in ${Math.round(ms)} ms (untimed; schema patches happen here): ${JSON.stringify(counts)}`,
    );
  }
  await L.addInitScript(OPEN_PROBE);
  let bench = null;
  const ctx = {
    L,
    origin,
    emptyOrigin,
    runs,
    log,
    benchPage: async () => (bench ??= await benchPage(L, origin, log)),
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
  for (const m of MEASURES) {
    if (only && !only.includes(m.id)) continue;
    log(`measuring: ${m.title}`);
    let result;
    try {
      result = await m.run(ctx);
    } catch (e) {
      result = { missing: `error: ${String(e.message ?? e).split('\n')[0]}` };
    }
    const row = rowOf(m, result);
    if (row.status === 'missed' && m.whenMissed) row.notes.push(m.whenMissed);
    rows.push(row);
    log(row.status === 'missing' ? `  not measured: ${row.missing}` : `  ${row.status}`);
  }
  await L.close();
  if (scratch) await scratch.close();
  rmSync(scratchDir, { recursive: true, force: true });
  await server.close();

  const text = table(rows);
  console.log(`\n${text}\n`);
  for (const r of rows) if (r.notes.length) console.log(`- ${r.title}: ${r.notes.join('; ')}`);
  if (!only) {
    writeReport('docs/benchmarks.md', {
      rows,
      machine: machine(),
      chromium,
      date: new Date().toISOString().slice(0, 10),
      runs,
      seed,
      seconds: (Date.now() - t0) / 1000,
      load,
      loadEnd: loadavg()
        .map((x) => x.toFixed(1))
        .join(', '),
      notes: [],
    });
    log('wrote docs/benchmarks.md');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
