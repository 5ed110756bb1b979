import { useLiveQuery } from 'dexie-react-hooks';
import type { Objective } from '@shared/domain/model';
import { ownerCountsOf } from '@shared/domain/ownerList';
import { byRank } from './commands/objectives';
import { live } from './records';
import { db } from './schema';
import { useOpeningRead } from './useOpeningRead';

/**
 * The list of a cycle's objectives by owner without reading every objective: which owners
 * have objectives, and how many, come from the cycle's owner list (`cycleOwners`, one row a
 * cycle, kept by the app with every objective write: ownerListKeeper.ts); each owner's group
 * reads its own objectives when it is drawn. A cycle of 2,000 objectives then reads one row
 * and the dozen groups on screen (docs/benchmarks.md).
 */

export type OwnerCounts = ReadonlyMap<string, number>;

/** Live objectives per owner in a cycle, from its owner list. */
export async function ownerCounts(cycleId: string): Promise<Map<string, number>> {
  return ownerCountsOf(await db.cycleOwners.get(cycleId));
}

/** Objectives per owner in a cycle, as the list shows them; undefined while they load. */
export function useOwnerCounts(cycleId: string | null): OwnerCounts | undefined {
  const r = useOpeningRead(
    async () => ({
      cycleId,
      counts: cycleId ? await ownerCounts(cycleId) : new Map<string, number>(),
    }),
    [cycleId],
    (o) =>
      cycleId && o.openCycleId === cycleId
        ? { cycleId, counts: ownerCountsOf(o.owners) }
        : undefined,
  );
  // A cycle's counts must never stand in for another's (see useForCycle in queries.ts).
  return r && r.cycleId === cycleId ? r.counts : undefined;
}

/** One owner's live objectives in a cycle, in priority order; undefined while they load. */
export function useOwnerObjectives(cycleId: string, ownerId: string): Objective[] | undefined {
  const r = useLiveQuery(
    async () => ({
      key: `${cycleId}|${ownerId}`,
      rows: live(
        await db.objectives.where('[cycleId+ownerId]').equals([cycleId, ownerId]).toArray(),
      ).sort(byRank),
    }),
    [cycleId, ownerId],
  );
  return r?.key === `${cycleId}|${ownerId}` ? r.rows : undefined;
}
