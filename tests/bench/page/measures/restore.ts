import type { Table } from 'dexie';
import { db } from '../../../../renderer/src/db/schema';
import { mediumWorkspace } from './data';
import { missing, optional } from './optional';
import type { Outcome, PageMeasure } from './types';

const PATH = 'renderer/src/db/commands/backup.ts';
const found = import.meta.glob('../../../../renderer/src/db/commands/backup.ts');

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
    const mod = await optional<Record<string, unknown>>(found);
    if (!mod) return missing(PATH);
    return { missing: `${PATH}: restore not wired into the bench yet` };
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
