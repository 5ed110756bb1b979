import type { CheckIn, Cycle, KeyResult } from '../domain/model';
import { keyResultProgress } from '../domain/progress';
import type { SeriesPoint } from '../domain/history';

/**
 * An objective's progress over the cycle for the review report: the same points as
 * `objectiveProgressSeries` in domain/history, found in one sweep over the key results'
 * histories instead of a binary search and a fresh copy of every key result per day. A
 * 3,000-objective cycle has some 200,000 (objective, day) pairs, so this is most of the report.
 */

type SweepKr = Pick<KeyResult, 'id' | 'kind' | 'start' | 'target' | 'milestones' | 'weight'>;

/** The key result's progress with `value` in force, as `keyResultAt` would rebuild it. */
const progressWith = (kr: SweepKr, value: number): number =>
  keyResultProgress({
    kind: kr.kind,
    start: kr.start,
    target: kr.target,
    current: value,
    milestones:
      kr.kind === 'milestones'
        ? kr.milestones.map((m, i) => ({ ...m, done: i < value }))
        : kr.milestones,
  });

/**
 * One point on the cycle's first day and one on each later day any key result was checked in
 * (up to `until`). Expects each history in time order, as the report indexes it. The value is
 * `objectiveProgress` of that day, summed in the same order so the numbers are the same.
 */
export function progressSeries(
  krs: readonly SweepKr[],
  historyByKr: ReadonlyMap<string, readonly CheckIn[]>,
  cycle: Pick<Cycle, 'start'>,
  until: string,
): SeriesPoint[] {
  const n = krs.length;
  const histories = krs.map((kr) => historyByKr.get(kr.id) ?? []);
  const weights = krs.map((kr) => Math.max(0, kr.weight));
  const total = weights.reduce((s, w) => s + w, 0);
  const progress = krs.map((kr) => progressWith(kr, kr.kind === 'milestones' ? 0 : kr.start));
  const next = krs.map(() => 0);
  const out: SeriesPoint[] = [];
  let at: string | undefined = cycle.start;
  while (at !== undefined) {
    let following: string | undefined;
    for (let i = 0; i < n; i++) {
      const h = histories[i]!;
      let p = next[i]!;
      if (p < h.length && h[p]!.at <= at) {
        while (p < h.length && h[p]!.at <= at) p++;
        next[i] = p;
        progress[i] = progressWith(krs[i]!, h[p - 1]!.value);
      }
      const upcoming = h[p]?.at;
      if (upcoming !== undefined && (following === undefined || upcoming < following))
        following = upcoming;
    }
    let sum = 0;
    if (total === 0) for (let i = 0; i < n; i++) sum += progress[i]!;
    else for (let i = 0; i < n; i++) sum += progress[i]! * weights[i]!;
    out.push({ at, value: n === 0 ? 0 : sum / (total === 0 ? n : total) });
    at = following !== undefined && following <= until ? following : undefined;
  }
  return out;
}
