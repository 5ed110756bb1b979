import type { Table } from 'dexie';
import { db, type TableName } from '../schema';
import { nowStamp } from '../records';

/** What one delete touched, so Undo can bring exactly that back. */
export interface DeletionToken {
  stamp: string;
  rows: Partial<Record<TableName, string[]>>;
}

type SoftTable = Table<{ id: string; deletedAt?: string | null }, string>;
const table = (name: TableName): SoftTable => db.table(name) as unknown as SoftTable;

/** Marks rows deleted. Call inside the caller's transaction. */
export async function markDeleted(
  rows: Partial<Record<TableName, string[]>>,
): Promise<DeletionToken> {
  const stamp = nowStamp();
  for (const [name, ids] of Object.entries(rows) as [TableName, string[]][]) {
    if (ids.length) await table(name).where('id').anyOf(ids).modify({ deletedAt: stamp });
  }
  return { stamp, rows };
}

/** Undo of a delete: brings back the rows that this delete (and only this one) removed. */
export async function restoreDeleted(token: DeletionToken): Promise<void> {
  const names = Object.keys(token.rows) as TableName[];
  await db.transaction('rw', names.map(table), async () => {
    for (const name of names) {
      const ids = token.rows[name] ?? [];
      await table(name)
        .where('id')
        .anyOf(ids)
        .filter((r) => r.deletedAt === token.stamp)
        .modify({ deletedAt: null });
    }
  });
}
