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

export const TYPE_LABELS: Record<ObjectiveType, string> = {
  committed: 'Committed',
  aspirational: 'Aspirational',
};

export const TYPE_EXPECTATION: Record<ObjectiveType, string> = {
  committed: 'expected at 1.0',
  aspirational: 'healthy around 0.7',
};
