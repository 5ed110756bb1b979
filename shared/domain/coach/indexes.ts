import type { CoachInput, CoachKeyResult, CoachObjective } from './types';

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

/** Runs of consecutive records that share a key, in input order: each run's key and value. */
export interface Runs<V> {
  keys: string[];
  values: V[];
}

/** Key results as runs of one objective, each run sliced out whole. */
export function objectiveRuns(keyResults: readonly CoachKeyResult[]): Runs<CoachKeyResult[]> {
  const runs: Runs<CoachKeyResult[]> = { keys: [], values: [] };
  for (let i = 0; i < keyResults.length;) {
    const key = keyResults[i]!.objectiveId;
    let j = i + 1;
    while (j < keyResults.length && keyResults[j]!.objectiveId === key) j++;
    runs.keys.push(key);
    runs.values.push(keyResults.slice(i, j));
    i = j;
  }
  return runs;
}

/**
 * Check-ins as runs of one key result, each with its latest date. ISO dates order as strings:
 * compare them as they are, parse only the winners later. Check-ins often come as one history
 * per key result, so there are far fewer runs than check-ins.
 */
export function checkInRuns(checkIns: NonNullable<CoachInput['checkIns']>): Runs<string> {
  const runs: Runs<string> = { keys: [], values: [] };
  for (let i = 0; i < checkIns.length;) {
    const id = checkIns[i]!.keyResultId;
    let at = checkIns[i]!.at;
    let j = i + 1;
    for (; j < checkIns.length && checkIns[j]!.keyResultId === id; j++)
      if (checkIns[j]!.at > at) at = checkIns[j]!.at;
    runs.keys.push(id);
    runs.values.push(at);
    i = j;
  }
  return runs;
}

/** The latest check-in date of each key result, by id. */
export function latestById(runs: Runs<string>): Map<string, string> {
  const last = new Map<string, string>();
  for (let r = 0; r < runs.keys.length; r++) {
    const id = runs.keys[r]!;
    const at = runs.values[r]!;
    const seen = last.get(id);
    if (seen === undefined || at > seen) last.set(id, at);
  }
  return last;
}
