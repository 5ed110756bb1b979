import type { Cycle, KeyResult } from '../domain/model';
import { keyResultProgress } from '../domain/progress';
import type { SeriesPoint } from '../domain/history';

/**
 * An objective's progress over the cycle for the review report: the same points as
 * `objectiveProgressSeries` in domain/history, found in one sweep over its key results' series
 * instead of a binary search and a fresh copy of every key result per day. A 3,000-objective
 * cycle has some 65,000 such days, so this was most of the report's time.
 */

type SweepKr = Pick<KeyResult, 'kind' | 'start' | 'target' | 'milestones' | 'weight'>;

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
 * One point on the cycle's first day and one on each later day any key result moved (up to
 * `until`). `series[i]` is key result i's `keyResultSeries`: its values by day, which already
 * start from the start value on the cycle's first day unless a check-in came earlier. The
 * value is `objectiveProgress` of that day, summed in the same order so the numbers match.
 */
export function progressSeries(
  krs: readonly SweepKr[],
  series: readonly (readonly SeriesPoint[])[],
  cycle: Pick<Cycle, 'start'>,
  until: string,
): SeriesPoint[] {
  const n = krs.length;
  const weights = krs.map((kr) => Math.max(0, kr.weight));
  const total = weights.reduce((s, w) => s + w, 0);
  const progress = krs.map((kr) => progressWith(kr, kr.kind === 'milestones' ? 0 : kr.start));
  const next = krs.map(() => 0);
  const out: SeriesPoint[] = [];
  let at: string | undefined = cycle.start;
  while (at !== undefined) {
    let following: string | undefined;
    for (let i = 0; i < n; i++) {
      const s = series[i]!;
      let p = next[i]!;
      if (p < s.length && s[p]!.at <= at) {
        while (p < s.length && s[p]!.at <= at) p++;
        next[i] = p;
        progress[i] = progressWith(krs[i]!, s[p - 1]!.value);
      }
      const upcoming = s[p]?.at;
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
