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

export interface ReviewData {
  cycle: Cycle;
  orgUnits: OrgUnit[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  scores: Score[];
  retros: Retro[];
}

/** Loads everything a review of one cycle needs, by index, in one read. */
export async function loadReviewData(cycleId: string): Promise<ReviewData | null> {
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
  const checkIns = liveKrs.length
    ? await db.checkIns
        .where('keyResultId')
        .anyOf(liveKrs.map((k) => k.id))
        .toArray()
    : [];
  return {
    cycle,
    orgUnits: live(orgUnits),
    objectives: live(objectives),
    keyResults: liveKrs,
    checkIns: live(checkIns),
    scores: live(scores),
    retros: live(retros),
  };
}

/** The review data of a cycle, kept live: every score or retrospective saved shows at once. */
export const useReviewData = (cycleId: string | null): ReviewData | null | undefined =>
  useLiveQuery(async () => (cycleId ? loadReviewData(cycleId) : null), [cycleId]);
