import { roundScore } from '../domain/review';
import type { ObjectiveType } from '../domain/model';

/** How the review report writes scores, values and objective types. */

/** A score as the method writes it: one decimal, rounded half up (0.7, 0.4, 1.0). */
// Reports print tens of thousands of scores: the eleven possible ones are looked up.
const TENTHS = Array.from({ length: 11 }, (_, i) => (i / 10).toFixed(1));

export function formatScore(score: number | null): string {
  if (score === null) return '–';
  return TENTHS[Math.round(roundScore(score) * 10)]!;
}

/** A measured value without float noise: 4.2, 99.95, 1200. */
export function formatValue(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** `25 s`, `84 %`, or `3` when there is no unit. */
export const withUnit = (n: number, unit: string): string =>
  unit ? `${formatValue(n)} ${unit}` : formatValue(n);

export const TYPE_LABELS: Record<ObjectiveType, string> = {
  committed: 'Committed',
  aspirational: 'Aspirational',
};

export const TYPE_EXPECTATION: Record<ObjectiveType, string> = {
  committed: 'expected at 1.0',
  aspirational: 'healthy around 0.7',
};
