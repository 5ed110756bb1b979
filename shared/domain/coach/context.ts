import { ORG_LEVEL } from '../org';
import { checkInRuns, groupRuns, latestById, objectiveRuns, ownerIndexes } from './indexes';
import { lineUp, once, perRecord } from './perRecord';
import {
  hasQuantity,
  leadingTaskVerb,
  quantitiesIn,
  rememberLast,
  vagueResultWord,
  vaguenessOf,
} from './text';
import type { CoachCycle, CoachInput, CoachKeyResult, CoachObjective, CoachOrgUnit } from './types';

export { MAX_OBJECTIVES } from './indexes';

/** Day number of a yyyy-MM-dd date (NaN when it is not one). Cheaper than parsing a Date per row. */
export function dayNumber(iso: string | null | undefined): number {
  if (
    typeof iso !== 'string' ||
    iso.length < 10 ||
    iso.charCodeAt(4) !== 45 ||
    iso.charCodeAt(7) !== 45
  )
    return NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) y = y * 10 + digit(iso, i);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

export const hasDates = (c: CoachCycle | null): boolean =>
  !!c &&
  Number.isFinite(dayNumber(c.start)) &&
  Number.isFinite(dayNumber(c.end)) &&
  dayNumber(c.start) <= dayNumber(c.end);

/** The indexes every rule reads, built once per run so no rule scans the whole cycle. */
export interface CoachContext {
  input: CoachInput;
  cycle: CoachCycle | null;
  today: number;
  /** Share of the cycle elapsed today, 0–1; null without dates. */
  elapsed: number | null;
  /** The cycle's first and last day numbers; NaN without valid dates. */
  start: number;
  end: number;
  /** Each objective's key results, in input order (read the objectives in order: see perRecord). */
  keyResultsOf: (objective: CoachObjective) => CoachKeyResult[];
  /** Key results by objective id, including those of objectives not in the input. */
  keyResultsByObjective: () => ReadonlyMap<string, CoachKeyResult[]>;
  orgById: Map<string, CoachOrgUnit> | null;
  /** Each owner's objectives in the cycle, in input order (missing owner: ''). */
  byOwner: Map<string, CoachObjective[]>;
  /** Objectives sharing their rank with another of the same owner. */
  tied: Set<string>;
  /** Place by rank, for objectives of owners with more than MAX_OBJECTIVES only. */
  position: Map<string, number>;
  /** Whether check-ins are due at all: an active cycle with dates, and a known today. */
  tracking: boolean;
  /** The latest check-in date (yyyy-MM-dd) of a key result; known only when `tracking`. */
  lastCheckIn: (keyResult: CoachKeyResult) => string | undefined;
  /** The day check-ins were loaded from (`checkInsFrom`); NaN when all were loaded. */
  from: number;
  scored: Set<string>;
  /** The highest org level (company 0 … person 3) that owns an objective in the cycle. */
  topLevel: number;
  /** Title readers, fresh for each run. */
  text: ReturnType<typeof titleReaders>;
}

const EMPTY: CoachKeyResult[] = [];

/**
 * Title readers for one run. Two rules read each key result's title for a quantity and for a
 * task verb, one after the other: each reader remembers its last answer, so the second is free.
 */
const titleReaders = () => ({
  quantities: quantitiesIn,
  hasQuantity: rememberLast(hasQuantity),
  taskVerb: rememberLast(leadingTaskVerb),
  vagueWord: vagueResultWord,
  vagueness: vaguenessOf,
});

function lastCheckInReader(
  keyResults: readonly CoachKeyResult[],
  checkIns: NonNullable<CoachInput['checkIns']>,
): CoachContext['lastCheckIn'] {
  const runs = checkInRuns(checkIns);
  return perRecord(
    keyResults,
    lineUp(keyResults, runs, undefined),
    () => latestById(runs),
    undefined,
  );
}

export function buildContext(input: CoachInput): CoachContext {
  const keyResults = input.keyResults ?? [];
  const keyResultsByObjective = once(() => groupRuns(keyResults, (kr) => kr.objectiveId));
  const objectives = input.objectives;
  const keyResultsOf = perRecord(
    objectives,
    lineUp(objectives, objectiveRuns(keyResults), EMPTY),
    keyResultsByObjective,
    EMPTY,
  );
  const orgById = input.orgUnits ? new Map(input.orgUnits.map((u) => [u.id, u])) : null;
  let topLevel = 4;
  if (orgById)
    for (const o of input.objectives) {
      const u = o.ownerId ? orgById.get(o.ownerId) : undefined;
      if (u) topLevel = Math.min(topLevel, ORG_LEVEL[u.kind]);
    }
  const today = dayNumber(input.today);
  const cycle = input.cycle;
  let elapsed: number | null = null;
  const dated = hasDates(cycle);
  const start = dated ? dayNumber(cycle!.start) : NaN;
  const end = dated ? dayNumber(cycle!.end) : NaN;
  if (dated && Number.isFinite(today))
    elapsed = Math.min(1, Math.max(0, (today - start + 1) / (end - start + 1)));
  const tracking = cycle?.state === 'active' && Number.isFinite(start) && Number.isFinite(today);
  return {
    input,
    cycle,
    today,
    elapsed,
    start,
    end,
    keyResultsOf,
    keyResultsByObjective,
    orgById,
    ...ownerIndexes(input.objectives),
    tracking,
    lastCheckIn: tracking ? lastCheckInReader(keyResults, input.checkIns ?? []) : () => undefined,
    from: dayNumber(input.checkInsFrom),
    scored: new Set((input.scores ?? []).map((s) => s.keyResultId)),
    topLevel,
    text: titleReaders(),
  };
}

export const keyResultsOf = (ctx: CoachContext, objective: CoachObjective): CoachKeyResult[] =>
  ctx.keyResultsOf(objective);

/** How many objectives an owner has in the cycle. */
export const ownerCount = (ctx: CoachContext, ownerId: string | null | undefined): number =>
  ctx.byOwner.get(ownerId ?? '')?.length ?? 0;

export const isNumericKind = (kind: CoachKeyResult['kind']): boolean =>
  kind === 'increase' || kind === 'decrease' || kind === 'stayAbove' || kind === 'stayBelow';

export const isFiniteNumber = (n: unknown): n is number =>
  typeof n === 'number' && Number.isFinite(n);

/** Progress of a key result from partial data, or null when it cannot be known. */
export function progressOf(kr: CoachKeyResult): number | null {
  if (!kr.kind) return null;
  if (kr.kind === 'milestones') {
    const ms = kr.milestones ?? [];
    return ms.length ? ms.filter((m) => m.done).length / ms.length : 0;
  }
  if (!isFiniteNumber(kr.start) || !isFiniteNumber(kr.target)) return null;
  const current = isFiniteNumber(kr.current) ? kr.current : kr.start;
  // Same rules as keyResultProgress, inlined: this runs for every key result of a large cycle.
  switch (kr.kind) {
    case 'increase':
    case 'decrease':
      if (kr.target === kr.start) return current === kr.target ? 1 : 0;
      return Math.min(1, Math.max(0, (current - kr.start) / (kr.target - kr.start)));
    case 'stayAbove':
      return current >= kr.target ? 1 : 0;
    case 'stayBelow':
      return current <= kr.target ? 1 : 0;
    case 'binary':
      return current >= 1 ? 1 : 0;
  }
}
