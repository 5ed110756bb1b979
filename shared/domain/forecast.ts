import type { Cycle, KeyResult } from './model';
import { dayNumber, type HistoryCheckIn } from './history';

/**
 * Where the trend leads: a least-squares line through the cycle's check-ins (and the start
 * value on the first day), read at the cycle's last day.
 */

export interface Forecast {
  /** The value the trend reaches on the cycle's last day. */
  projected: number;
  /** Change per day along the trend. */
  perDay: number;
  /** True when the projection misses the target. */
  atRisk: boolean;
  /** How many points the trend was fitted to. */
  basis: number;
  end: string;
}

export interface Fit {
  slope: number;
  intercept: number;
}

/** Ordinary least squares; null when the points do not span at least two different days. */
export function leastSquares(points: readonly (readonly [number, number])[]): Fit | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** Does a value on the last day meet the target for this kind? */
export function meetsTarget(kind: KeyResult['kind'], value: number, target: number): boolean {
  // A trend that lands on the target must not flip to "at risk" over a rounding error.
  const eps = 1e-9 * Math.max(1, Math.abs(target));
  switch (kind) {
    case 'increase':
    case 'stayAbove':
    case 'milestones':
      return value >= target - eps;
    case 'decrease':
    case 'stayBelow':
      return value <= target + eps;
    case 'binary':
      return value >= 1;
  }
}

/**
 * Projects the key result to the end of its cycle from check-ins up to `today`. Increase,
 * decrease and milestone results start from their start value on the cycle's first day; hold
 * kinds fit their check-ins only. Done/not done has no trend to project (null), and so has
 * anything with fewer than two days of data.
 */
export function forecastKeyResult(
  kr: Pick<KeyResult, 'kind' | 'start' | 'target'>,
  sorted: readonly HistoryCheckIn[],
  cycle: Pick<Cycle, 'start' | 'end'>,
  today: string,
): Forecast | null {
  if (kr.kind === 'binary') return null;
  const first = dayNumber(cycle.start);
  const day = (at: string) => dayNumber(at) - first;
  const points: [number, number][] = sorted
    .filter((c) => !c.deletedAt && c.at >= cycle.start && c.at <= cycle.end && c.at <= today)
    .map((c) => [day(c.at), c.value]);
  const anchored = kr.kind === 'increase' || kr.kind === 'decrease' || kr.kind === 'milestones';
  if (anchored && !points.some(([d]) => d === 0))
    points.unshift([0, kr.kind === 'milestones' ? 0 : kr.start]);
  const fit = leastSquares(points);
  if (!fit) return null;
  let projected = fit.intercept + fit.slope * day(cycle.end);
  // Milestones cannot be undone or exceed their count; clamp so the number reads sensibly.
  if (kr.kind === 'milestones') projected = Math.min(kr.target, Math.max(0, projected));
  return {
    projected,
    perDay: fit.slope,
    atRisk: !meetsTarget(kr.kind, projected, kr.target),
    basis: points.length,
    end: cycle.end,
  };
}
