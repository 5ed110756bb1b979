import { dayNumber } from '../history';
import { ORG_LEVEL } from '../org';
import { keyResultProgress } from '../progress';
import { readTitle, type TitleReading } from './language/reading';
import type {
  AlignmentTarget,
  CoachCycle,
  CoachInput,
  CoachKeyResult,
  CoachObjective,
  CoachOrgUnit,
} from './types';

/** More objectives than this for one owner in a cycle is too many ("Focus on important goals"). */
export const MAX_OBJECTIVES = 5;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Day number of a yyyy-MM-dd date, NaN for anything else (partial data is coached too). */
export const dayOf = (iso: string | null | undefined): number =>
  typeof iso === 'string' && ISO_DAY.test(iso) ? dayNumber(iso) : NaN;

export const hasDates = (c: CoachCycle | null): boolean =>
  !!c && Number.isFinite(dayOf(c.start)) && Number.isFinite(dayOf(c.end)) && c.start! <= c.end!;

/** What every rule reads, built once per run: plain maps by id, nothing computed twice. */
export interface CoachContext {
  input: CoachInput;
  cycle: CoachCycle | null;
  today: number;
  /** The cycle's first and last day numbers; NaN without valid dates. */
  start: number;
  end: number;
  /** Share of the cycle elapsed today, 0–1; null without dates. */
  elapsed: number | null;
  /** Whether check-ins are due at all: an active cycle with dates, and a known today. */
  tracking: boolean;
  /** The day check-ins were loaded from (`checkInsFrom`); NaN when all were loaded. */
  from: number;
  keyResultsByObjective: ReadonlyMap<string, CoachKeyResult[]>;
  objectivesById: ReadonlyMap<string, CoachObjective>;
  keyResultsById: ReadonlyMap<string, CoachKeyResult>;
  /** The org by id; null when the org is not known. */
  orgById: ReadonlyMap<string, CoachOrgUnit> | null;
  /** Each owner's objectives in the cycle ('' for those without an owner). */
  objectivesByOwner: ReadonlyMap<string, CoachObjective[]>;
  /** Place by rank (1 = first) of objectives whose owner has more than MAX_OBJECTIVES. */
  placeByRank: ReadonlyMap<string, number>;
  /** Objectives that share their rank with another of the same owner. */
  tied: ReadonlySet<string>;
  /** The day number of each key result's latest check-in (only when tracking). */
  lastCheckIn: ReadonlyMap<string, number>;
  scored: ReadonlySet<string>;
  /** The highest org level (company 0 … person 3) that owns an objective in the cycle. */
  topLevel: number;
  alignmentTargets: ReadonlyMap<string, AlignmentTarget>;
  /** How a title reads (tagged once per distinct title, see language/reading). */
  read: (title: string | undefined) => TitleReading;
  /** An objective's key results, an objective and an org unit by id (see `recentLookUp`). */
  keyResultsOfId: (objectiveId: string) => CoachKeyResult[];
  objectiveOfId: (objectiveId: string) => CoachObjective | undefined;
  unitOfId: (unitId: string) => CoachOrgUnit | undefined;
}

const byRank = (a: CoachObjective, b: CoachObjective): number =>
  (a.rank || Infinity) - (b.rank || Infinity) ||
  (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
  a.id.localeCompare(b.id);

/** Items by id, built with a loop: a map of pairs would allocate one array per item first. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function buildContext(input: CoachInput): CoachContext {
  const cycle = input.cycle;
  const today = dayOf(input.today);
  const dated = hasDates(cycle);
  const start = dated ? dayOf(cycle!.start) : NaN;
  const end = dated ? dayOf(cycle!.end) : NaN;
  const elapsed =
    dated && Number.isFinite(today)
      ? Math.min(1, Math.max(0, (today - start + 1) / (end - start + 1)))
      : null;
  const tracking = cycle?.state === 'active' && dated && Number.isFinite(today);
  const keyResults = input.keyResults ?? [];

  const orgById = input.orgUnits ? byId(input.orgUnits) : null;
  const objectivesByOwner = groupBy(input.objectives, (o) => o.ownerId ?? '');
  const placeByRank = new Map<string, number>();
  const tied = new Set<string>();
  let topLevel = 4;
  for (const [owner, list] of objectivesByOwner) {
    const unit = owner ? orgById?.get(owner) : undefined;
    if (unit) topLevel = Math.min(topLevel, ORG_LEVEL[unit.kind]);
    // One objective cannot share its rank: most owners need no map of ranks.
    if (list.length > 1) {
      const firstOfRank = new Map<number, string>();
      for (const o of list) {
        if (!o.rank) continue;
        const other = firstOfRank.get(o.rank);
        if (other === undefined) firstOfRank.set(o.rank, o.id);
        else tied.add(other).add(o.id);
      }
    }
    if (list.length > MAX_OBJECTIVES)
      [...list].sort(byRank).forEach((o, i) => placeByRank.set(o.id, i + 1));
  }

  // ISO dates order as strings: keep each key result's latest as written, read it as a day once.
  const latest = new Map<string, string>();
  if (tracking)
    for (const c of input.checkIns ?? []) {
      if (typeof c.at !== 'string') continue;
      const seen = latest.get(c.keyResultId);
      if (seen === undefined || c.at > seen) latest.set(c.keyResultId, c.at);
    }
  const lastCheckIn = new Map<string, number>();
  for (const [id, at] of latest) {
    const day = dayOf(at);
    if (Number.isFinite(day)) lastCheckIn.set(id, day);
  }

  const keyResultsByObjective = groupBy(keyResults, (k) => k.objectiveId);
  const objectivesById = byId(input.objectives);
  return {
    input,
    cycle,
    today,
    start,
    end,
    elapsed,
    tracking,
    from: dayOf(input.checkInsFrom),
    keyResultsByObjective,
    objectivesById,
    keyResultsById: byId(keyResults),
    orgById,
    objectivesByOwner,
    placeByRank,
    tied,
    lastCheckIn,
    scored: new Set((input.scores ?? []).map((s) => s.keyResultId)),
    topLevel,
    alignmentTargets: byId(input.alignmentTargets ?? []),
    read: readerForRun(),
    keyResultsOfId: recentLookUp((id) => keyResultsByObjective.get(id) ?? NONE),
    objectiveOfId: recentLookUp((id) => objectivesById.get(id)),
    unitOfId: recentLookUp((id) => orgById?.get(id)),
  };
}

/**
 * A look-up that remembers the last keys asked: the rules of one subject run one after another
 * and ask about the same few things (an objective's title and its key results' titles, a key
 * result's objective and siblings), so only the first ask goes to the map. A whole plan is tens
 * of thousands of subjects times some thirty rules, and a string-keyed map costs more than a
 * few comparisons with keys just seen (V8 tells unequal strings apart by their hash).
 */
function recentLookUp<V>(look: (key: string) => V, size = 1): (key: string) => V {
  const keys: (string | undefined)[] = new Array<string | undefined>(size).fill(undefined);
  const values: V[] = new Array<V>(size);
  let next = 0;
  return (key) => {
    for (let i = 0; i < size; i++) if (keys[i] === key) return values[i]!;
    const value = look(key);
    keys[next] = key;
    values[next] = value;
    next = (next + 1) % size;
    return value;
  };
}

/**
 * readTitle, remembering the titles of one objective and its key results: the objective's rules
 * read its key results' titles, and a key result's read its objective's and its siblings'.
 */
function readerForRun(): CoachContext['read'] {
  const read = recentLookUp(readTitle, 8);
  return (title) => read(title ?? '');
}

const NONE: CoachKeyResult[] = [];
export const keyResultsOf = (ctx: CoachContext, o: CoachObjective): CoachKeyResult[] =>
  ctx.keyResultsOfId(o.id);

export const ownerUnitOf = (ctx: CoachContext, o: CoachObjective): CoachOrgUnit | undefined =>
  o.ownerId ? ctx.unitOfId(o.ownerId) : undefined;

/** The objective a key result belongs to, when it is in the run. */
export const objectiveOf = (ctx: CoachContext, kr: CoachKeyResult): CoachObjective | undefined =>
  ctx.objectiveOfId(kr.objectiveId);

export const ownerCountOf = (ctx: CoachContext, o: CoachObjective): number =>
  ctx.objectivesByOwner.get(o.ownerId ?? '')?.length ?? 0;

export const isNumericKind = (kind: CoachKeyResult['kind']): boolean =>
  kind === 'increase' || kind === 'decrease' || kind === 'stayAbove' || kind === 'stayBelow';

export const isFiniteNumber = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n);

/**
 * Progress of a key result from partial data (the shared rule, keyResultProgress), or null when
 * it cannot be known: no kind, or a number missing.
 */
export function progressOf(kr: CoachKeyResult): number | null {
  if (!kr.kind) return null;
  if (kr.kind === 'milestones')
    return keyResultProgress({
      kind: 'milestones',
      start: 0,
      target: 0,
      current: 0,
      milestones: kr.milestones ?? [],
    });
  if (!isFiniteNumber(kr.start) || !isFiniteNumber(kr.target)) return null;
  const current = isFiniteNumber(kr.current) ? kr.current : kr.start;
  return keyResultProgress({ kind: kr.kind, start: kr.start, target: kr.target, current });
}
