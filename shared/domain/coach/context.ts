import { dayNumber } from './days';
import {
  checkInRuns,
  dayOf,
  groupRuns,
  keyResultPass,
  latestById,
  type CheckInRuns,
} from './indexes';
import { ownerIndexes } from './owners';
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

export { MAX_OBJECTIVES } from './owners';

export { dayNumber };

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
  /**
   * The place (index among the objectives) of each key result's objective, when the key results
   * came grouped in the objectives' order; null otherwise.
   */
  objectivePlaces: () => Int32Array | null;
  /** Key results by objective id, including those of objectives not in the input. */
  keyResultsByObjective: () => ReadonlyMap<string, CoachKeyResult[]>;
  orgById: Map<string, CoachOrgUnit> | null;
  /** The org unit of an id, if the org is known and has it. */
  unitOf: (id: string) => CoachOrgUnit | undefined;
  /** The org unit of the objective's owner, if it has one the org knows. */
  ownerUnitOf: (objective: CoachObjective) => CoachOrgUnit | undefined;
  /** How many objectives the objective's owner has in the cycle (those without one count together). */
  ownerCountOf: (objective: CoachObjective) => number;
  /** Whether the objective shares its rank with another of the same owner. */
  isTied: (objective: CoachObjective) => boolean;
  /** Place by rank, for objectives of owners with more than MAX_OBJECTIVES only. */
  positionOf: (objective: CoachObjective) => number | undefined;
  /** Whether check-ins are due at all: an active cycle with dates, and a known today. */
  tracking: boolean;
  /** The day number of a key result's latest check-in; known only when `tracking`. */
  lastCheckInDay: (keyResult: CoachKeyResult) => number | undefined;
  /** The day check-ins were loaded from (`checkInsFrom`); NaN when all were loaded. */
  from: number;
  scored: Set<string>;
  /** The highest org level (company 0 … person 3) that owns an objective in the cycle. */
  topLevel: number;
  /** Title readers, fresh for each run. */
  text: ReturnType<typeof titleReaders>;
}

const EMPTY: CoachKeyResult[] = [];

interface Titled {
  title?: string;
}

/**
 * Title readers for one run. Two rules read each key result's title for a quantity and for a
 * task verb, one after the other: each reader remembers its last answer, so the second is free.
 */
const titleReaders = () => ({
  quantities: quantitiesIn,
  /** Whether the record's title names a quantity. */
  hasQuantity: rememberLast((r: Titled) => hasQuantity(r.title ?? '')),
  /** The task verb the record's title starts with, if any. */
  taskVerb: rememberLast((r: Titled) => leadingTaskVerb(r.title ?? '')),
  vagueWord: vagueResultWord,
  vagueness: vaguenessOf,
});

/** Each key result's latest check-in day: lined up in keyResultPass, else by id from the runs. */
function lastCheckInReader(
  keyResults: readonly CoachKeyResult[],
  runs: CheckInRuns,
  lined: (number | undefined)[] | null,
): CoachContext['lastCheckInDay'] {
  const byId = () => {
    const days = new Map<string, number | undefined>();
    for (const [id, at] of latestById(runs)) days.set(id, dayOf(at));
    return days;
  };
  return perRecord(keyResults, lined, byId, undefined);
}

/** Lined-up runs cover the key results in order, one objective after another. */
function placesOf(lined: readonly CoachKeyResult[][], count: number): Int32Array {
  const places = new Int32Array(count);
  let k = 0;
  lined.forEach((list, place) => places.fill(place, k, (k += list.length)));
  return places;
}

/** Readers of ownerIndexes, by objective (read in input order: see perRecord). */
function ownerReaders(
  objectives: readonly CoachObjective[],
  orgById: ReadonlyMap<string, CoachOrgUnit> | null,
) {
  const { unit, count, tied, position, topLevel } = ownerIndexes(objectives, orgById);
  const reader = <V>(values: V[], none: V) =>
    perRecord(
      objectives,
      values,
      () => new Map(objectives.map((o, i) => [o.id, values[i]!])),
      none,
    );
  return {
    topLevel,
    ownerUnitOf: reader(unit, undefined),
    ownerCountOf: reader(count, 0),
    isTied: reader(tied, false),
    positionOf: reader(position, undefined),
  };
}

export function buildContext(input: CoachInput): CoachContext {
  const today = dayNumber(input.today);
  const cycle = input.cycle;
  let elapsed: number | null = null;
  const dated = hasDates(cycle);
  const start = dated ? dayNumber(cycle!.start) : NaN;
  const end = dated ? dayNumber(cycle!.end) : NaN;
  if (dated && Number.isFinite(today))
    elapsed = Math.min(1, Math.max(0, (today - start + 1) / (end - start + 1)));
  const tracking = cycle?.state === 'active' && Number.isFinite(start) && Number.isFinite(today);

  const keyResults = input.keyResults ?? [];
  const objectives = input.objectives;
  const checkIns = tracking ? checkInRuns(input.checkIns ?? []) : null;
  const pass = keyResultPass(keyResults, checkIns);
  const keyResultsByObjective = once(() => groupRuns(keyResults, (kr) => kr.objectiveId));
  const lined = lineUp(objectives, pass.byObjective, EMPTY);
  const keyResultsOf = perRecord(objectives, lined, keyResultsByObjective, EMPTY);
  let orgById: Map<string, CoachOrgUnit> | null = null;
  if (input.orgUnits) {
    orgById = new Map();
    for (const u of input.orgUnits) orgById.set(u.id, u);
  }
  return {
    input,
    cycle,
    today,
    elapsed,
    start,
    end,
    keyResultsOf,
    objectivePlaces: once(() => lined && placesOf(lined, keyResults.length)),
    keyResultsByObjective,
    orgById,
    unitOf: orgById ? (id) => orgById.get(id) : () => undefined,
    ...ownerReaders(objectives, orgById),
    tracking,
    lastCheckInDay: checkIns
      ? lastCheckInReader(keyResults, checkIns, pass.lastDays)
      : () => undefined,
    from: dayNumber(input.checkInsFrom),
    scored: new Set((input.scores ?? []).map((s) => s.keyResultId)),
    text: titleReaders(),
  };
}

export const keyResultsOf = (ctx: CoachContext, objective: CoachObjective): CoachKeyResult[] =>
  ctx.keyResultsOf(objective);

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
