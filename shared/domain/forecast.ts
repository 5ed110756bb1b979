import type { Cycle, KeyResult } from './model';
import { dayNumber, type HistoryCheckIn } from './history';

/**
 * Where the trend leads: a least-squares line through the cycle's check-ins (and the start
 * value on the first day), read at the cycle's last day — but only from enough data to mean
 * something, never outside what the key result can reach, and to the unit's precision.
 */

/** A trend needs at least this many check-ins (on different days)… */
export const MIN_FORECAST_CHECKINS = 3;
/** …spread over at least this many days, first to last. */
export const MIN_FORECAST_SPAN_DAYS = 7;
export const NOT_ENOUGH_TO_FORECAST = 'Not enough check-ins to forecast';

export interface Forecast {
  kind: 'trend';
  /** The value the trend reaches on the cycle's last day: within reach, to the unit's precision. */
  projected: number;
  /** Change per day along the trend. */
  perDay: number;
  /** True when the projection misses the target. */
  atRisk: boolean;
  /** How many points the trend was fitted to. */
  basis: number;
  end: string;
}

/** Too little history for a trend: what the views say instead of a number. */
export interface NoForecast {
  kind: 'notEnough';
  /** Check-in days so far, and the days between the first and the last of them. */
  checkIns: number;
  spanDays: number;
  message: string;
}

export type ForecastResult = Forecast | NoForecast;

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

export type ForecastKr = Pick<KeyResult, 'kind' | 'start' | 'target' | 'unit'>;

/** A unit that measures a share of a whole: its values live in 0–100. */
export const isPercentUnit = (unit: string): boolean =>
  /^(%|percent|per ?cent|pct)$/i.test(unit.trim());

/**
 * The values a key result can take: nothing below zero unless its start or target is negative
 * (counts, durations and shares do not go negative), no share above 100 % unless its start or
 * target is, and milestones between none and all of them.
 */
export function reachableRange(kr: ForecastKr): { min: number; max: number } {
  if (kr.kind === 'milestones') return { min: 0, max: Math.max(0, kr.target) };
  if (kr.kind === 'binary') return { min: 0, max: 1 };
  const min = kr.start < 0 || kr.target < 0 ? -Infinity : 0;
  const max = isPercentUnit(kr.unit) && kr.start <= 100 && kr.target <= 100 ? 100 : Infinity;
  return { min, max };
}

const decimalsOf = (n: number): number => {
  if (!Number.isFinite(n) || Number.isInteger(n)) return 0;
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 6 : text.length - dot - 1;
};

/** The precision a key result is measured in: the most decimals its start, target or values use. */
export function unitPrecision(kr: ForecastKr, values: readonly number[]): number {
  return Math.min(
    6,
    Math.max(decimalsOf(kr.start), decimalsOf(kr.target), ...values.map(decimalsOf)),
  );
}

/** A value rounded to `decimals` places, without float noise. */
export const roundTo = (value: number, decimals: number): number =>
  Number((Math.round(value * 10 ** decimals) / 10 ** decimals).toFixed(decimals));

/**
 * Projects the key result to the end of its cycle from check-ins up to `today`. Increase,
 * decrease and milestone results start from their start value on the cycle's first day; hold
 * kinds fit their check-ins only. Done/not done has no trend to project (null). Fewer than
 * three check-in days, or check-ins spanning less than a week, give `notEnough`: two points
 * make a line through any noise.
 */
export function forecastKeyResult(
  kr: ForecastKr,
  sorted: readonly HistoryCheckIn[],
  cycle: Pick<Cycle, 'start' | 'end'>,
  today: string,
): ForecastResult | null {
  if (kr.kind === 'binary') return null;
  const first = dayNumber(cycle.start);
  const day = (at: string) => dayNumber(at) - first;
  const inCycle = sorted.filter(
    (c) => !c.deletedAt && c.at >= cycle.start && c.at <= cycle.end && c.at <= today,
  );
  // One point a day, the day's last value: a correction on the same day is not more evidence.
  const byDay = new Map<number, number>();
  for (const c of inCycle) byDay.set(day(c.at), c.value);
  const points: [number, number][] = [...byDay.entries()].sort((a, b) => a[0] - b[0]);
  const spanDays = points.length ? points[points.length - 1]![0] - points[0]![0] : 0;
  if (points.length < MIN_FORECAST_CHECKINS || spanDays < MIN_FORECAST_SPAN_DAYS)
    return {
      kind: 'notEnough',
      checkIns: points.length,
      spanDays,
      message: NOT_ENOUGH_TO_FORECAST,
    };
  const values = points.map(([, v]) => v);
  const anchored = kr.kind === 'increase' || kr.kind === 'decrease' || kr.kind === 'milestones';
  if (anchored && !byDay.has(0)) points.unshift([0, kr.kind === 'milestones' ? 0 : kr.start]);
  const fit = leastSquares(points);
  if (!fit) return null;
  const { min, max } = reachableRange(kr);
  const raw = fit.intercept + fit.slope * day(cycle.end);
  const projected = roundTo(Math.min(max, Math.max(min, raw)), unitPrecision(kr, values));
  return {
    kind: 'trend',
    projected,
    perDay: fit.slope,
    atRisk: !meetsTarget(kr.kind, projected, kr.target),
    basis: points.length,
    end: cycle.end,
  };
}
