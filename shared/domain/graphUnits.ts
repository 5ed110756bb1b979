import type { KeyResult, Objective, OrgUnit } from './model';
import { ORG_LEVEL, subtreeIds } from './org';
import { objectiveProgress } from './progress';
import {
  keyResultStatus,
  objectiveStatus,
  type ObjectiveStatusKr,
  type StatusContext,
} from './status';
import type { Level, UnitGroup } from './graphTypes';

/**
 * The org units as the map's groups: below the zoom floor the map draws units, not objectives,
 * and every unit without objectives of its own gets an empty lane. People are not groups: their
 * objectives count towards the team (or department) they belong to.
 */

export interface ObjectiveKrs {
  ownerId: string;
  krs: readonly ObjectiveStatusKr[];
}

/**
 * Each company, department and team with what hangs in its subtree. A unit reads as one
 * objective made of every key result below it: its progress and status come from the same
 * rules as an objective's (progress.ts, status.ts), so a stale key result is never hidden
 * by a green unit.
 */
export function unitGroupsOf(
  units: readonly OrgUnit[],
  objectives: readonly ObjectiveKrs[],
  ctx: StatusContext,
): UnitGroup[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  // The nearest unit that is not a person, walking up from a unit (itself when it is one).
  const groupOf = new Map<string, string | null>();
  const nearestGroup = (id: string | null): string | null => {
    const seen = new Set<string>();
    let cur = id;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const u = byId.get(cur);
      if (!u) return null;
      if (u.kind !== 'person') return u.id;
      cur = u.parentId;
    }
    return null;
  };
  for (const u of units) groupOf.set(u.id, nearestGroup(u.id));
  // Each unit's enclosing group, walked once: every objective climbs the same few chains.
  const aboveOf = new Map<string, string | null>();
  const above = (id: string): string | null => {
    let up = aboveOf.get(id);
    if (up === undefined) aboveOf.set(id, (up = nearestGroup(byId.get(id)?.parentId ?? null)));
    return up;
  };

  const krs = new Map<string, ObjectiveStatusKr[]>();
  const count = new Map<string, number>();
  const own = new Map<string, number>();
  for (const o of objectives) {
    own.set(o.ownerId, (own.get(o.ownerId) ?? 0) + 1);
    const seen = new Set<string>();
    let cur = groupOf.get(o.ownerId) ?? null;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      count.set(cur, (count.get(cur) ?? 0) + 1);
      const list = krs.get(cur);
      if (list) list.push(...o.krs);
      else krs.set(cur, [...o.krs]);
      cur = above(cur);
    }
  }

  const out: UnitGroup[] = [];
  for (const u of units) {
    if (u.kind === 'person') continue;
    const list = krs.get(u.id) ?? [];
    out.push({
      id: u.id,
      name: u.name,
      kind: u.kind,
      level: ORG_LEVEL[u.kind] as Level,
      parentId: above(u.id),
      objectiveCount: count.get(u.id) ?? 0,
      ownObjectiveCount: own.get(u.id) ?? 0,
      progress: objectiveProgress(list.map((k) => k.kr)),
      status: objectiveStatus(list, ctx),
    });
  }
  return out;
}

/** What a key result's status reads besides the key result: its latest check-in, its score. */
export interface StatusFacts {
  /** The latest check-in day (yyyy-MM-dd) of key results, on or before the day. */
  lastCheckIns?: ReadonlyMap<string, string>;
  /** Final scores set in review, by key result. */
  finalScores?: ReadonlyMap<string, number>;
}

/** One objective's key results with their statuses, each read by the one rule (status.ts). */
export function statusKeyResults(
  krs: readonly KeyResult[],
  facts: StatusFacts,
  ctx: StatusContext,
): ObjectiveStatusKr[] {
  return krs.map((kr) => {
    const finalScore = facts.finalScores?.get(kr.id);
    const lastCheckInAt = facts.lastCheckIns?.get(kr.id) ?? null;
    return { kr, status: keyResultStatus({ kr, lastCheckInAt, finalScore }, ctx), finalScore };
  });
}

export interface CycleUnitsInput extends StatusFacts {
  /** The cycle's objectives (only their owner is read); soft-deleted ones are ignored. */
  objectives: readonly Pick<Objective, 'id' | 'ownerId' | 'deletedAt'>[];
  /** The cycle's key results; soft-deleted ones, and those of no live objective, are ignored. */
  keyResults: readonly KeyResult[];
  orgUnits: readonly OrgUnit[];
  status: StatusContext;
}

/**
 * The unit groups of a cycle straight from its records, without the alignment graph: what the
 * map's units view shows (counts, progress, status), the same as `buildAlignmentGraph`'s
 * `units` for the same records.
 */
export function unitGroupsOfCycle(input: CycleUnitsInput): UnitGroup[] {
  const krsOf = new Map<string, KeyResult[]>();
  for (const o of input.objectives) if (!o.deletedAt) krsOf.set(o.id, []);
  for (const kr of input.keyResults) if (!kr.deletedAt) krsOf.get(kr.objectiveId)?.push(kr);
  const objectives: ObjectiveKrs[] = [];
  for (const o of input.objectives) {
    const krs = krsOf.get(o.id);
    if (!o.deletedAt && krs)
      objectives.push({ ownerId: o.ownerId, krs: statusKeyResults(krs, input, input.status) });
  }
  return unitGroupsOf(input.orgUnits, objectives, input.status);
}

/**
 * The unit groups from objective counts per owner alone (e.g. the keys of an index), before
 * any key result is read: counts are right, progress is 0 and status null until the key
 * results are in.
 */
export function unitCountsOf(
  units: readonly OrgUnit[],
  ownerCounts: ReadonlyMap<string, number>,
  ctx: StatusContext,
): UnitGroup[] {
  const none: ObjectiveKrs[] = [];
  for (const [ownerId, n] of ownerCounts)
    for (let i = 0; i < n; i++) none.push({ ownerId, krs: [] });
  return unitGroupsOf(units, none, ctx);
}

/**
 * The units that get an empty lane: every company, department and team in the org filter's
 * subtree (everyone's when there is none) that owns no objective itself — "his department
 * empty beneath" the company's objectives.
 */
export function emptyLanes(
  groups: readonly UnitGroup[],
  units: readonly OrgUnit[],
  orgUnitId: string | null,
): UnitGroup[] {
  const scope = orgUnitId ? subtreeIds(units, orgUnitId) : null;
  return groups.filter((g) => g.ownObjectiveCount === 0 && (!scope || scope.has(g.id)));
}

/** The id a lane node has on the map, apart from the unit's own id (a unit can own objectives). */
export const laneId = (unitId: string): string => `lane:${unitId}`;
