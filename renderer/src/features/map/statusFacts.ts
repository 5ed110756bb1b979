import type Dexie from 'dexie';
import { addDays, parseISO } from 'date-fns';
import { toIsoDate } from '@shared/domain/cycle';
import type { StatusFacts } from '@shared/domain/graphUnits';
import type { CheckIn, Cycle, KeyResult, Score } from '@shared/domain/model';
import { live } from '../../db/records';

/**
 * What the statuses of a cycle's key results need beyond the key results, read from any
 * connection to the workspace's database: the app's own, or the units view's worker's (which
 * opens it without the app's schema classes, hence `table(name)`).
 */

/** The first day of the stale-after window ending `today`. */
export const windowStart = (today: string, staleDays: number): string =>
  toIsoDate(addDays(parseISO(today), 1 - staleDays));

/** Whether `today` is inside the cycle while it runs: only then can a key result be stale. */
export const isRunning = (cycle: Pick<Cycle, 'start' | 'end' | 'state'>, today: string): boolean =>
  cycle.state === 'active' && today >= cycle.start && today <= cycle.end;

/** Key results that appeared inside the window: their creation, not the cycle, starts the clock. */
export const youngKeyResults = (
  keyResults: readonly Pick<KeyResult, 'id' | 'createdAt'>[],
  from: string,
): string[] => keyResults.filter((k) => k.createdAt.slice(0, 10) >= from).map((k) => k.id);

/**
 * A running cycle: the latest check-in of each key result, read by date over the stale-after
 * window only — a key result without one there is silent for the whole window whatever came
 * before, except one that appeared inside the window (`young`), whose older (back-dated)
 * check-ins are looked up by key. A closed cycle: the final scores set in review.
 */
export async function readStatusFacts(
  d: Dexie,
  cycle: Pick<Cycle, 'id' | 'start' | 'end' | 'state'>,
  young: readonly string[],
  today: string,
  staleDays: number,
): Promise<Required<StatusFacts>> {
  const out = { lastCheckIns: new Map<string, string>(), finalScores: new Map<string, number>() };
  if (cycle.state === 'closed') {
    const scores = live(
      await d.table<Score, string>('scores').where('cycleId').equals(cycle.id).toArray(),
    );
    scores.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
    for (const s of scores) out.finalScores.set(s.keyResultId, s.score);
    return out;
  }
  if (!isRunning(cycle, today)) return out;
  const from = windowStart(today, staleDays);
  const checkIns = d.table<CheckIn, string>('checkIns');
  const latest = (c: { keyResultId: string; at: string; deletedAt?: string | null }) => {
    if (c.deletedAt) return;
    const seen = out.lastCheckIns.get(c.keyResultId);
    if (!seen || seen < c.at) out.lastCheckIns.set(c.keyResultId, c.at);
  };
  (await checkIns.where('at').between(from, today, true, true).toArray()).forEach(latest);
  const older = young.filter((id) => id && !out.lastCheckIns.has(id));
  const lists = await Promise.all(
    older.map((id) =>
      checkIns.where('[keyResultId+at]').between([id, ''], [id, from], true, false).toArray(),
    ),
  );
  lists.flat().forEach(latest);
  return out;
}
