import { groupBy } from '../domain/collections';

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
