import { groupBy } from '../domain/collections';
import { byCheckInTime, valueSeries, type SeriesPoint } from '../domain/history';
import type { CheckIn, Cycle, KeyResult } from '../domain/model';

/** Indexing helpers for the review report's input rows. */

/** The most recently updated row per key; rows whose key is null are skipped. */
export const latestBy = <T extends { updatedAt: string }>(
  rows: readonly T[],
  key: (r: T) => string | null,
) => {
  const m = new Map<string, T>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const cur = m.get(k);
    if (!cur || cur.updatedAt < r.updatedAt) m.set(k, r);
  }
  return m;
};

/** Rows grouped by key, each group in input order. */
export const group = groupBy;

/** The live key results of the objectives in scope, by objective and in rank order. */
export function keyResultsInScope(
  keyResults: readonly KeyResult[],
  objectiveIds: ReadonlySet<string>,
): Map<string, KeyResult[]> {
  const byObjective = new Map<string, KeyResult[]>();
  for (const k of keyResults) {
    if (k.deletedAt || !objectiveIds.has(k.objectiveId)) continue;
    const list = byObjective.get(k.objectiveId);
    if (list) list.push(k);
    else byObjective.set(k.objectiveId, [k]);
  }
  // A stable sort of each group keeps equal ranks in input order, as one sort of them all did.
  for (const list of byObjective.values()) list.sort((a, b) => a.rank - b.rank);
  return byObjective;
}

/**
 * Each of the key results' value on each day it was checked in: `valueSeries` of its live
 * check-ins up to the cycle's end, in time order. Check-ins usually arrive in time order, so
 * the days are built in one pass over the table; a key result whose check-ins do not is sorted
 * and redone.
 */
export function dayValues(
  cycle: Pick<Cycle, 'end'>,
  keyResultIds: Iterable<string>,
  checkIns: readonly CheckIn[],
): Map<string, SeriesPoint[]> {
  const tracks = new Map<string, { last: CheckIn | null; days: SeriesPoint[] }>();
  for (const id of keyResultIds) tracks.set(id, { last: null, days: [] });
  const live = (c: CheckIn) => !c.deletedAt && c.at <= cycle.end;
  const unordered = new Set<string>();
  for (const c of checkIns) {
    const t = tracks.get(c.keyResultId);
    if (!t || !live(c)) continue;
    if (t.last && byCheckInTime(t.last, c) > 0) unordered.add(c.keyResultId);
    t.last = c;
    // valueSeries, one check-in at a time: a day's last check-in gives its value.
    const last = t.days[t.days.length - 1];
    if (last && last.at === c.at) last.value = c.value;
    else t.days.push({ at: c.at, value: c.value });
  }
  const days = new Map<string, SeriesPoint[]>();
  for (const [id, t] of tracks) days.set(id, t.days);
  if (unordered.size) {
    const rows = groupBy(
      checkIns.filter((c) => unordered.has(c.keyResultId) && live(c)),
      (c) => c.keyResultId,
    );
    for (const [id, list] of rows) days.set(id, valueSeries(list.sort(byCheckInTime)));
  }
  return days;
}
