import type { CheckIn, Cycle, KeyResult } from './model';
import { keyResultProgress, objectiveProgress, type ProgressInput } from './progress';

/**
 * Progress at any past date, recomputed from the append-only check-in history. A key result's
 * value on a day is its latest check-in on or before that day, or its start value before any.
 */

export type HistoryCheckIn = Pick<CheckIn, 'at' | 'value' | 'confidence' | 'createdAt'> & {
  deletedAt?: string | null;
};

/**
 * Days since 1970 of a yyyy-mm-dd date, in UTC: calendar-day arithmetic without time zones
 * and cheap enough to run over every check-in of a department.
 */
export const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
  86_400_000;

/** Date order; check-ins of the same day in the order they were made. */
export const byCheckInTime = (a: HistoryCheckIn, b: HistoryCheckIn): number =>
  a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt);

/** Live check-ins in time order (the input may come in any order, with deleted rows). */
export const sortCheckIns = <T extends HistoryCheckIn>(rows: readonly T[]): T[] =>
  rows.filter((c) => !c.deletedAt).sort(byCheckInTime);

/** The check-in in force on `date`: the latest on or before it. Expects time order. */
export function checkInAt<T extends HistoryCheckIn>(
  sorted: readonly T[],
  date: string,
): T | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.at <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

export type HistoryKeyResult = Pick<KeyResult, 'kind' | 'start' | 'target' | 'milestones'>;

/** The value of a key result on `date`; its start value before the first check-in. */
export const valueAt = (
  kr: HistoryKeyResult,
  sorted: readonly HistoryCheckIn[],
  date: string,
): number => checkInAt(sorted, date)?.value ?? (kr.kind === 'milestones' ? 0 : kr.start);

/** The latest confidence given on or before `date` (a check-in without one keeps the last). */
export function confidenceAt(sorted: readonly HistoryCheckIn[], date: string): number | null {
  for (let i = sorted.length - 1; i >= 0; i--) {
    const c = sorted[i]!;
    if (c.at <= date && c.confidence !== null) return c.confidence;
  }
  return null;
}

/**
 * The key result as it stood on `date`, ready for the progress and status rules. Milestones
 * count as done up to the recorded value, since history keeps how many, not which.
 */
export function keyResultAt<K extends HistoryKeyResult>(
  kr: K,
  sorted: readonly HistoryCheckIn[],
  date: string,
): K & { current: number; confidence: number | null } {
  const current = valueAt(kr, sorted, date);
  const milestones =
    kr.kind === 'milestones'
      ? kr.milestones.map((m, i) => ({ ...m, done: i < current }))
      : kr.milestones;
  return { ...kr, current, confidence: confidenceAt(sorted, date), milestones };
}

export const progressAt = (
  kr: HistoryKeyResult,
  sorted: readonly HistoryCheckIn[],
  date: string,
): number => keyResultProgress(keyResultAt(kr, sorted, date) as ProgressInput);

export interface SeriesPoint {
  at: string;
  value: number;
}

/** One point a day (the day's last check-in), in date order: what a chart draws. */
export function valueSeries(sorted: readonly HistoryCheckIn[]): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.at === c.at) last.value = c.value;
    else out.push({ at: c.at, value: c.value });
  }
  return out;
}

/**
 * Where the value should be by time elapsed: a straight line from the start value on the
 * cycle's first day to the target on its last day (or the key result's due date). Hold kinds
 * (stay above / below) have no path, only a level to keep; done/not done has neither.
 */
export function expectedLine(
  kr: Pick<KeyResult, 'kind' | 'start' | 'target' | 'dueDate'>,
  cycle: Pick<Cycle, 'start' | 'end'>,
): { from: SeriesPoint; to: SeriesPoint } | null {
  if (kr.kind !== 'increase' && kr.kind !== 'decrease' && kr.kind !== 'milestones') return null;
  const end =
    kr.dueDate && kr.dueDate >= cycle.start && kr.dueDate <= cycle.end ? kr.dueDate : cycle.end;
  return {
    from: { at: cycle.start, value: kr.kind === 'milestones' ? 0 : kr.start },
    to: { at: end, value: kr.target },
  };
}

export type ObjectiveHistoryKr = HistoryKeyResult & Pick<KeyResult, 'id' | 'weight'>;

/** An objective's progress (0–1) on `date`, from each key result's value on that date. */
export function objectiveProgressAt(
  krs: readonly ObjectiveHistoryKr[],
  historyByKr: ReadonlyMap<string, readonly HistoryCheckIn[]>,
  date: string,
): number {
  return objectiveProgress(
    krs.map((kr) => ({
      ...keyResultAt(kr, historyByKr.get(kr.id) ?? [], date),
      weight: kr.weight,
    })),
  );
}

/**
 * An objective's progress over time: one point on the cycle's first day, and one on each day
 * any of its key results was checked in (up to `until`), so the line steps where values moved.
 */
export function objectiveProgressSeries(
  krs: readonly ObjectiveHistoryKr[],
  historyByKr: ReadonlyMap<string, readonly HistoryCheckIn[]>,
  cycle: Pick<Cycle, 'start'>,
  until: string,
): SeriesPoint[] {
  const days = new Set<string>([cycle.start]);
  for (const kr of krs)
    for (const c of historyByKr.get(kr.id) ?? [])
      if (c.at >= cycle.start && c.at <= until) days.add(c.at);
  return [...days].sort().map((at) => ({ at, value: objectiveProgressAt(krs, historyByKr, at) }));
}
