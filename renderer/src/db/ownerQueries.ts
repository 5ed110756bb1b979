import { useEffect, useState } from 'react';
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Objective } from '@shared/domain/model';
import { byRank } from './commands/objectives';
import { live } from './records';
import { db } from './schema';

/**
 * The list of a cycle's objectives by owner without reading every objective: which owners
 * have objectives, and how many, come from the keys of the [cycleId+ownerId] index; each
 * owner's group reads its own objectives when it is drawn. A cycle of 2,000 objectives then
 * reads 2,000 small keys and the dozen groups on screen instead of 2,000 rows
 * (docs/benchmarks.md).
 */

export type OwnerCounts = ReadonlyMap<string, number>;

/** Objectives per owner in a cycle, counted from index keys (soft-deleted ones included). */
export async function ownerCountsFromKeys(cycleId: string): Promise<Map<string, number>> {
  const keys = await db.objectives
    .where('[cycleId+ownerId]')
    .between([cycleId, Dexie.minKey], [cycleId, Dexie.maxKey])
    .keys();
  const out = new Map<string, number>();
  for (const k of keys) {
    const ownerId = (k as unknown as [string, string])[1];
    out.set(ownerId, (out.get(ownerId) ?? 0) + 1);
  }
  return out;
}

/** Live objectives per owner in a cycle, from the rows themselves (exact, reads them all). */
export async function ownerCountsFromRows(cycleId: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const o of live(await db.objectives.where('cycleId').equals(cycleId).toArray()))
    out.set(o.ownerId, (out.get(o.ownerId) ?? 0) + 1);
  return out;
}

/**
 * Runs `fn` a moment after the list is drawn, when the window is idle: reading every row
 * first would queue behind nothing and in front of the groups' own reads. Returns a cancel.
 */
function afterFirstPaint(fn: () => void): () => void {
  let idle: number | null = null;
  const t = setTimeout(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(fn, { timeout: 2000 });
    else fn();
  }, CONFIRM_AFTER_MS);
  return () => {
    clearTimeout(t);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/** How long after the counts from keys the rows confirm them. */
const CONFIRM_AFTER_MS = 1000;

function useCountsFor(
  cycleId: string | null,
  read: (id: string) => Promise<Map<string, number>>,
): OwnerCounts | undefined {
  const r = useLiveQuery(
    async () => ({ cycleId, counts: cycleId ? await read(cycleId) : new Map<string, number>() }),
    [cycleId],
  );
  // A cycle's counts must never stand in for another's (see useForCycle in queries.ts).
  return r && r.cycleId === cycleId ? r.counts : undefined;
}

/**
 * Objectives per owner in a cycle, as the list shows them. First from the index keys (the
 * list draws from these); then, a moment later when the window is idle, from the rows, which
 * leave out soft-deleted objectives — keys cannot tell those apart. Until a delete, both
 * agree; after one, the count is right a second later (an owner whose objectives are all
 * deleted draws no group meanwhile: OwnerGroup reads live rows).
 */
export function useOwnerCounts(cycleId: string | null): OwnerCounts | undefined {
  const fromKeys = useCountsFor(cycleId, ownerCountsFromKeys);
  const [idleFor, setIdleFor] = useState<string | null>(null);
  const keysReady = fromKeys !== undefined;
  useEffect(() => {
    if (!keysReady || !cycleId) return;
    return afterFirstPaint(() => setIdleFor(cycleId));
  }, [keysReady, cycleId]);
  const exact = useCountsFor(idleFor === cycleId ? cycleId : null, ownerCountsFromRows);
  return idleFor === cycleId && exact ? exact : fromKeys;
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
