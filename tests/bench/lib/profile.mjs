// The L workspace takes many minutes to write (IndexedDB here: 0.5–3.5k rows/s, slower as the
// database grows), so it is seeded once into a browser profile kept in tests/bench/.profile/
// and reused while its key matches: generator version, schema version, Chromium version and
// origin. A new schema version seeds again (it may add data the seed writes, as v4's owner
// list); the hash of the schema after it is informative only.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchProfile } from './browser.mjs';

const MARK = 'cairn-seed.json';
const PARTIAL = 'cairn-seed-partial.json';

const readJson = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : null);

async function benchPage(context, origin, log) {
  const page = await context.newPage();
  page.on('console', (m) => m.text().startsWith('seed ') && log(`  ${m.text()}`));
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  await page.goto(`${origin}/page/index.html`);
  await page.waitForFunction(() => !!window.cairnBench);
  return page;
}

/** Keys read `gen<version>-v<schema version>-schema<hash> · <chromium> · <origin>`; the hash may differ. */
function sameData(have, want) {
  const parts = (k) => {
    const [data, chromium, origin] = k.split(' · ');
    return [data.split('-schema')[0], chromium, origin].join(' · ');
  };
  return parts(have) === parts(want);
}

/**
 * Opens the profile of `size` at `dir`, seeding it first when its key is stale.
 * Returns { context, seed } — seed: what the profile holds and when it was written.
 */
export async function openSeededProfile({ dir, size, origin, chromium, log, reseed }) {
  const markFile = join(dir, MARK);
  const partialFile = join(dir, PARTIAL);
  let context = existsSync(dir) ? await launchProfile(dir) : null;
  const key = async (ctx) => {
    const p = await benchPage(ctx, origin, log);
    const k = `${await p.evaluate(() => window.cairnBench.key())} · ${chromium} · ${origin}`;
    await p.close();
    return k;
  };
  let resume = false;
  if (context) {
    const want = await key(context);
    const have = readJson(markFile);
    if (!reseed && have && sameData(have.key, want))
      return { context, seed: { ...have, reused: true } };
    const partial = readJson(partialFile);
    resume = !reseed && !have && !!partial && sameData(partial.key, want);
    log(
      resume
        ? `resuming the interrupted ${size} seed`
        : reseed
          ? `--reseed: seeding ${size} again`
          : have
            ? `cached ${size} profile is stale (${have.key} ≠ ${want}): seeding again`
            : `no complete ${size} seed: seeding`,
    );
    if (!resume) await context.close();
  }
  if (!resume) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    context = await launchProfile(dir);
  }
  const want = await key(context);
  writeFileSync(partialFile, JSON.stringify({ key: want }));
  log(`seeding ${size} into ${dir} (once; resumes if interrupted)`);
  const page = await benchPage(context, origin, log);
  watchSeed(page, size, await page.evaluate((s) => window.cairnBench.seedPlan?.(s), size), log);
  const summary = await page.evaluate(([s, r]) => window.cairnBench.seed(s, r), [size, resume]);
  await page.close();
  const seed = { key: want, ...summary, at: new Date().toISOString() };
  writeFileSync(markFile, JSON.stringify(seed, null, 2));
  rmSync(partialFile, { force: true });
  log(`seeded ${size}: ${JSON.stringify(summary)}`);
  return { context, seed: { ...seed, reused: false } };
}

const n = (x) => Math.round(x).toLocaleString('en-US');
const duration = (s) =>
  s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`;

/**
 * Prints the seed's progress after each cycle the page reports (`seed <size>: <name> — N
 * objectives, N key results, N check-ins …`): rows written, rows a second so far, and an ETA
 * from the plan's estimate of the rows still to come.
 */
function watchSeed(page, size, plan, log) {
  if (!plan) return;
  const total = plan.org + plan.cycles.reduce((a, c) => a + c.rows, 0);
  const t0 = Date.now();
  let done = plan.org;
  let cycles = 0;
  page.on('console', (m) => {
    const text = m.text();
    if (!text.startsWith(`seed ${size}:`)) return;
    const count = (what) => Number(new RegExp(`(\\d+) ${what}`).exec(text)?.[1] ?? NaN);
    const rows = 1 + count('objectives') + count('key results') + count('check-ins');
    if (!Number.isFinite(rows)) return;
    done += rows;
    cycles++;
    const s = (Date.now() - t0) / 1000;
    const rate = done / Math.max(1, s);
    const left = Math.max(0, total - done);
    log(
      `  seed ${size}: ${cycles}/${plan.cycles.length} cycles, ${n(done)} of ~${n(total)} rows ` +
        `(${Math.min(100, Math.round((100 * done) / total))} %) in ${duration(s)}, ${n(rate)} rows/s; ` +
        `ETA ${left ? duration(left / rate) : 'now'}`,
    );
  });
}

export { benchPage };
