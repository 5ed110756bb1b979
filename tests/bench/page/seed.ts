import Dexie from 'dexie';
import { orgUnitSchema } from '../../../shared/domain/model';
import { db, DB_NAME, SCHEMA_V1 } from '../../../renderer/src/db/schema';
import {
  GENERATOR_VERSION,
  orgOf,
  SIZE_SPECS,
  workspaceSettings,
  type Size,
} from '../gen/workspace';
import type { SeedDone, SeedJob, SeedReply } from './seedWorker';

/** Identifies what a cached profile holds: the generator's output and the schema it was written with. */
export function seedKey(): string {
  const text = JSON.stringify(SCHEMA_V1);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `gen${GENERATOR_VERSION}-schema${(h >>> 0).toString(16)}`;
}

/**
 * Rows per transaction. Large, so IndexedDB's cost per transaction (and Chromium's commit)
 * is paid rarely; not a whole cycle, so one commit's write batch stays tens of MB.
 */
const ROWS_PER_TRANSACTION = 25_000;
/** Check every n-th generated record of each kind against the app's schemas (in the worker). */
const CHECK_EVERY = 25;

/**
 * Cycles generated and written by a few workers at once, one cycle each at a time; returns
 * what each wrote, in cycle order. The page's main thread only hands out the work.
 */
async function writeCycles(
  size: Size,
  resume: boolean,
  onDone: (d: SeedDone) => void,
): Promise<SeedDone[]> {
  const count = SIZE_SPECS[size].cycles.length;
  const workers = Array.from(
    { length: Math.max(1, Math.min(2, count, navigator.hardwareConcurrency || 2)) },
    () => new Worker(new URL('./seedWorker.ts', import.meta.url), { type: 'module' }),
  );
  const out: SeedDone[] = [];
  let next = 0;
  const work = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      const ask = () => {
        if (next >= count) return resolve();
        const job: SeedJob = {
          size,
          index: next++,
          every: CHECK_EVERY,
          rowsPerTransaction: ROWS_PER_TRANSACTION,
          resume,
        };
        worker.postMessage(job);
      };
      worker.onmessage = (e: MessageEvent<SeedReply>) => {
        if ('error' in e.data) return reject(new Error(e.data.error));
        out[e.data.index] = e.data;
        onDone(e.data);
        ask();
      };
      worker.onerror = (e) => reject(new Error(e.message));
      ask();
    });
  try {
    await Promise.all(workers.map(work));
  } finally {
    workers.forEach((w) => w.terminate());
  }
  return out;
}

export interface SeedSummary {
  size: Size;
  orgUnits: number;
  cycles: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
  seconds: number;
  /** Rows written a second over the whole seed, generation included. */
  rowsPerSecond: number;
}

/**
 * Writes a generated workspace into the app's database: the app's own Dexie schema creates
 * it, then a bare connection (relaxed durability, no sync recorder) writes the org, then each
 * cycle's objectives, key results and check-ins, then the cycle itself, so a cycle row means
 * its data is all there. `resume` keeps what an interrupted seed wrote.
 */
export async function seed(size: Size, resume = false): Promise<SeedSummary> {
  const t0 = performance.now();
  db.close();
  if (!resume) await db.delete();
  await db.open();
  db.close();
  // No version declared: Dexie opens the database as the app's schema left it.
  const conn = new Dexie(DB_NAME, { chromeTransactionDurability: 'relaxed' });
  await conn.open();
  try {
    const org = orgOf(size);
    for (const u of org.units.filter((_, i) => i % CHECK_EVERY === 0)) orgUnitSchema.parse(u);
    await conn.transaction('rw', conn.table('orgUnits'), () =>
      resume
        ? conn.table('orgUnits').bulkPut(org.units)
        : conn.table('orgUnits').bulkAdd(org.units),
    );
    await conn.table('settings').bulkPut(workspaceSettings(org));
  } finally {
    conn.close();
  }
  const cycles = await writeCycles(size, resume, (d) => {
    if (d.skipped) return;
    const rows = 1 + d.objectives + d.keyResults + d.checkIns;
    console.log(
      `seed ${size}: ${d.name} — ${d.objectives} objectives, ${d.keyResults} key results, ` +
        `${d.checkIns} check-ins in ${d.seconds.toFixed(1)} s (${Math.round(rows / d.seconds)} ` +
        'rows/s; two cycles are written at once)',
    );
  });
  const sum: SeedSummary = {
    size,
    orgUnits: orgOf(size).units.length,
    cycles: cycles.length,
    objectives: cycles.reduce((n, d) => n + d.objectives, 0),
    keyResults: cycles.reduce((n, d) => n + d.keyResults, 0),
    checkIns: cycles.reduce((n, d) => n + d.checkIns, 0),
    seconds: 0,
    rowsPerSecond: 0,
  };
  const seconds = (performance.now() - t0) / 1000;
  sum.seconds = Math.round(seconds * 10) / 10;
  const rows = sum.orgUnits + sum.cycles + sum.objectives + sum.keyResults + sum.checkIns;
  sum.rowsPerSecond = Math.round(rows / seconds);
  return sum;
}

/**
 * Opens the seeded database once before anything is timed: a schema that gained indexes since
 * seeding is patched by Dexie here (once, untimed), and the row counts show the seed is whole.
 */
export async function prepare(): Promise<{ ms: number; counts: Record<string, number> }> {
  const t0 = performance.now();
  await db.open();
  const ms = performance.now() - t0;
  const counts: Record<string, number> = {};
  for (const t of [db.orgUnits, db.cycles, db.objectives, db.keyResults, db.checkIns])
    counts[t.name] = await t.count();
  db.close();
  return { ms, counts };
}
