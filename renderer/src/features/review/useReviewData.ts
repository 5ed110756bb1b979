import { useLiveQuery } from 'dexie-react-hooks';
import type {
  CheckIn,
  Cycle,
  KeyResult,
  Objective,
  OrgUnit,
  Retro,
  Score,
} from '../../../../shared/domain/model';
import { db } from '../../db/schema';
import { isLive, live } from '../../db/records';
import { subtreeIds } from '../../../../shared/domain/org';

export interface ReviewData {
  cycle: Cycle;
  orgUnits: OrgUnit[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  scores: Score[];
  retros: Retro[];
}

/**
 * Loads what a review of one cycle needs, by index, in one read. Check-ins are read only for
 * the key results of the scope's objectives: a department's report must not wait on the
 * history of the whole company (the report draws nothing else).
 */
export async function loadReviewData(
  cycleId: string,
  scopeId: string | null = null,
): Promise<ReviewData | null> {
  const cycle = await db.cycles.get(cycleId);
  if (!isLive(cycle)) return null;
  const [orgUnits, objectives, keyResults, scores, retros] = await Promise.all([
    db.orgUnits.toArray(),
    db.objectives.where('cycleId').equals(cycleId).toArray(),
    db.keyResults.where('cycleId').equals(cycleId).toArray(),
    db.scores.where('cycleId').equals(cycleId).toArray(),
    db.retros.where('cycleId').equals(cycleId).toArray(),
  ]);
  const liveKrs = live(keyResults);
  const liveUnits = live(orgUnits);
  const inScope = scopeId ? subtreeIds(liveUnits, scopeId) : null;
  const ownerOf = new Map(objectives.map((o) => [o.id, o.ownerId]));
  const krIds = liveKrs
    .filter((k) => !inScope || inScope.has(ownerOf.get(k.objectiveId) ?? ''))
    .map((k) => k.id);
  const checkIns = krIds.length
    ? await db.checkIns.where('keyResultId').anyOf(krIds).toArray()
    : [];
  return {
    cycle,
    orgUnits: liveUnits,
    objectives: live(objectives),
    keyResults: liveKrs,
    checkIns: live(checkIns),
    scores: live(scores),
    retros: live(retros),
  };
}

/** The review data of a cycle, kept live: every score or retrospective saved shows at once. */
export const useReviewData = (
  cycleId: string | null,
  scopeId: string | null,
): ReviewData | null | undefined =>
  useLiveQuery(async () => (cycleId ? loadReviewData(cycleId, scopeId) : null), [cycleId, scopeId]);
