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
 * What the statuses need that only the cycle decides: a running cycle's latest check-in of
 * each key result over the stale-after window (read by date), a closed cycle's final scores
 * set in review. Read without waiting for the key results, so the map reads it alongside them.
 */
export async function readCycleFacts(
  d: Dexie,
  cycle: Pick<Cycle, 'id' | 'start' | 'end' | 'state'>,
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
  const rows = await d
    .table<CheckIn, string>('checkIns')
    .where('at')
    .between(from, today, true, true)
    .toArray();
  addLatest(out.lastCheckIns, rows);
  return out;
}

/**
 * The latest check-in before the window of each of `young` (key results that appeared inside
 * it, so back-dated check-ins still count for them), one key range each.
 */
export async function readOlderCheckIns(
  d: Dexie,
  young: readonly string[],
  from: string,
): Promise<Map<string, string>> {
  const checkIns = d.table<CheckIn, string>('checkIns');
  const lists = await Promise.all(
    young
      .filter(Boolean)
      .map((id) =>
        checkIns.where('[keyResultId+at]').between([id, ''], [id, from], true, false).toArray(),
      ),
  );
  const out = new Map<string, string>();
  addLatest(out, lists.flat());
  return out;
}

/** Keeps each key result's latest live check-in day in `into`. */
function addLatest(
  into: Map<string, string>,
  rows: readonly { keyResultId: string; at: string; deletedAt?: string | null }[],
): void {
  for (const c of rows) {
    if (c.deletedAt) continue;
    const seen = into.get(c.keyResultId);
    if (!seen || seen < c.at) into.set(c.keyResultId, c.at);
  }
}

/**
 * A key result without a check-in in the window is silent for the whole window whatever came
 * before, except one that appeared inside it (`young`): its older check-ins count too.
 */
export function withOlderCheckIns(
  facts: Required<StatusFacts>,
  older: ReadonlyMap<string, string>,
): Required<StatusFacts> {
  if (older.size === 0) return facts;
  const lastCheckIns = new Map(facts.lastCheckIns);
  for (const [id, at] of older) if (!lastCheckIns.has(id)) lastCheckIns.set(id, at);
  return { ...facts, lastCheckIns };
}

/** Both reads above one after the other, for a reader that has the key results already. */
export async function readStatusFacts(
  d: Dexie,
  cycle: Pick<Cycle, 'id' | 'start' | 'end' | 'state'>,
  young: readonly string[],
  today: string,
  staleDays: number,
): Promise<Required<StatusFacts>> {
  const facts = await readCycleFacts(d, cycle, today, staleDays);
  if (!isRunning(cycle, today)) return facts;
  const missing = young.filter((id) => !facts.lastCheckIns.has(id));
  return withOlderCheckIns(
    facts,
    await readOlderCheckIns(d, missing, windowStart(today, staleDays)),
  );
}
