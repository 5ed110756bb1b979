/** Agreement maths for the coach eval: counts in, figures out. Pure, so it can be unit-tested. */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** Adds one decision: did the reference say yes, did the system say yes. */
export function tally(c: Counts, gold: boolean, predicted: boolean): Counts {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
  return c;
}

export interface Scores {
  support: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Precision, recall and F1; null where the ratio has nothing to divide by (no predictions, no support). */
export function prf(c: Counts): Scores {
  const predicted = c.tp + c.fp;
  const support = c.tp + c.fn;
  const precision = predicted ? c.tp / predicted : null;
  const recall = support ? c.tp / support : null;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { support, precision, recall, f1 };
}

export function accuracy(c: Counts): number | null {
  const n = c.tp + c.fp + c.fn + c.tn;
  return n ? (c.tp + c.tn) / n : null;
}

/**
 * Cohen's kappa for two raters making a yes/no call on the same items: agreement beyond what
 * their own yes-rates would give by chance. 1 when both agree on everything, even if all alike.
 */
export function cohenKappa(c: Counts): number | null {
  const n = c.tp + c.fp + c.fn + c.tn;
  if (!n) return null;
  const observed = (c.tp + c.tn) / n;
  const goldYes = (c.tp + c.fn) / n;
  const predYes = (c.tp + c.fp) / n;
  const chance = goldYes * predYes + (1 - goldYes) * (1 - predYes);
  if (chance === 1) return observed === 1 ? 1 : 0;
  return (observed - chance) / (1 - chance);
}
