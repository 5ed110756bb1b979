import { useRef, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { openingReads, subscribeOpening, windowOpened, type OpeningReads } from './openingReads';

/** Stands for "no live answer yet" (a live query may answer undefined: a deleted cycle). */
const NOT_YET: unique symbol = Symbol('not yet');

/** The window's early reads while it opens, else null (re-renders when they arrive or end). */
export const useOpeningReads = (): OpeningReads | null =>
  useSyncExternalStore(subscribeOpening, openingReads);

/** Whether the window has opened (db/openingReads.ts `windowOpened`), re-rendering when it does. */
export const useWindowOpened = (): boolean => useSyncExternalStore(subscribeOpening, windowOpened);

/**
 * A live query that, while the window opens, starts from the early reads
 * (db/openingReads.ts): `fromOpening` picks the same answer out of them. The live query's own
 * answer replaces it as soon as it arrives. (The org is not read this way: db/orgStore.ts.)
 */
export function useOpeningRead<T>(
  querier: () => Promise<T>,
  deps: unknown[],
  fromOpening: (reads: OpeningReads) => T | undefined,
): T | undefined {
  const reads = useOpeningReads();
  const early = reads ? fromOpening(reads) : undefined;
  // Kept until the live answer comes, so ending the opening never flashes "loading".
  const held = useRef<T | undefined>(undefined);
  if (early !== undefined) held.current = early;
  const r = useLiveQuery<T | typeof NOT_YET, typeof NOT_YET>(querier, deps, NOT_YET);
  return r === NOT_YET ? held.current : r;
}
