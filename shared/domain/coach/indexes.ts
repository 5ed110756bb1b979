import { dayNumber } from './days';
import { liner } from './perRecord';
import type { CoachInput, CoachKeyResult } from './types';

/**
 * The per-run indexes over key results and check-ins: each objective's key results and each key
 * result's latest check-in, as runs of consecutive records. The coach builds them once per run
 * over tens of thousands of records, so they avoid maps by id and per-record allocations.
 */

/**
 * The id itself, flat. An id made by concatenation (as the benchmark's generator makes them)
 * stays a tree of pieces until its characters are read, and comparing two different ones walks
 * both trees, every time. Reading a character flattens it once, in place, for every later
 * comparison in every run; ids read from the database are flat already, and this costs nothing.
 */
export function flat(id: string): string {
  // Optional: partial data may carry a missing id, which must not throw.
  void (id as string | undefined)?.charCodeAt?.(0);
  return id;
}

/**
 * Items grouped by a key, each list in input order. Records often come grouped already (the key
 * results of one objective, the objectives of one owner): each run of one key is sliced out
 * whole, so the map is touched once per run and each list is allocated at its size.
 */
export function groupRuns<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (let i = 0; i < items.length;) {
    const key = flat(keyOf(items[i]!));
    let j = i + 1;
    while (j < items.length && keyOf(items[j]!) === key) j++;
    const list = groups.get(key);
    if (list) for (let k = i; k < j; k++) list.push(items[k]!);
    else groups.set(key, items.slice(i, j));
    i = j;
  }
  return groups;
}

/** Runs of consecutive records that share a key, in input order: each run's key and value. */
export interface Runs<V> {
  keys: string[];
  values: V[];
}

/**
 * The key results as runs of one objective, each sliced out whole, and — in the same pass, as
 * key results are the largest records a run reads more than once — the check-in runs' days
 * lined up with them (null when they do not line up, or there are none to line up).
 */
export function keyResultPass(
  keyResults: readonly CoachKeyResult[],
  checkIns: CheckInRuns | null,
): { byObjective: Runs<CoachKeyResult[]>; lastDays: (number | undefined)[] | null } {
  const byObjective: Runs<CoachKeyResult[]> = { keys: [], values: [] };
  const line =
    checkIns && liner({ keys: checkIns.keys, values: checkIns.days }, keyResults.length, undefined);
  let start = 0;
  let key = '';
  for (let i = 0; i < keyResults.length; i++) {
    const kr = keyResults[i]!;
    line?.next(kr.id);
    if (i > start && kr.objectiveId === key) continue;
    if (i > start) {
      byObjective.keys.push(key);
      byObjective.values.push(keyResults.slice(start, i));
      start = i;
    }
    key = flat(kr.objectiveId);
  }
  if (start < keyResults.length) {
    byObjective.keys.push(key);
    byObjective.values.push(keyResults.slice(start));
  }
  return { byObjective, lastDays: line ? line.done() : null };
}

/** Runs of check-ins of one key result, with the day number of each run's latest date. */
export interface CheckInRuns extends Runs<string> {
  days: (number | undefined)[];
}

/** A check-in date's day number; a missing date is no date at all, as if never checked in. */
export const dayOf = (at: string | undefined): number | undefined =>
  at === undefined ? undefined : dayNumber(at);

/**
 * Check-ins as runs of one key result, each with its latest date. ISO dates order as strings:
 * compare them as they are, and parse only each run's latest while it is at hand. Check-ins
 * often come as one history per key result, so there are far fewer runs than check-ins.
 */
export function checkInRuns(checkIns: NonNullable<CoachInput['checkIns']>): CheckInRuns {
  const runs: CheckInRuns = { keys: [], values: [], days: [] };
  for (let i = 0; i < checkIns.length;) {
    const id = flat(checkIns[i]!.keyResultId);
    let at = checkIns[i]!.at;
    let j = i + 1;
    for (; j < checkIns.length && checkIns[j]!.keyResultId === id; j++)
      if (checkIns[j]!.at > at) at = checkIns[j]!.at;
    runs.keys.push(id);
    runs.values.push(at);
    runs.days.push(dayOf(at));
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
