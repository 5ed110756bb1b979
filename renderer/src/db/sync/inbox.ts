import { TABLE_SCHEMAS } from '@shared/domain/backupTables';
import { check } from '@shared/domain/validation';
import { db, type CairnDb } from '../schema';
import { isLive, nowStamp, ValidationError } from '../records';
import type { MergedChange } from './syncRows';

/**
 * The Merged changes inbox: edits of mine a teammate's concurrent edit overwrote, and the
 * repairs made after merges. Newest first; settled entries are kept as history.
 */
export async function openMergedChanges(database: CairnDb = db): Promise<MergedChange[]> {
  const rows = await database.mergedChanges.orderBy('at').reverse().toArray();
  return rows.filter((c) => !c.resolvedAt);
}

/**
 * "Keep mine": my value goes back in as a new edit, which wins over theirs on every replica
 * (it has seen theirs) and is sent like any other. Refused, writing nothing, when the record
 * is gone or mine no longer fits it.
 */
export async function keepMine(changeId: string, database: CairnDb = db): Promise<void> {
  await database.transaction('rw', [database.mergedChanges, ...database.tables], async () => {
    const change = await database.mergedChanges.get(changeId);
    if (!change || change.resolvedAt)
      throw new ValidationError({ id: 'This merged change was already settled' });
    if (change.kind !== 'field')
      throw new ValidationError({ id: 'A repair after a merge has no edit of yours to keep' });
    await writeFieldAgain(database, change, change.yours);
    await database.mergedChanges.update(changeId, { resolvedAt: nowStamp() });
  });
}

/**
 * One side's value of a merged field goes back in as a new edit (Keep mine, or its undo),
 * inside the caller's transaction; refused when the record is gone or the value no longer fits.
 */
export async function writeFieldAgain(
  database: CairnDb,
  change: MergedChange,
  value: unknown,
): Promise<void> {
  const table = database.table(change.table);
  const cur = (await table.get(change.recordId)) as
    (Record<string, unknown> & { deletedAt?: string | null }) | undefined;
  if (!isLive(cur)) throw new ValidationError({ id: 'This record no longer exists' });
  const r = check(TABLE_SCHEMAS[change.table], {
    ...cur,
    [change.field]: value,
    ...('updatedAt' in cur ? { updatedAt: nowStamp() } : {}),
  });
  if (!r.ok) throw new ValidationError(r.errors);
  await table.put(r.value);
}

/** "Keep theirs" (or, for a repair, "Got it"): the entry leaves the inbox. */
export async function settleMergedChange(changeId: string, database: CairnDb = db): Promise<void> {
  await database.transaction('rw', database.mergedChanges, async () => {
    await database.mergedChanges.update(changeId, { resolvedAt: nowStamp() });
  });
}
