import { TABLE_SCHEMAS } from '@shared/domain/backupTables';
import { check } from '@shared/domain/validation';
import { db, type CairnDb } from '../schema';
import { isLive, nowStamp, ValidationError } from '../records';

/**
 * Undo for the Merged changes inbox (inbox.ts): an entry settled by mistake comes back, and
 * "Keep mine" can be taken back — their value goes in again as a new edit. One transaction
 * each; nothing is written when the record is gone or their value no longer fits it.
 */

/** Puts a dismissed entry back in the inbox. */
export async function reopenMergedChange(changeId: string, database: CairnDb = db): Promise<void> {
  await database.transaction('rw', database.mergedChanges, async () => {
    await database.mergedChanges.update(changeId, { resolvedAt: null });
  });
}

/** Takes back "Keep mine": their value again, and the entry back in the inbox. */
export async function undoKeepMine(changeId: string, database: CairnDb = db): Promise<void> {
  await database.transaction('rw', [database.mergedChanges, ...database.tables], async () => {
    const change = await database.mergedChanges.get(changeId);
    if (!change || change.kind !== 'field')
      throw new ValidationError({ id: 'This merged change is no longer here' });
    const table = database.table(change.table);
    const cur = (await table.get(change.recordId)) as
      (Record<string, unknown> & { deletedAt?: string | null }) | undefined;
    if (!isLive(cur)) throw new ValidationError({ id: 'This record no longer exists' });
    const r = check(TABLE_SCHEMAS[change.table], {
      ...cur,
      [change.field]: change.theirs,
      ...('updatedAt' in cur ? { updatedAt: nowStamp() } : {}),
    });
    if (!r.ok) throw new ValidationError(r.errors);
    await table.put(r.value);
    await database.mergedChanges.update(changeId, { resolvedAt: null });
  });
}
