import type { CheckIn, Cycle, KeyResult } from '../domain/model';
import { objectiveProgress, type ProgressInput } from '../domain/progress';
import type { SeriesPoint } from '../domain/history';

/**
 * An objective's progress over the cycle for the review report: the same points as
 * `objectiveProgressSeries` in domain/history, found in one sweep over the days instead of a
 * binary search and a fresh copy of every key result per day. A 3,000-objective cycle has
 * some 200,000 (objective, day) pairs, so the difference is most of the report's time.
 */

type SweepKr = Pick<KeyResult, 'id' | 'kind' | 'start' | 'target' | 'milestones' | 'weight'>;
type KrState = ProgressInput & Pick<KeyResult, 'weight'>;

/** The key result as it stood with `value` in force, the way `keyResultAt` builds it. */
const stateWith = (kr: SweepKr, value: number): KrState => ({
  kind: kr.kind,
  start: kr.start,
  target: kr.target,
  current: value,
  milestones:
    kr.kind === 'milestones'
      ? kr.milestones.map((m, i) => ({ ...m, done: i < value }))
      : kr.milestones,
  weight: kr.weight,
});

/**
 * One point on the cycle's first day and one on each day any key result was checked in (up to
 * `until`). Expects each history in time order, as the report indexes it.
 */
export function progressSeries(
  krs: readonly SweepKr[],
  historyByKr: ReadonlyMap<string, readonly CheckIn[]>,
  cycle: Pick<Cycle, 'start'>,
  until: string,
): SeriesPoint[] {
  const histories = krs.map((kr) => historyByKr.get(kr.id) ?? []);
  const days = new Set<string>([cycle.start]);
  for (const h of histories)
    for (const c of h) if (c.at >= cycle.start && c.at <= until) days.add(c.at);
  const next = krs.map(() => 0);
  const states = krs.map((kr) => stateWith(kr, kr.kind === 'milestones' ? 0 : kr.start));
  const out: SeriesPoint[] = [];
  for (const at of [...days].sort()) {
    for (let i = 0; i < krs.length; i++) {
      const h = histories[i]!;
      let p = next[i]!;
      if (p >= h.length || h[p]!.at > at) continue;
      while (p < h.length && h[p]!.at <= at) p++;
      next[i] = p;
      states[i] = stateWith(krs[i]!, h[p - 1]!.value);
    }
    out.push({ at, value: objectiveProgress(states) });
  }
  return out;
}
