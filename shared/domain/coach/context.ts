import { keyResultProgress } from '../progress';
import { readTitle, type TitleReading } from './language/reading';
import { dayOf, indexRun, type RunIndex } from './runIndex';
import type {
  AlignmentTarget,
  CoachCycle,
  CoachInput,
  CoachKeyResult,
  CoachObjective,
  CoachOrgUnit,
} from './types';

export { dayOf, MAX_OBJECTIVES } from './runIndex';

export const hasDates = (c: CoachCycle | null): boolean =>
  !!c && Number.isFinite(dayOf(c.start)) && Number.isFinite(dayOf(c.end)) && c.start! <= c.end!;

/**
 * What every rule reads, built once per run. A whole plan is tens of thousands of subjects times
 * some thirty rules, so what rules ask about one subject is kept by its place in the input
 * (arrays, not maps keyed by id): the engine says which subject runs now (`at`), and the helpers
 * below find its facts there, falling back to a look-up by id for anything else.
 */
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
  /** The org by id; null when the org is not known. */
  orgById: ReadonlyMap<string, CoachOrgUnit> | null;
  scored: ReadonlySet<string>;
  /** The highest org level (company 0 … person 3) that owns an objective in the cycle. */
  topLevel: number;
  alignmentTargets: ReadonlyMap<string, AlignmentTarget>;
  /** How a title reads (tagged once per distinct title, see language/reading). */
  read: (title: string | undefined) => TitleReading;
  /** An org unit by id, remembering the last asked. */
  unitOfId: (unitId: string) => CoachOrgUnit | undefined;
  /** The places in the input of the subjects whose rules run now; -1 when not known. */
  at: { objective: number; keyResult: number };
  run: RunIndex;
}

/** Items by id, built with a loop: a map of pairs would allocate one array per item first. */
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
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
  const orgById = input.orgUnits ? byId(input.orgUnits) : null;
  const { topLevel, ...run } = indexRun(input, orgById, tracking);
  return {
    input,
    cycle,
    today,
    start,
    end,
    elapsed,
    tracking,
    from: dayOf(input.checkInsFrom),
    orgById,
    scored: new Set((input.scores ?? []).map((s) => s.keyResultId)),
    topLevel,
    alignmentTargets: byId(input.alignmentTargets ?? []),
    read: readerForRun(),
    unitOfId: recentLookUp((id) => orgById?.get(id)),
    at: { objective: -1, keyResult: -1 },
    run,
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

/** The subject's own place: the one whose rules run now, else found by its id (-1 if not this one). */
function ownPlace<T extends { id: string }>(
  list: readonly T[],
  now: number,
  placeOfId: ReadonlyMap<string, number>,
  x: T,
): number {
  if (list[now] === x) return now;
  const i = placeOfId.get(x.id);
  return i !== undefined && list[i] === x ? i : -1;
}

/** The place of the subject's id: where facts kept by id are (its own place unless ids repeat). */
function idPlace<T extends { id: string }>(
  list: readonly T[],
  now: number,
  placeOfId: ReadonlyMap<string, number>,
  repeated: boolean,
  x: T,
): number {
  if (!repeated && list[now] === x) return now;
  return placeOfId.get(x.id) ?? -1;
}

const placeOfObjective = ({ run, at }: CoachContext, o: CoachObjective) =>
  ownPlace(run.objectives, at.objective, run.objectiveAt, o);
const placeOfObjectiveId = ({ run, at }: CoachContext, o: CoachObjective) =>
  idPlace(run.objectives, at.objective, run.objectiveAt, run.repeatedObjectives, o);
const placeOfKeyResult = ({ run, at }: CoachContext, kr: CoachKeyResult) =>
  ownPlace(run.keyResults, at.keyResult, run.keyResultAt, kr);
const placeOfKeyResultId = ({ run, at }: CoachContext, kr: CoachKeyResult) =>
  idPlace(run.keyResults, at.keyResult, run.keyResultAt, run.repeatedKeyResults, kr);

/** The key results of the objective with this id, in input order. */
export function keyResultsOfId(ctx: CoachContext, objectiveId: string): CoachKeyResult[] {
  const i = ctx.run.objectiveAt.get(objectiveId);
  if (i !== undefined) return ctx.run.keyResultsOf[i]!;
  return ctx.run.keyResults.filter((k) => k.objectiveId === objectiveId);
}

export const keyResultsOf = (ctx: CoachContext, o: CoachObjective): CoachKeyResult[] => {
  const i = placeOfObjectiveId(ctx, o);
  return i < 0 ? keyResultsOfId(ctx, o.id) : ctx.run.keyResultsOf[i]!;
};

export const ownerUnitOf = (ctx: CoachContext, o: CoachObjective): CoachOrgUnit | undefined => {
  if (!o.ownerId) return undefined;
  const i = placeOfObjective(ctx, o);
  return i < 0 ? ctx.unitOfId(o.ownerId) : ctx.run.ownerUnit[i];
};

/** An objective of the run by id (the last one, if an id repeats). */
export const objectiveById = (ctx: CoachContext, id: string): CoachObjective | undefined => {
  const i = ctx.run.objectiveAt.get(id);
  return i === undefined ? undefined : ctx.run.objectives[i];
};

export const keyResultById = (ctx: CoachContext, id: string): CoachKeyResult | undefined => {
  const j = ctx.run.keyResultAt.get(id);
  return j === undefined ? undefined : ctx.run.keyResults[j];
};

/** The objective a key result belongs to, when it is in the run. */
export const objectiveOf = (ctx: CoachContext, kr: CoachKeyResult): CoachObjective | undefined => {
  const j = placeOfKeyResult(ctx, kr);
  if (j < 0) return objectiveById(ctx, kr.objectiveId);
  const i = ctx.run.objectiveOfKeyResult[j]!;
  return i < 0 ? undefined : ctx.run.objectives[i];
};

export const ownerCountOf = (ctx: CoachContext, o: CoachObjective): number => {
  const i = placeOfObjective(ctx, o);
  return i < 0 ? (ctx.run.placesByOwner.get(o.ownerId ?? '')?.length ?? 0) : ctx.run.ownerCount[i]!;
};

/** Place by rank (1 = first) of an objective whose owner has more than MAX_OBJECTIVES, else 0. */
export const placeByRankOf = (ctx: CoachContext, o: CoachObjective): number => {
  const i = placeOfObjectiveId(ctx, o);
  return i < 0 ? 0 : ctx.run.placeByRank[i]!;
};

/** Whether the objective shares its rank with another of the same owner. */
export const isTied = (ctx: CoachContext, o: CoachObjective): boolean => {
  const i = placeOfObjectiveId(ctx, o);
  return i >= 0 && ctx.run.tied[i] === 1;
};

/** The day number of a key result's latest check-in; NaN for none (or when not tracking). */
export const lastCheckInOf = (ctx: CoachContext, kr: CoachKeyResult): number => {
  const j = placeOfKeyResultId(ctx, kr);
  return j < 0 ? NaN : ctx.run.lastCheckIn[j]!;
};

/** How many of the run's key results have a check-in. */
export const checkedInCount = (ctx: CoachContext): number => ctx.run.checkedIn;

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
