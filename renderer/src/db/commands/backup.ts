import type { Table } from 'dexie';
import {
  BACKUP_TABLES,
  countRows,
  restore,
  serializeBackup,
  type BackupProblem,
  type BackupTables,
} from '@shared/domain/backup';
import { emptyTables, type BackupTableName } from '@shared/domain/backupTables';
import { buildImportRecords } from '@shared/domain/importPlan';
import type { ImportPreview } from '@shared/domain/importPreview';
import { CairnDb, db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';

/** Rows written per bulkAdd: large enough to be fast, small enough to report progress. */
const CHUNK = 1_000;

export type Progress = (done: number, total: number) => void;

type AnyTable = Table<Record<string, unknown>, string>;
const tableOf = (d: CairnDb, name: BackupTableName): AnyTable =>
  d.table(name) as unknown as AnyTable;

/**
 * Restore and import write through a second connection with strict durability: the commit
 * is acknowledged only once the data is on disk. Same schema, so live queries still see it.
 */
const strictConnection = (d: CairnDb): CairnDb =>
  new CairnDb(d.name, { chromeTransactionDurability: 'strict' });

/** Every table, read in one read transaction so the snapshot is consistent. */
export async function readAllTables(database: CairnDb = db): Promise<BackupTables> {
  const tables = emptyTables();
  await database.transaction('r', database.tables, async () => {
    const rows = await Promise.all(BACKUP_TABLES.map((t) => tableOf(database, t).toArray()));
    BACKUP_TABLES.forEach((t, i) => ((tables as Record<string, unknown[]>)[t] = rows[i]!));
  });
  return tables;
}

/** The whole workspace as backup text. */
export async function exportBackup(
  appVersion: string,
  database: CairnDb = db,
  now = new Date(),
): Promise<{ text: string; counts: Record<BackupTableName, number> }> {
  const tables = await readAllTables(database);
  return {
    text: serializeBackup(tables, { appVersion, exportedAt: now.toISOString() }),
    counts: countRows(tables),
  };
}

export type RestoreOutcome =
  { ok: true; counts: Record<BackupTableName, number> } | { ok: false; problems: BackupProblem[] };

/** Replaces every table with validated rows, in one strict transaction: all or nothing. */
export async function writeTables(
  tables: BackupTables,
  database: CairnDb = db,
  onProgress?: Progress,
): Promise<void> {
  const total = BACKUP_TABLES.reduce((n, t) => n + tables[t].length, 0);
  const strict = strictConnection(database);
  try {
    let done = 0;
    onProgress?.(0, total);
    await strict.transaction('rw', strict.tables, async () => {
      for (const t of BACKUP_TABLES) await tableOf(strict, t).clear();
      for (const t of BACKUP_TABLES) {
        const rows = tables[t] as Record<string, unknown>[];
        for (let i = 0; i < rows.length; i += CHUNK) {
          await tableOf(strict, t).bulkAdd(rows.slice(i, i + CHUNK));
          done += Math.min(CHUNK, rows.length - i);
          onProgress?.(done, total);
        }
      }
    });
  } finally {
    strict.close();
  }
}

/**
 * Restores a backup (text or parsed): validated first by the shared `restore`, and only
 * then written. A refused file writes nothing. `before` runs between validation and the
 * write — the caller's safety backup of the current workspace.
 */
export async function restoreBackup(
  input: string | unknown,
  opts: { database?: CairnDb; onProgress?: Progress; before?: () => Promise<void> } = {},
): Promise<RestoreOutcome> {
  const r = restore(input);
  if (!r.ok) return r;
  await opts.before?.();
  await writeTables(r.tables, opts.database ?? db, opts.onProgress);
  return { ok: true, counts: countRows(r.tables) };
}

/** How many records the workspace holds, deleted ones excluded (for the restore summary). */
export async function countLiveRecords(
  database: CairnDb = db,
): Promise<Record<BackupTableName, number>> {
  const tables = await readAllTables(database);
  return Object.fromEntries(
    BACKUP_TABLES.map((t) => [
      t,
      (tables[t] as { deletedAt?: string | null }[]).filter((r) => !r.deletedAt).length,
    ]),
  ) as Record<BackupTableName, number>;
}

/**
 * Writes a confirmed text import into a cycle and owner: one strict transaction, after the
 * owner's existing objectives; refused as a whole if any record is invalid.
 */
export async function commitImport(
  preview: ImportPreview,
  target: { cycleId: string; ownerId: string },
  database: CairnDb = db,
  onProgress?: Progress,
): Promise<{ objectives: number; keyResults: number }> {
  const strict = strictConnection(database);
  try {
    return await strict.transaction(
      'rw',
      [strict.objectives, strict.keyResults, strict.cycles, strict.orgUnits],
      async () => {
        const cycle = await strict.cycles.get(target.cycleId);
        if (!isLive(cycle)) throw new ValidationError({ cycleId: 'Choose a cycle' });
        if (cycle.state === 'closed')
          throw new ValidationError({ cycleId: `${cycle.name} is closed: nothing can be added` });
        if (!isLive(await strict.orgUnits.get(target.ownerId)))
          throw new ValidationError({ ownerId: 'Choose an owner' });
        const siblings = await strict.objectives
          .where('[cycleId+ownerId]')
          .equals([target.cycleId, target.ownerId])
          .toArray();
        const lastRank = siblings.reduce((m, o) => (o.deletedAt ? m : Math.max(m, o.rank)), 0);
        const recs = buildImportRecords(preview, { ...target, lastRank, newId, stamp: nowStamp() });
        if (recs.errors.length) throw new ValidationError({ import: recs.errors.join('\n') });
        const total = recs.objectives.length + recs.keyResults.length;
        await strict.objectives.bulkAdd(recs.objectives);
        onProgress?.(recs.objectives.length, total);
        for (let i = 0; i < recs.keyResults.length; i += CHUNK) {
          await strict.keyResults.bulkAdd(recs.keyResults.slice(i, i + CHUNK));
          onProgress?.(recs.objectives.length + Math.min(i + CHUNK, recs.keyResults.length), total);
        }
        return { objectives: recs.objectives.length, keyResults: recs.keyResults.length };
      },
    );
  } finally {
    strict.close();
  }
}
