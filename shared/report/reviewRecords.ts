import { groupBy } from '../domain/collections';
import { byCheckInTime, valueSeries, type SeriesPoint } from '../domain/history';
import type { CheckIn, KeyResult } from '../domain/model';
import type { ReviewReportInput } from './reviewTypes';

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

/**
 * The live key results of the objectives in scope, by objective and in rank order, and each
 * one's value on each day it was checked in: `valueSeries` of its live check-ins up to the
 * cycle's end in time order. Check-ins usually arrive in time order, so the days are built in
 * one pass over the table; a key result whose check-ins do not is sorted and redone.
 */
export function indexKeyResults(
  input: Pick<ReviewReportInput, 'cycle' | 'keyResults' | 'checkIns'>,
  objectiveIds: ReadonlySet<string>,
): { krsByObjective: Map<string, KeyResult[]>; daysByKr: Map<string, SeriesPoint[]> } {
  const krsByObjective = new Map<string, KeyResult[]>();
  const tracks = new Map<string, { last: CheckIn | null; days: SeriesPoint[] }>();
  for (const k of input.keyResults) {
    if (k.deletedAt || !objectiveIds.has(k.objectiveId)) continue;
    const list = krsByObjective.get(k.objectiveId);
    if (list) list.push(k);
    else krsByObjective.set(k.objectiveId, [k]);
    tracks.set(k.id, { last: null, days: [] });
  }
  // A stable sort of each group keeps equal ranks in input order, as one sort of them all did.
  for (const list of krsByObjective.values()) list.sort((a, b) => a.rank - b.rank);

  const live = (c: CheckIn) => !c.deletedAt && c.at <= input.cycle.end;
  const unordered = new Set<string>();
  for (const c of input.checkIns) {
    const t = tracks.get(c.keyResultId);
    if (!t || !live(c)) continue;
    if (t.last && byCheckInTime(t.last, c) > 0) unordered.add(c.keyResultId);
    t.last = c;
    // valueSeries, one check-in at a time: a day's last check-in gives its value.
    const last = t.days[t.days.length - 1];
    if (last && last.at === c.at) last.value = c.value;
    else t.days.push({ at: c.at, value: c.value });
  }
  const daysByKr = new Map<string, SeriesPoint[]>();
  for (const [id, t] of tracks) daysByKr.set(id, t.days);
  if (unordered.size) {
    const rows = groupBy(
      input.checkIns.filter((c) => unordered.has(c.keyResultId) && live(c)),
      (c) => c.keyResultId,
    );
    for (const [id, list] of rows) daysByKr.set(id, valueSeries(list.sort(byCheckInTime)));
  }
  return { krsByObjective, daysByKr };
}
