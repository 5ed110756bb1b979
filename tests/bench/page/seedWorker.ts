import Dexie, { type Table } from 'dexie';
import { DB_NAME } from '../../../renderer/src/db/schema';
import { countCycleOwners, type CycleOwners } from '../../../shared/domain/ownerList';
import { generateCycleAt, invalidSample, type Size } from '../gen/workspace';

/**
 * Makes one cycle of a generated workspace and checks a sample of it against the app's
 * schemas ('make'), then writes it when the page says it is its turn ('write'), all off the
 * page's main thread: the rows are never copied to the page. One worker makes the next cycle
 * while another writes; writes go one at a time, since two writers to the same tables only
 * slowed each other here (tests/bench/page/seed.ts).
 */

export interface SeedJob {
  size: Size;
  index: number;
  /** Check every n-th record of each kind. */
  every: number;
  /** Rows per transaction. */
  rowsPerTransaction: number;
  /** bulkPut instead of bulkAdd: an interrupted seed may have written part of the cycle. */
  resume: boolean;
}
export interface SeedDone {
  index: number;
  name: string;
  objectives: number;
  keyResults: number;
  checkIns: number;
  /** The cycle was already there (a resumed seed). */
  skipped: boolean;
  seconds: number;
}
export type SeedMessage = { kind: 'make'; job: SeedJob } | { kind: 'write' };
export type SeedReply =
  | { kind: 'made'; index: number }
  | ({ kind: 'done' } & SeedDone)
  | { kind: 'error'; index: number; error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SeedMessage>) => void) | null;
  postMessage(message: SeedReply): void;
};

let conn: Dexie | null = null;
/** No version declared: Dexie opens the database as the app's schema (the page) made it. */
async function connection(): Promise<Dexie> {
  if (!conn) {
    conn = new Dexie(DB_NAME, { chromeTransactionDurability: 'relaxed' });
    await conn.open();
  }
  return conn;
}

async function writeAll<T>(table: Table<T>, rows: readonly T[], job: SeedJob): Promise<void> {
  for (let i = 0; i < rows.length; i += job.rowsPerTransaction) {
    const chunk = rows.slice(i, i + job.rowsPerTransaction);
    await table.db.transaction('rw', table, () =>
      job.resume ? table.bulkPut(chunk) : table.bulkAdd(chunk),
    );
  }
}

let made: {
  job: SeedJob;
  records: ReturnType<typeof generateCycleAt>;
  /** The cycle's owner list, as the app keeps it beside the objectives (schema v4). */
  owners: CycleOwners[];
  t0: number;
} | null = null;

function make(job: SeedJob): void {
  const t0 = performance.now();
  const records = generateCycleAt(job.size, job.index);
  const owners = countCycleOwners(records.objectives);
  const bad = invalidSample({ ...records, cycleOwners: owners }, job.every);
  if (bad.length) throw new Error(`generated rows fail the app's schemas: ${bad.join('; ')}`);
  made = { job, records, owners, t0 };
}

async function write(): Promise<SeedDone> {
  if (!made) throw new Error('nothing made to write');
  const { job, records, owners } = made;
  made = null;
  const t0 = performance.now();
  const db = await connection();
  const done = {
    index: job.index,
    name: records.cycle.name,
    objectives: records.objectives.length,
    keyResults: records.keyResults.length,
    checkIns: records.checkIns.length,
  };
  if (job.resume && (await db.table('cycles').get(records.cycle.id)))
    return { ...done, skipped: true, seconds: 0 };
  await writeAll(db.table('objectives'), records.objectives, job);
  // This connection has no middleware to keep the owner list: write it as the app would.
  await writeAll(db.table('cycleOwners'), owners, job);
  await writeAll(db.table('keyResults'), records.keyResults, job);
  await writeAll(db.table('checkIns'), records.checkIns, job);
  // Last: a cycle row means all of its data is there.
  await db.table('cycles').put(records.cycle);
  return { ...done, skipped: false, seconds: (performance.now() - t0) / 1000 };
}

scope.onmessage = (e) => {
  const m = e.data;
  const index = m.kind === 'make' ? m.job.index : (made?.job.index ?? -1);
  const fail = (err: unknown) => scope.postMessage({ kind: 'error', index, error: String(err) });
  if (m.kind === 'make') {
    try {
      make(m.job);
      scope.postMessage({ kind: 'made', index });
    } catch (err) {
      fail(err);
    }
  } else write().then((d) => scope.postMessage({ kind: 'done', ...d }), fail);
};
