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

/** The value range to draw: every value in view, padded, and never zero-height. */
export function valueDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (lo === hi) {
    const pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    return [lo - pad, hi + pad];
  }
  const pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  const ticks = niceTicks(lo, hi);
  return [Math.min(lo, ticks[0] ?? lo), Math.max(hi, ticks[ticks.length - 1] ?? hi)];
}

export const defaultFormat = (v: number): string =>
  Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
