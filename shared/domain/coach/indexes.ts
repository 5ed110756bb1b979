import type { CoachInput, CoachObjective } from './types';

/**
 * The per-run indexes that need more than one pass: objectives by owner, and the latest
 * check-in of each key result. The coach builds them once per run over tens of thousands of
 * records, so they avoid per-record allocations (no composite string keys, no sorting of
 * check-ins).
 */

/** More objectives than this for one owner in a cycle is too many ("Focus on important goals"). */
export const MAX_OBJECTIVES = 5;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Above this many objectives for one owner, ties are found with a map rather than pairwise. */
const PAIRWISE_TIES = 16;

/** Adds to `tied` the objectives of one owner that share their rank (0 or none: unranked). */
function addTies(list: readonly CoachObjective[], tied: Set<string>): void {
  if (list.length <= PAIRWISE_TIES) {
    for (let i = 1; i < list.length; i++) {
      const rank = list[i]!.rank;
      if (!rank) continue;
      for (let j = 0; j < i; j++)
        if (list[j]!.rank === rank) tied.add(list[j]!.id).add(list[i]!.id);
    }
    return;
  }
  const first = new Map<number, string>();
  for (const o of list) {
    if (!o.rank) continue;
    const seen = first.get(o.rank);
    if (seen === undefined) first.set(o.rank, o.id);
    else tied.add(seen).add(o.id);
  }
}

/**
 * Items grouped by a key, each list in input order. Records often come grouped already (the key
 * results of one objective, the objectives of one owner): each run of one key is sliced out
 * whole, so the map is touched once per run and each list is allocated at its size.
 */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length;) {
    const key = keyOf(items[i]!);
    let j = i + 1;
    while (j < items.length && keyOf(items[j]!) === key) j++;
    const list = groups.get(key);
    if (list) for (let k = i; k < j; k++) list.push(items[k]!);
    else groups.set(key, items.slice(i, j));
    i = j;
  }
  return groups;
}

/**
 * Per owner: its objectives, which ones share a rank, and — only for owners with too many —
 * each one's place by rank. Sorting only those groups keeps the common case linear.
 */
export function ownerIndexes(objectives: readonly CoachObjective[]) {
  const byOwner = groupRuns(objectives, (o) => o.ownerId ?? '');
  const tied = new Set<string>();
  const position = new Map<string, number>();
  for (const list of byOwner.values()) {
    if (list.length > 1) addTies(list, tied);
    if (list.length <= MAX_OBJECTIVES) continue;
    const ranked = list
      .slice()
      .sort(
        (a, b) =>
          (a.rank || Infinity) - (b.rank || Infinity) ||
          cmp(a.createdAt ?? '', b.createdAt ?? '') ||
          cmp(a.id, b.id),
      );
    ranked.forEach((o, i) => position.set(o.id, i + 1));
  }
  return { byOwner, tied, position };
}

const keepLatest = (last: Map<string, string>, id: string, at: string): void => {
  const seen = last.get(id);
  if (seen === undefined || at > seen) last.set(id, at);
};

/**
 * The latest check-in date of each key result. ISO dates order as strings: compare them as they
 * are, parse only the winners later. Check-ins often come grouped by key result (a history at a
 * time): each run of one key result touches the map once, not once per check-in.
 */
export function latestCheckIns(checkIns: NonNullable<CoachInput['checkIns']>): Map<string, string> {
  const last = new Map<string, string>();
  let id: string | undefined;
  let at = '';
  for (const c of checkIns) {
    if (c.keyResultId === id) {
      if (c.at > at) at = c.at;
      continue;
    }
    if (id !== undefined) keepLatest(last, id, at);
    id = c.keyResultId;
    at = c.at;
  }
  if (id !== undefined) keepLatest(last, id, at);
  return last;
}
