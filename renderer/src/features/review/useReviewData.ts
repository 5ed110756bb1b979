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
 * outside the scope, so those links read as links, not broken ones. Rows come in id order,
 * as a whole-cycle read gives them, so the report and its picture are the same either way.
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
  const inCycle = <T extends { cycleId: string; deletedAt?: string | null }>(
    r: T | undefined,
  ): r is T => isLive(r) && r.cycleId === cycleId;
  const targetKrs = (
    await db.keyResults.bulkGet(
      own.flatMap((o) => (o.alignedTo?.kind === 'keyResult' ? [o.alignedTo.id] : [])),
    )
  ).filter(inCycle);
  const parentIds = new Set([
    ...own.flatMap((o) => (o.alignedTo?.kind === 'objective' ? [o.alignedTo.id] : [])),
    ...targetKrs.map((k) => k.objectiveId),
  ]);
  const parents = (
    await db.objectives.bulkGet([...parentIds].filter((id) => !ownIds.has(id)))
  ).filter(inCycle);
  const ownKrIds = new Set(ownKrs.map((k) => k.id));
  return {
    objectives: byId([...own, ...parents]),
    keyResults: byId([...ownKrs, ...targetKrs.filter((k) => !ownKrIds.has(k.id))]),
    scores: byId(
      live(await rowsWhereAnyOf(db.scores, 'keyResultId', [...ownKrIds])).filter(
        (s) => s.cycleId === cycleId,
      ),
    ),
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
  const cycle = await db.cycles.get(cycleId);
  if (!isLive(cycle)) return null;
  const [orgUnits, retros] = await Promise.all([
    db.orgUnits.toArray(),
    db.retros.where('cycleId').equals(cycleId).toArray(),
  ]);
  const liveUnits = live(orgUnits);
  const inScope = scopeId ? subtreeIds(liveUnits, scopeId) : null;
  const part = inScope
    ? await readScope(cycleId, inScope)
    : await Promise.all([
        db.objectives.where('cycleId').equals(cycleId).toArray(),
        db.keyResults.where('cycleId').equals(cycleId).toArray(),
        db.scores.where('cycleId').equals(cycleId).toArray(),
      ]).then(([o, k, s]) => ({ objectives: live(o), keyResults: live(k), scores: live(s) }));
  // The history of the scope's own key results only (targets outside it draw no chart).
  const scopeObjectives = new Set(
    part.objectives.filter((o) => !inScope || inScope.has(o.ownerId)).map((o) => o.id),
  );
  const krIds = part.keyResults.filter((k) => scopeObjectives.has(k.objectiveId)).map((k) => k.id);
  const checkIns = await rowsWhereAnyOf(db.checkIns, 'keyResultId', krIds);
  const kpiIds = [...new Set(part.objectives.flatMap((o) => o.kpiIds ?? []))];
  const [kpis, kpiCheckIns] = kpiIds.length
    ? await Promise.all([db.kpis.bulkGet(kpiIds), rowsWhereAnyOf(db.kpiCheckIns, 'kpiId', kpiIds)])
    : [[], []];
  return {
    cycle,
    orgUnits: liveUnits,
    ...part,
    checkIns: live(checkIns),
    retros: live(retros),
    kpis: live(kpis.filter((k) => !!k)),
    kpiCheckIns: live(kpiCheckIns),
  };
}

/** The review data of a cycle, kept live: every score or retrospective saved shows at once. */
export const useReviewData = (
  cycleId: string | null,
  scopeId: string | null,
): ReviewData | null | undefined =>
  useLiveQuery(async () => (cycleId ? loadReviewData(cycleId, scopeId) : null), [cycleId, scopeId]);
