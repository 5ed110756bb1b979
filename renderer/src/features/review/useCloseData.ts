import { useLiveQuery } from 'dexie-react-hooks';
import type { CloseInput } from '@shared/domain/cycleClose';
import type { Cycle } from '@shared/domain/model';
import { db } from '../../db/schema';
import { isLive, live } from '../../db/records';

export type CloseData = CloseInput & { cycle: Cycle };

/**
 * What closing a cycle looks at, for the whole company whatever the scope on screen: every
 * unit, and the cycle's objectives, key results, scores and retrospectives, by the cycle index.
 */
export async function loadCloseData(cycleId: string): Promise<CloseData | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!isLive(cycle)) return null;
  const [orgUnits, objectives, keyResults, scores, retros] = await Promise.all([
    db.orgUnits.toArray(),
    db.objectives.where('cycleId').equals(cycleId).toArray(),
    db.keyResults.where('cycleId').equals(cycleId).toArray(),
    db.scores.where('cycleId').equals(cycleId).toArray(),
    db.retros.where('cycleId').equals(cycleId).toArray(),
  ]);
  return {
    cycle,
    orgUnits: live(orgUnits),
    objectives: live(objectives),
    keyResults: live(keyResults),
    scores: live(scores),
    retros: live(retros),
  };
}

/** The close data of a cycle, kept live: a unit marking its review shows in the dialog at once. */
export const useCloseData = (cycleId: string): CloseData | null | undefined =>
  useLiveQuery(() => loadCloseData(cycleId), [cycleId]);
