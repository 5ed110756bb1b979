import Dexie from 'dexie';
import { orgUnitSchema } from '../../../shared/domain/model';
import { db, DB_NAME, SCHEMA_V4 } from '../../../renderer/src/db/schema';
import {
  GENERATOR_VERSION,
  orgOf,
  SIZE_SPECS,
  workspaceSettings,
  type Size,
} from '../gen/workspace';
import type { SeedDone, SeedJob, SeedMessage, SeedReply } from './seedWorker';

/**
 * Identifies what a cached profile holds: the generator's output and the schema version it
 * was written with (a new version may add data the seed writes, as v4's owner list), then a
 * hash of the schema.
 */
export function seedKey(): string {
  const text = JSON.stringify(SCHEMA_V4);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `gen${GENERATOR_VERSION}-v${db.verno}-schema${(h >>> 0).toString(16)}`;
}

/**
 * Rows per transaction. Large, so IndexedDB's cost per transaction (and Chromium's commit)
 * is paid rarely; not a whole cycle, so one commit's write batch stays tens of MB.
 */
const ROWS_PER_TRANSACTION = 25_000;
/** Check every n-th generated record of each kind against the app's schemas (in the worker). */
const CHECK_EVERY = 25;

/**
 * Cycles made by two workers and written one at a time, in cycle order: while one worker
 * writes its cycle, the other makes the next. The page's main thread only hands out turns.
 * Returns what each wrote, in cycle order.
 */
function writeCycles(
  size: Size,
  resume: boolean,
  onDone: (d: SeedDone) => void,
): Promise<SeedDone[]> {
  const count = SIZE_SPECS[size].cycles.length;
  const workers = Array.from(
    { length: Math.min(2, count) },
    () => new Worker(new URL('./seedWorker.ts', import.meta.url), { type: 'module' }),
  );
  const out: SeedDone[] = [];
  const ready = new Map<number, Worker>();
  let nextToMake = 0;
  let nextToWrite = 0;
  let writing = false;
  return new Promise<SeedDone[]>((resolve, reject) => {
    const send = (w: Worker, m: SeedMessage) => w.postMessage(m);
    const make = (w: Worker) => {
      if (nextToMake >= count) return;
      const job: SeedJob = {
        size,
        index: nextToMake++,
        every: CHECK_EVERY,
        rowsPerTransaction: ROWS_PER_TRANSACTION,
        resume,
      };
      send(w, { kind: 'make', job });
    };
    const writeNext = () => {
      const w = ready.get(nextToWrite);
      if (writing || !w) return;
      ready.delete(nextToWrite);
      writing = true;
      send(w, { kind: 'write' });
    };
    for (const w of workers) {
      w.onmessage = (e: MessageEvent<SeedReply>) => {
        const m = e.data;
        if (m.kind === 'error') return reject(new Error(m.error));
        if (m.kind === 'made') {
          ready.set(m.index, w);
          return writeNext();
        }
        out[m.index] = m;
        onDone(m);
        writing = false;
        nextToWrite++;
        if (nextToWrite === count) return resolve(out);
        make(w);
        writeNext();
      };
      w.onerror = (e) => reject(new Error(e.message));
      make(w);
    }
  }).finally(() => workers.forEach((w) => w.terminate()));
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
        'rows/s)',
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
  for (const t of [
    db.orgUnits,
    db.cycles,
    db.objectives,
    db.cycleOwners,
    db.keyResults,
    db.checkIns,
  ])
    counts[t.name] = await t.count();
  db.close();
  return { ms, counts };
}
