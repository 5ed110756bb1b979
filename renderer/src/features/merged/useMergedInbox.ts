import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/schema';
import { loadMergedInbox, type MergedInbox } from './mergedInbox';

/** The Merged changes inbox, live. */
export const useMergedInbox = (): MergedInbox | undefined =>
  useLiveQuery(() => loadMergedInbox(db), []);

/** How many entries wait in the inbox: the count on the sidebar's Merged changes item. */
export const useMergedCount = (): number =>
  useLiveQuery(
    async () => (await db.mergedChanges.toArray()).filter((c) => !c.resolvedAt).length,
    [],
  ) ?? 0;
