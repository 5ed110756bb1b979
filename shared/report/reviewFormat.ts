import { HEALTHY_RANGE, roundScore } from '../domain/review';
import type { ObjectiveType } from '../domain/model';
import type { Expectation } from '../domain/review';

/** How the review report writes scores, values and objective types. */

/** A score as the method writes it: one decimal, rounded half up (0.7, 0.4, 1.0). */
// Reports print tens of thousands of scores: the eleven possible ones are looked up.
const TENTHS = Array.from({ length: 11 }, (_, i) => (i / 10).toFixed(1));

export function formatScore(score: number | null): string {
  if (score === null) return '–';
  return TENTHS[Math.round(roundScore(score) * 10)]!;
}

/**
 * What a score means for the objective's type, as a report states it to its reader (the
 * review screen's `expectation.message` asks the reviewer to act instead: "write a short
 * postmortem…"). One sentence, no instruction.
 */
export function expectationStatement(e: Expectation, score: number | null): string {
  const shown = formatScore(score);
  switch (e.kind) {
    case 'met':
      return 'Committed and delivered in full.';
    case 'postmortem':
      return `Committed, scored ${shown}: short of the 1.0 promised.`;
    case 'tooEasy':
      return `Aspirational at ${shown}: the target may have been too easy.`;
    case 'healthy':
      return `Aspirational at ${shown}: a healthy stretch.`;
    case 'low':
      return `Aspirational at ${shown}: below the healthy ${HEALTHY_RANGE}.`;
  }
}

/** How many committed objectives fell short with no postmortem written, as a fact. */
export const postmortemsStatement = (n: number): string =>
  `${n} committed ${n === 1 ? 'objective' : 'objectives'} below 1.0 without a postmortem.`;

export const TYPE_LABELS: Record<ObjectiveType, string> = {
  committed: 'Committed',
  aspirational: 'Aspirational',
};

export const TYPE_EXPECTATION: Record<ObjectiveType, string> = {
  committed: 'expected at 1.0',
  aspirational: `healthy at ${HEALTHY_RANGE}`,
};
