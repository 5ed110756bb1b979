import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { sortCheckIns } from '@shared/domain/history';
import type { CheckIn, Cycle, Initiative, KeyResult, Objective } from '@shared/domain/model';
import { normaliseStaleDays } from '@shared/domain/staleness';
import { SETTING } from '../../db/bootstrap';
import { checkInsOf } from '../../db/commands/checkins';
import { useSetting } from '../../db/queries';
import { live } from '../../db/records';
import { db } from '../../db/schema';

/** Reads of the Check-in view; each is an index query, so they stay fast with a big history. */

export interface OwnedKeyResult {
  kr: KeyResult;
  objective: Objective;
}

const byObjectiveThenRank = (a: OwnedKeyResult, b: OwnedKeyResult) =>
  (a.objective.rank || Infinity) - (b.objective.rank || Infinity) ||
  a.objective.createdAt.localeCompare(b.objective.createdAt) ||
  a.kr.rank - b.kr.rank;

/**
 * Key results an owner holds in a cycle, in objective then key-result order; undefined until
 * the rows of exactly this cycle and owner have loaded (never the previous owner's rows).
 */
export function useOwnedKeyResults(
  cycleId: string | null,
  ownerId: string | null,
): OwnedKeyResult[] | undefined {
  const result = useLiveQuery(async () => {
    if (!cycleId || !ownerId) return { cycleId, ownerId, items: [] };
    const krs = live(await db.keyResults.where('ownerId').equals(ownerId).toArray()).filter(
      (k) => k.cycleId === cycleId,
    );
    const found = await db.objectives.bulkGet([...new Set(krs.map((k) => k.objectiveId))]);
    const objectives = new Map(live(found.filter((o) => !!o)).map((o) => [o.id, o]));
    const items = krs
      .filter((kr) => objectives.has(kr.objectiveId))
      .map((kr) => ({ kr, objective: objectives.get(kr.objectiveId)! }))
      .sort(byObjectiveThenRank);
    return { cycleId, ownerId, items };
  }, [cycleId, ownerId]);
  return result && result.cycleId === cycleId && result.ownerId === ownerId
    ? result.items
    : undefined;
}

/** Org units that own at least one key result in the cycle, for the "check in as" picker. */
export function useKeyResultOwnerIds(cycleId: string | null): string[] | undefined {
  return useLiveQuery(async () => {
    if (!cycleId) return [];
    return [
      ...new Set(
        live(await db.keyResults.where('cycleId').equals(cycleId).toArray()).map((k) => k.ownerId),
      ),
    ];
  }, [cycleId]);
}

/** Live check-ins of several key results within the cycle, each in time order. */
export function useHistories(
  krIds: readonly string[],
  cycle: Pick<Cycle, 'start' | 'end'> | undefined,
) {
  const key = krIds.join(',');
  return useLiveQuery(async () => {
    const out = new Map<string, CheckIn[]>();
    if (!cycle) return out;
    const lists = await Promise.all(krIds.map((id) => checkInsOf(id, cycle.start, cycle.end)));
    krIds.forEach((id, i) => out.set(id, sortCheckIns(lists[i]!)));
    return out;
  }, [key, cycle?.start, cycle?.end]);
}

/** Every check-in of one key result (the history panel lists them all, even outside the cycle). */
export const useHistory = (krId: string | null): CheckIn[] | undefined =>
  useLiveQuery(async () => (krId ? sortCheckIns(await checkInsOf(krId)) : []), [krId]);

/** Open and done initiatives of the given key results. */
export function useInitiatives(krIds: readonly string[]): Initiative[] | undefined {
  const key = krIds.join(',');
  return useLiveQuery(
    async () => live(await db.initiatives.where('keyResultId').anyOf(krIds).toArray()),
    [key],
  );
}

/** The stale-after setting in days (default 14). */
/**
 * The final scores of a closed cycle, by key result (the latest of each): a closed cycle's
 * statuses are their bands. Empty while the cycle runs; nothing is read then.
 */
export function useFinalScores(cycle: Cycle | undefined): ReadonlyMap<string, number> | undefined {
  return useLiveQuery(async () => {
    const out = new Map<string, number>();
    if (!cycle || cycle.state !== 'closed') return out;
    const rows = (await db.scores.where('cycleId').equals(cycle.id).toArray()).filter(
      (s) => !s.deletedAt,
    );
    rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    for (const s of rows) out.set(s.keyResultId, s.score);
    return out;
  }, [cycle?.id, cycle?.state]);
}

export function useStaleDays(): number {
  const raw = useSetting<unknown>(SETTING.staleDays);
  return useMemo(() => normaliseStaleDays(raw), [raw]);
}
