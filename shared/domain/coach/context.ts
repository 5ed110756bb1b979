import { ORG_LEVEL } from '../org';
import { hasQuantity, leadingTaskVerb, quantitiesIn, vagueResultWord, vaguenessOf } from './text';
import type { CoachCycle, CoachInput, CoachKeyResult, CoachObjective, CoachOrgUnit } from './types';

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
  keyResultsByObjective: Map<string, CoachKeyResult[]>;
  orgById: Map<string, CoachOrgUnit> | null;
  /** How many objectives each owner has in the cycle (missing owner: ''). */
  ownerCount: Map<string, number>;
  /** Objectives sharing their rank with another of the same owner. */
  tied: Set<string>;
  /** Place by rank, for objectives of owners with more than MAX_OBJECTIVES only. */
  position: Map<string, number>;
  /** The latest check-in date (yyyy-MM-dd) of each key result. */
  lastCheckIn: Map<string, string>;
  scored: Set<string>;
  /** The highest org level (company 0 … person 3) that owns an objective in the cycle. */
  topLevel: number;
  /** Title readers (one place to memoise them, should titles ever get expensive to read). */
  text: typeof TEXT;
}

const EMPTY: CoachKeyResult[] = [];

const TEXT = {
  quantities: quantitiesIn,
  hasQuantity,
  taskVerb: leadingTaskVerb,
  vagueWord: vagueResultWord,
  vagueness: vaguenessOf,
};

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** More objectives than this for one owner in a cycle is too many ("Focus on important goals"). */
export const MAX_OBJECTIVES = 5;

/**
 * Per owner: how many objectives, which ones share a rank, and — only for owners with too
 * many — each one's place by rank. Sorting only those groups keeps the common case linear.
 */
function ownerIndexes(objectives: readonly CoachObjective[]) {
  const ownerCount = new Map<string, number>();
  const rankSeen = new Map<string, string>();
  const tied = new Set<string>();
  for (const o of objectives) {
    const owner = o.ownerId ?? '';
    ownerCount.set(owner, (ownerCount.get(owner) ?? 0) + 1);
    if (!o.rank) continue;
    const key = `${owner}\u0000${o.rank}`;
    const first = rankSeen.get(key);
    if (first === undefined) rankSeen.set(key, o.id);
    else tied.add(first).add(o.id);
  }
  const crowded = new Map<string, CoachObjective[]>();
  for (const o of objectives) {
    const owner = o.ownerId ?? '';
    if ((ownerCount.get(owner) ?? 0) <= MAX_OBJECTIVES) continue;
    const list = crowded.get(owner);
    if (list) list.push(o);
    else crowded.set(owner, [o]);
  }
  const position = new Map<string, number>();
  for (const list of crowded.values()) {
    list.sort(
      (a, b) =>
        (a.rank || Infinity) - (b.rank || Infinity) ||
        cmp(a.createdAt ?? '', b.createdAt ?? '') ||
        cmp(a.id, b.id),
    );
    list.forEach((o, i) => position.set(o.id, i + 1));
  }
  return { ownerCount, tied, position };
}

export function buildContext(input: CoachInput): CoachContext {
  const keyResults = input.keyResults ?? [];
  const keyResultsByObjective = new Map<string, CoachKeyResult[]>();
  for (const kr of keyResults) {
    const list = keyResultsByObjective.get(kr.objectiveId);
    if (list) list.push(kr);
    else keyResultsByObjective.set(kr.objectiveId, [kr]);
  }
  const orgById = input.orgUnits ? new Map(input.orgUnits.map((u) => [u.id, u])) : null;
  // ISO dates order as strings: compare them as they are, parse only the winners later.
  const lastCheckIn = new Map<string, string>();
  for (const c of input.checkIns ?? []) {
    const seen = lastCheckIn.get(c.keyResultId);
    if (seen === undefined || c.at > seen) lastCheckIn.set(c.keyResultId, c.at);
  }
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
  return {
    input,
    cycle,
    today,
    elapsed,
    start,
    end,
    keyResultsByObjective,
    orgById,
    ...ownerIndexes(input.objectives),
    lastCheckIn,
    scored: new Set((input.scores ?? []).map((s) => s.keyResultId)),
    topLevel,
    text: TEXT,
  };
}

export const keyResultsOf = (ctx: CoachContext, objectiveId: string): CoachKeyResult[] =>
  ctx.keyResultsByObjective.get(objectiveId) ?? EMPTY;

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
