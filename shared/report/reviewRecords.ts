import { groupBy } from '../domain/collections';
import { byCheckInTime } from '../domain/history';
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
 * The live key results of the objectives in scope, by objective and in rank order, and the
 * history of each of them: live check-ins up to the cycle's end, in time order. One pass over
 * each table; check-ins of key results out of scope are never looked at twice.
 */
export function indexKeyResults(
  input: Pick<ReviewReportInput, 'cycle' | 'keyResults' | 'checkIns'>,
  objectiveIds: ReadonlySet<string>,
): { krsByObjective: Map<string, KeyResult[]>; historyByKr: Map<string, CheckIn[]> } {
  const krsByObjective = new Map<string, KeyResult[]>();
  const historyByKr = new Map<string, CheckIn[]>();
  for (const k of input.keyResults) {
    if (k.deletedAt || !objectiveIds.has(k.objectiveId)) continue;
    const list = krsByObjective.get(k.objectiveId);
    if (list) list.push(k);
    else krsByObjective.set(k.objectiveId, [k]);
    historyByKr.set(k.id, []);
  }
  // A stable sort of each group keeps equal ranks in input order, as one sort of them all did.
  for (const list of krsByObjective.values()) list.sort((a, b) => a.rank - b.rank);
  const end = input.cycle.end;
  for (const c of input.checkIns)
    if (!c.deletedAt && c.at <= end) historyByKr.get(c.keyResultId)?.push(c);
  for (const list of historyByKr.values()) list.sort(byCheckInTime);
  return { krsByObjective, historyByKr };
}
