import type { Table } from 'dexie';
import {
  checkInSchema,
  cycleSchema,
  keyResultSchema,
  objectiveSchema,
  orgUnitSchema,
} from '../../../shared/domain/model';
import { db, SCHEMA_V1 } from '../../../renderer/src/db/schema';
import {
  generateWorkspace,
  GENERATOR_VERSION,
  type CycleRecords,
  type Size,
} from '../gen/workspace';

/** Identifies what a cached profile holds: the generator's output and the schema it was written with. */
export function seedKey(): string {
  const text = JSON.stringify(SCHEMA_V1);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `gen${GENERATOR_VERSION}-schema${(h >>> 0).toString(16)}`;
}

const CHUNK = 5_000;

/** Puts rows in chunks, one transaction each: large enough to be cheap, small enough that
 * Chromium commits each in one write batch. bulkPut, so a resumed seed may write a row twice. */
async function putAll<T>(table: Table<T>, rows: readonly T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.transaction('rw', table, () => table.bulkPut(chunk));
  }
}

/** Every record must pass the app's own schemas; check-ins are sampled (1 in 10) to save time. */
function check(records: CycleRecords): void {
  const fail = (what: string, r: unknown, e: unknown) => {
    throw new Error(
      `generated ${what} does not pass its schema: ${JSON.stringify(r)} — ${String(e)}`,
    );
  };
  const c = cycleSchema.safeParse(records.cycle);
  if (!c.success) fail('cycle', records.cycle, c.error);
  for (const o of records.objectives) {
    const p = objectiveSchema.safeParse(o);
    if (!p.success) fail('objective', o, p.error);
  }
  for (const k of records.keyResults) {
    const p = keyResultSchema.safeParse(k);
    if (!p.success) fail('key result', k, p.error);
  }
  for (let i = 0; i < records.checkIns.length; i += 10) {
    const p = checkInSchema.safeParse(records.checkIns[i]);
    if (!p.success) fail('check-in', records.checkIns[i], p.error);
  }
}

export interface SeedSummary {
  size: Size;
  orgUnits: number;
  cycles: number;
  objectives: number;
  keyResults: number;
  checkIns: number;
  seconds: number;
}

/**
 * Writes a generated workspace into the app's database through the app's own Dexie schema:
 * the org, then each cycle's objectives, key results and check-ins, then the cycle itself, so
 * a cycle row means its data is all there. `resume` keeps what an interrupted seed wrote.
 */
export async function seed(size: Size, resume = false): Promise<SeedSummary> {
  const t0 = performance.now();
  db.close();
  if (!resume) await db.delete();
  await db.open();
  const ws = generateWorkspace(size);
  for (const u of ws.org.units) orgUnitSchema.parse(u);
  await putAll(db.orgUnits, ws.org.units);
  await db.transaction('rw', db.settings, () => db.settings.bulkPut(ws.settings));
  const sum: SeedSummary = {
    size,
    orgUnits: ws.org.units.length,
    cycles: 0,
    objectives: 0,
    keyResults: 0,
    checkIns: 0,
    seconds: 0,
  };
  for (const records of ws.cycles) {
    sum.cycles++;
    sum.objectives += records.objectives.length;
    sum.keyResults += records.keyResults.length;
    sum.checkIns += records.checkIns.length;
    if (resume && (await db.cycles.get(records.cycle.id))) continue;
    const t = performance.now();
    check(records);
    await putAll(db.objectives, records.objectives);
    await putAll(db.keyResults, records.keyResults);
    await putAll(db.checkIns, records.checkIns);
    await db.transaction('rw', db.cycles, () => db.cycles.put(records.cycle));
    const rows =
      1 + records.objectives.length + records.keyResults.length + records.checkIns.length;
    const s = (performance.now() - t) / 1000;
    console.log(
      `seed ${size}: ${records.cycle.name} — ${records.objectives.length} objectives, ` +
        `${records.keyResults.length} key results, ${records.checkIns.length} check-ins ` +
        `in ${s.toFixed(1)} s (${Math.round(rows / s)} rows/s)`,
    );
  }
  sum.seconds = Math.round((performance.now() - t0) / 100) / 10;
  db.close();
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
