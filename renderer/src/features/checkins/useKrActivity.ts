import { useLiveQuery } from 'dexie-react-hooks';
import { toIsoDate } from '../../../../shared/domain/cycle';
import { checkInAt, sortCheckIns, valueSeries } from '../../../../shared/domain/history';
import type { Cycle, KeyResult } from '../../../../shared/domain/model';
import { isStale } from '../../../../shared/domain/staleness';
import { checkInsOf } from '../../db/commands/checkins';
import { db } from '../../db/schema';
import { useStaleDays } from './useCheckInData';

export interface KrActivity {
  /** Values over the cycle, one a day, oldest first: what a sparkline draws. */
  values: number[];
  lastAt: string | null;
  stale: boolean;
}

/**
 * Recent activity of a few key results (one objective's), for lists: each key result's
 * check-ins come by the [keyResultId+at] index, so a card costs a handful of small reads. The
 * cycle and the stale-after setting come from the list, read once for all its cards.
 */
export function useKrActivity(
  cycle: Cycle | undefined,
  staleDays: number,
  krs: readonly Pick<KeyResult, 'id' | 'kind' | 'current' | 'createdAt'>[],
): Map<string, KrActivity> | undefined {
  const key = krs.map((k) => `${k.id}:${k.kind}:${k.current}`).join(',');
  return useLiveQuery(async () => {
    if (!cycle) return undefined;
    const out = new Map<string, KrActivity>();
    const today = toIsoDate(new Date());
    const lists = await Promise.all(krs.map((kr) => checkInsOf(kr.id, cycle.start, cycle.end)));
    krs.forEach((kr, i) => {
      const history = sortCheckIns(lists[i]!);
      const lastAt = checkInAt(history, today)?.at ?? null;
      out.set(kr.id, {
        values: valueSeries(history).map((p) => p.value),
        lastAt,
        stale: isStale({ kr, lastCheckInAt: lastAt, cycle, today, staleDays }),
      });
    });
    return out;
    // `key` stands for `krs`: a new array each render, the same key results and values.
  }, [cycle, staleDays, key]);
}

/** The same for key results shown on their own: reads their cycle and the setting itself. */
export function useKrActivityIn(
  cycleId: string,
  krs: readonly Pick<KeyResult, 'id' | 'kind' | 'current' | 'createdAt'>[],
): Map<string, KrActivity> | undefined {
  const cycle = useLiveQuery(async () => db.cycles.get(cycleId), [cycleId]);
  return useKrActivity(cycle, useStaleDays(), krs);
}
