import { differenceInCalendarDays, parseISO } from 'date-fns';

/** Small helpers the charts share: a day axis and a "nice" value axis. */

export interface ChartPoint {
  /** Calendar date, yyyy-MM-dd. */
  at: string;
  value: number;
}

export const dayOffset = (from: string, at: string): number =>
  differenceInCalendarDays(parseISO(at), parseISO(from));

/** Round tick values covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const out: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) {
    out.push(Number(v.toPrecision(12)));
  }
  return out;
}

/** What the values can be: the axis never pads past these (no -50 s for a duration). */
export interface ValueBounds {
  min: number;
  max: number;
}

/** The value range to draw: every value in view, padded, never zero-height, within bounds. */
export function valueDomain(
  values: readonly number[],
  bounds: ValueBounds = { min: -Infinity, max: Infinity },
): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [Math.max(0, bounds.min), Math.min(1, bounds.max)];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const clamp = ([a, b]: [number, number]): [number, number] => {
    const l = Math.max(bounds.min, a);
    const h = Math.min(bounds.max, b);
    return h > l ? [l, h] : [a, b];
  };
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    return clamp([lo - pad, hi + pad]);
  }
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const ticks = niceTicks(lo, hi);
  return clamp([Math.min(lo, ticks[0] ?? lo), Math.max(hi, ticks[ticks.length - 1] ?? hi)]);
}

/**
 * The value axis's ticks: round ones across [lo, hi], plus the values that must be read off
 * the axis (a key result's start and target). A round tick too close to one of those gives way,
 * so labels never overlap.
 */
export function axisTicks(lo: number, hi: number, marks: readonly number[] = []): number[] {
  const keep = marks.filter((m) => Number.isFinite(m) && m >= lo && m <= hi);
  const gap = (hi - lo) * 0.08;
  const round = niceTicks(lo, hi).filter(
    (t) => t >= lo && t <= hi && keep.every((m) => Math.abs(m - t) > gap),
  );
  return [...new Set([...round, ...keep])].sort((a, b) => a - b);
}

export const defaultFormat = (v: number): string =>
  Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
