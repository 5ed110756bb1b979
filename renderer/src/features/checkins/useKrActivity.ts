import { useLiveQuery } from 'dexie-react-hooks';
import { checkInAt, sortCheckIns, valueSeries } from '@shared/domain/history';
import type { Cycle, KeyResult } from '@shared/domain/model';
import { checkInsOf } from '../../db/commands/checkins';
import { rowsWhereAnyOf } from '../../db/reads';
import { live } from '../../db/records';
import { db } from '../../db/schema';

export interface KrActivity {
  /** Values over the cycle, one a day, oldest first: what a sparkline draws. */
  values: number[];
  /** The latest check-in on or before today: what staleness is measured from. */
  lastAt: string | null;
  /** The final score set in review (closed cycles only), else null. */
  finalScore: number | null;
}

/**
 * Recent activity of a few key results (one owner's objectives), for lists: each key result's
 * check-ins come by the [keyResultId+at] index, so a card costs a handful of small reads. In a
 * closed cycle the final scores are read too: its statuses are their bands.
 */
export function useKrActivity(
  cycle: Cycle | undefined,
  today: string,
  krs: readonly Pick<KeyResult, 'id' | 'current'>[] | undefined,
): Map<string, KrActivity> | undefined {
  const key = krs?.map((k) => `${k.id}:${k.current}`).join(',');
  const ids = krs?.map((k) => k.id).join(',');
  const r = useLiveQuery(async () => {
    if (!cycle || !krs) return undefined;
    const out = new Map<string, KrActivity>();
    const idList = krs.map((k) => k.id);
    const [lists, scores] = await Promise.all([
      Promise.all(idList.map((id) => checkInsOf(id, cycle.start, cycle.end))),
      cycle.state === 'closed' ? rowsWhereAnyOf(db.scores, 'keyResultId', idList) : [],
    ]);
    const finalScores = new Map<string, number>();
    for (const s of live(scores).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)))
      if (s.cycleId === cycle.id) finalScores.set(s.keyResultId, s.score);
    idList.forEach((id, i) => {
      const history = sortCheckIns(lists[i]!);
      out.set(id, {
        values: valueSeries(history).map((p) => p.value),
        lastAt: checkInAt(history, today)?.at ?? null,
        finalScore: finalScores.get(id) ?? null,
      });
    });
    return { ids: krs.map((k) => k.id).join(','), out };
    // `key` stands for `krs`: a new array each render, the same key results and values.
  }, [cycle, today, key]);
  // While other key results' activity loads, the last answer must not stand in for theirs (a
  // new value of the same ones may: it is replaced in a moment, without a loading flash).
  return r && r.ids === ids ? r.out : undefined;
}
