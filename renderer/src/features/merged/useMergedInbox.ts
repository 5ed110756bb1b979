import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/schema';
import { loadMergedInbox, type MergedInbox } from './mergedInbox';

/** The Merged changes inbox, live. */
export const useMergedInbox = (): MergedInbox | undefined =>
  useLiveQuery(() => loadMergedInbox(db), []);

/**
 * How many entries wait in the inbox: the count on the sidebar's Merged changes item. Reads
 * nothing while `shown` is false (a personal workspace has no such item).
 */
export const useMergedCount = (shown = true): number =>
  useLiveQuery(
    async () =>
      shown ? (await db.mergedChanges.toArray()).filter((c) => !c.resolvedAt).length : 0,
    [shown],
  ) ?? 0;
