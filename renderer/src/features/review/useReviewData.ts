import { useLiveQuery } from 'dexie-react-hooks';
import type {
  CheckIn,
  Cycle,
  KeyResult,
  Objective,
  OrgUnit,
  Retro,
  Score,
} from '@shared/domain/model';
import { db } from '../../db/schema';
import { rowsWhereAnyOf } from '../../db/reads';
import { isLive, live } from '../../db/records';
import { subtreeIds } from '@shared/domain/org';
import type { Kpi, KpiCheckIn } from '@shared/domain/kpiModel';

export interface ReviewData {
  cycle: Cycle;
  orgUnits: OrgUnit[];
  objectives: Objective[];
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  scores: Score[];
  retros: Retro[];
  /** The KPIs the cycle's objectives link to, and their check-ins. */
  kpis: Kpi[];
  kpiCheckIns: KpiCheckIn[];
}

const byId = <T extends { id: string }>(rows: T[]): T[] =>
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The objectives and key results a scope's report draws: its units' objectives (by the
 * [cycleId+ownerId] index), their key results (by objectiveId), and what they align to
 * outside the scope, so those links read as links, not broken ones; with the scores and
 * check-ins of the scope's own key results. Rows come in id order, as a whole-cycle read
 * gives them, so the report and its picture are the same either way. Reads that need only
 * the scope's key results go out together: each round trip to IndexedDB waits on the last.
 */
async function readScope(cycleId: string, units: ReadonlySet<string>) {
  const own = live(
    await rowsWhereAnyOf(
      db.objectives,
      '[cycleId+ownerId]',
      [...units].map((u) => [cycleId, u]),
    ),
  );
  const ownIds = new Set(own.map((o) => o.id));
  const ownKrs = live(await rowsWhereAnyOf(db.keyResults, 'objectiveId', [...ownIds]));
  const ownKrIds = new Set(ownKrs.map((k) => k.id));
  const inCycle = <T extends { cycleId: string; deletedAt?: string | null }>(
    r: T | undefined,
  ): r is T => isLive(r) && r.cycleId === cycleId;
  const alignedParents = own.flatMap((o) =>
    o.alignedTo?.kind === 'objective' && !ownIds.has(o.alignedTo.id) ? [o.alignedTo.id] : [],
  );
  const [targetKrs, objectiveParents, scores, checkIns] = await Promise.all([
    db.keyResults
      .bulkGet(own.flatMap((o) => (o.alignedTo?.kind === 'keyResult' ? [o.alignedTo.id] : [])))
      .then((rows) => rows.filter(inCycle)),
    db.objectives.bulkGet(alignedParents).then((rows) => rows.filter(inCycle)),
    rowsWhereAnyOf(db.scores, 'keyResultId', [...ownKrIds]),
    // Own objectives are all in the scope: their key results are the ones that draw charts.
    rowsWhereAnyOf(db.checkIns, 'keyResultId', [...ownKrIds]),
  ]);
  // Objectives of key results aligned to outside the scope: one more read, of a few rows.
  const krParentIds = [
    ...new Set(targetKrs.map((k) => k.objectiveId).filter((id) => !ownIds.has(id))),
  ].filter((id) => !alignedParents.includes(id));
  const krParents = (await db.objectives.bulkGet(krParentIds)).filter(inCycle);
  return {
    objectives: byId([...own, ...objectiveParents, ...krParents]),
    keyResults: byId([...ownKrs, ...targetKrs.filter((k) => !ownKrIds.has(k.id))]),
    scores: byId(live(scores).filter((s) => s.cycleId === cycleId)),
    checkIns: live(checkIns),
  };
}

/**
 * Loads what a review of one cycle needs, by index. With a scope, only that part of the
 * cycle is read — its objectives, key results, scores and check-ins — so a department's
 * report does not wait on the whole company's records (docs/benchmarks.md).
 */
export async function loadReviewData(
  cycleId: string,
  scopeId: string | null = null,
): Promise<ReviewData | null> {
  const [cycle, orgUnits, retros] = await Promise.all([
    db.cycles.get(cycleId),
    db.orgUnits.toArray(),
    db.retros.where('cycleId').equals(cycleId).toArray(),
  ]);
  if (!isLive(cycle)) return null;
  const liveUnits = live(orgUnits);
  const inScope = scopeId ? subtreeIds(liveUnits, scopeId) : null;
  const part = inScope ? await readScope(cycleId, inScope) : await readCycle(cycleId);
  return {
    cycle,
    orgUnits: liveUnits,
    ...part,
    retros: live(retros),
    ...(await readKpis(part.objectives)),
  };
}

/** The KPIs the cycle's objectives are meant to move, with their history (for their health). */
async function readKpis(objectives: readonly Objective[]) {
  const kpiIds = [...new Set(objectives.flatMap((o) => o.kpiIds ?? []))];
  if (!kpiIds.length) return { kpis: [], kpiCheckIns: [] };
  const [kpis, kpiCheckIns] = await Promise.all([
    db.kpis.bulkGet(kpiIds),
    rowsWhereAnyOf(db.kpiCheckIns, 'kpiId', kpiIds),
  ]);
  return { kpis: live(kpis.filter((k) => !!k)), kpiCheckIns: live(kpiCheckIns) };
}

/** The whole cycle: its objectives, key results and scores, then its key results' history. */
async function readCycle(cycleId: string) {
  const [o, k, s] = await Promise.all([
    db.objectives.where('cycleId').equals(cycleId).toArray(),
    db.keyResults.where('cycleId').equals(cycleId).toArray(),
    db.scores.where('cycleId').equals(cycleId).toArray(),
  ]);
  const keyResults = live(k);
  const checkIns = await rowsWhereAnyOf(
    db.checkIns,
    'keyResultId',
    keyResults.map((kr) => kr.id),
  );
  return { objectives: live(o), keyResults, scores: live(s), checkIns: live(checkIns) };
}

/** The review data of a cycle, kept live: every score or retrospective saved shows at once. */
export const useReviewData = (
  cycleId: string | null,
  scopeId: string | null,
): ReviewData | null | undefined =>
  useLiveQuery(async () => (cycleId ? loadReviewData(cycleId, scopeId) : null), [cycleId, scopeId]);
