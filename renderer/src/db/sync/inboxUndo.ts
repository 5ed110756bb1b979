import { db, type CairnDb } from '../schema';
import { ValidationError } from '../records';
import { writeFieldAgain } from './inbox';

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
    await writeFieldAgain(database, change, change.theirs);
    await database.mergedChanges.update(changeId, { resolvedAt: null });
  });
}
