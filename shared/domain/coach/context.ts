import { keyResultProgress } from '../progress';
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
  /** Per objective: its place among its owner's objectives by rank, and how many there are. */
  ownerPlace: Map<string, { position: number; count: number; tied: boolean }>;
  lastCheckIn: Map<string, number>;
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

function byOwnerPlaces(objectives: readonly CoachObjective[]): CoachContext['ownerPlace'] {
  const groups = new Map<string, CoachObjective[]>();
  for (const o of objectives) {
    const k = o.ownerId ?? '';
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  const out: CoachContext['ownerPlace'] = new Map();
  for (const list of groups.values()) {
    const rankCount = new Map<number, number>();
    for (const o of list) if (o.rank) rankCount.set(o.rank, (rankCount.get(o.rank) ?? 0) + 1);
    list.sort(
      (a, b) =>
        (a.rank || Infinity) - (b.rank || Infinity) ||
        cmp(a.createdAt ?? '', b.createdAt ?? '') ||
        cmp(a.id, b.id),
    );
    list.forEach((o, i) =>
      out.set(o.id, {
        position: i + 1,
        count: list.length,
        tied: !!o.rank && (rankCount.get(o.rank) ?? 0) > 1,
      }),
    );
  }
  return out;
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
  const lastCheckIn = new Map<string, number>();
  for (const c of input.checkIns ?? []) {
    const d = dayNumber(c.at);
    if (d > (lastCheckIn.get(c.keyResultId) ?? -Infinity)) lastCheckIn.set(c.keyResultId, d);
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
    ownerPlace: byOwnerPlaces(input.objectives),
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
  if (kr.kind === 'milestones')
    return keyResultProgress({
      kind: kr.kind,
      start: 0,
      target: 0,
      current: 0,
      milestones: kr.milestones ? [...kr.milestones] : [],
    });
  if (!isFiniteNumber(kr.start) || !isFiniteNumber(kr.target)) return null;
  const current = isFiniteNumber(kr.current) ? kr.current : kr.start;
  return keyResultProgress({ kind: kr.kind, start: kr.start, target: kr.target, current });
}
