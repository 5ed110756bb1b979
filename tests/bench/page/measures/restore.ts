import type { Table } from 'dexie';
import { db } from '../../../../renderer/src/db/schema';
import { mediumWorkspace } from './data';
import { missing, optional } from './optional';
import type { Outcome, PageMeasure } from './types';

const PATH = 'renderer/src/db/commands/backup.ts';
type BackupCommands = typeof import('../../../../renderer/src/db/commands/backup');
type BackupFormat = typeof import('../../../../shared/domain/backup');
const found = import.meta.glob('../../../../renderer/src/db/commands/backup.ts');
const foundFormat = import.meta.glob('../../../../shared/domain/backup.ts');

let backupText: string | null = null;

/** Every row of M, table by table, as a backup holds them. */
function mediumRows(): [Table<unknown>, readonly unknown[]][] {
  const { org, records } = mediumWorkspace();
  return [
    [db.orgUnits, org.units],
    [db.cycles, [records.cycle]],
    [db.objectives, records.objectives],
    [db.keyResults, records.keyResults],
    [db.checkIns, records.checkIns],
  ];
}

const rowCount = () => mediumRows().reduce((s, [, rows]) => s + rows.length, 0);

/** Starts from an empty database, as a restore onto a fresh install would. */
async function emptyDb(): Promise<void> {
  db.close();
  await db.delete();
  await db.open();
}

/** Restore of an M backup, in rows per second (the app's restore command vs raw bulkPut). */
export const restore: PageMeasure = {
  async subject(): Promise<Outcome> {
    const mod = await optional<BackupCommands>(found);
    const format = await optional<BackupFormat>(foundFormat);
    if (!mod) return missing(PATH);
    if (!format) return missing('shared/domain/backup.ts');
    const { org, records } = mediumWorkspace();
    backupText ??= format.serializeBackup(
      {
        orgUnits: org.units,
        cycles: [records.cycle],
        objectives: records.objectives,
        keyResults: records.keyResults,
        checkIns: records.checkIns,
      },
      { appVersion: 'bench', exportedAt: '2026-11-25T12:00:00.000Z' },
    );
    await emptyDb();
    let validated = 0;
    const t0 = performance.now();
    const out = await mod.restoreBackup(backupText, {
      onProgress: (done) => {
        if (done === 0 && !validated) validated = performance.now();
      },
    });
    const s = (performance.now() - t0) / 1000;
    if (!out.ok)
      throw new Error(`the M backup was refused: ${JSON.stringify(out.problems.slice(0, 3))}`);
    return {
      value: rowCount() / s,
      note: `${rowCount()} rows (${Math.round(backupText.length / 2 ** 20)} MiB of text) in ${s.toFixed(1)} s, of which parse + validation ${((validated - t0) / 1000).toFixed(1)} s`,
    };
  },
  /** Raw Dexie bulkPut of the same rows in 1,000-row chunks, one transaction each. */
  async baseline(): Promise<Outcome> {
    const tables = mediumRows();
    await emptyDb();
    const t0 = performance.now();
    for (const [table, rows] of tables) {
      for (let i = 0; i < rows.length; i += 1000) {
        const chunk = rows.slice(i, i + 1000);
        await db.transaction('rw', table, () => table.bulkPut(chunk));
      }
    }
    const s = (performance.now() - t0) / 1000;
    return { value: rowCount() / s, note: `${rowCount()} rows in ${s.toFixed(1)} s` };
  },
};
