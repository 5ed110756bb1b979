import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckIn, Cycle, KeyResult, Objective, OrgUnit } from '@shared/domain/model';
import { db } from './schema';
import { live } from './records';
import { byRank } from './commands/objectives';
import { useOpeningRead } from './useOpeningRead';
import { orgUnitsNow, subscribeOrgUnits } from './orgStore';

/** Small hooks over live queries: every view re-renders when any window writes. */

/** The org, live: one copy for the window, read again only when it changes (db/orgStore.ts). */
export const useOrgUnits = (): OrgUnit[] | undefined =>
  useSyncExternalStore(subscribeOrgUnits, orgUnitsNow);

export const useCycles = (): Cycle[] | undefined =>
  useLiveQuery(async () => live(await db.cycles.orderBy('start').reverse().toArray()), []);

/**
 * A live query keeps its last result while the one for new arguments loads; a cycle's rows
 * must never stand in for another cycle's (an empty list would read "no objectives yet").
 */
function useForCycle<T>(
  cycleId: string | null,
  query: (id: string) => Promise<T[]>,
): T[] | undefined {
  const r = useLiveQuery(
    async () => ({ cycleId, rows: cycleId ? await query(cycleId) : [] }),
    [cycleId],
  );
  return r?.cycleId === cycleId ? r.rows : undefined;
}

export const useObjectives = (cycleId: string | null): Objective[] | undefined =>
  useForCycle(cycleId, async (id) =>
    live(await db.objectives.where('cycleId').equals(id).toArray()).sort(byRank),
  );

export const useKeyResults = (cycleId: string | null): KeyResult[] | undefined =>
  useForCycle(cycleId, async (id) =>
    live(await db.keyResults.where('cycleId').equals(id).toArray()).sort((a, b) => a.rank - b.rank),
  );

export const useCheckIns = (keyResultId: string | null): CheckIn[] | undefined =>
  useLiveQuery(
    async () =>
      keyResultId
        ? live(
            await db.checkIns
              .where('[keyResultId+at]')
              .between([keyResultId, ''], [keyResultId, '\uffff'])
              .toArray(),
          )
        : [],
    [keyResultId],
  );

export function useSetting<T>(key: string): T | undefined {
  return useOpeningRead(
    async () => (await db.settings.get(key))?.value as T | undefined,
    [key],
    (o) => o.settings.find((s) => s.key === key)?.value as T | undefined,
  );
}

/** Groups rows by a key; views use it to hang key results under objectives. */
export { groupBy } from '@shared/domain/collections';
