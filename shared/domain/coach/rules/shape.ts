import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { isFiniteNumber, isNumericKind, keyResultsOf, type CoachContext } from '../context';
import { taskKeyResult } from '../language/judge';
import type { CoachKeyResult } from '../types';

/** Rules about the shape of an objective's set of key results: weights, and what they measure. */

/** One result carrying more than this share of the weight makes the others decoration. */
export const MAX_WEIGHT_SHARE = 0.6;

export const weightsUnbalanced = defineRule({
  id: 'weights-unbalanced',
  name: 'Weights out of balance',
  severity: 'info',
  appliesTo: 'objective',
  principle: PRINCIPLES.resourceWaste,
  check(o, ctx) {
    // One pass, no filtered copy: this runs for every objective of a plan on every edit.
    let weighted = 0;
    let total = 0;
    let heaviest: CoachKeyResult | undefined;
    for (const k of keyResultsOf(ctx, o)) {
      if (!isFiniteNumber(k.weight)) continue;
      weighted++;
      total += Math.max(0, k.weight);
      if (!heaviest || k.weight > heaviest.weight!) heaviest = k;
    }
    if (weighted < 2 || !heaviest) return null;
    if (total === 0)
      return {
        message: 'Every key result has weight 0',
        fix: 'Give each result a weight that says how much it counts towards the objective.',
      };
    const share = heaviest.weight! / total;
    if (share <= MAX_WEIGHT_SHARE) return null;
    return {
      message: `“${heaviest.title}” carries ${Math.round(share * 100)} % of the weight`,
      fix: 'Even the weights out, or drop the results that barely count.',
    };
  },
});

/**
 * A leading result is one the team moves directly and sees early: work done, a milestone
 * passed. A lagging one is a numeric outcome read at the end.
 */
const isLeading = (kr: CoachKeyResult, ctx: CoachContext): boolean =>
  kr.kind === 'milestones' || !!taskKeyResult(ctx.read(kr.title));
/** A result that names a short rhythm ("weekly active", "within a day") shows early how things go. */
const SHORT_RHYTHM = /\b(?:daily|weekly|per (?:day|week)|a (?:day|week)|first (?:day|week))\b/i;
const isLagging = (kr: CoachKeyResult, ctx: CoachContext): boolean =>
  isNumericKind(kr.kind) && !isLeading(kr, ctx) && !SHORT_RHYTHM.test(kr.title ?? '');

export const onlyLeading = defineRule({
  id: 'only-leading-results',
  name: 'Only work, no outcome',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.measuringGoals,
  check(o, ctx) {
    const krs = keyResultsOf(ctx, o);
    if (krs.length < 2 || !krs.every((k) => isLeading(k, ctx))) return null;
    return {
      message: `All ${krs.length} key results measure work done, none the outcome it should bring`,
      fix: 'Add one result that moves only if the work pays off, e.g. activation 30 % → 45 %.',
    };
  },
});

export const onlyLagging = defineRule({
  id: 'only-lagging-results',
  name: 'Only end results',
  severity: 'info',
  appliesTo: 'objective',
  principle: PRINCIPLES.timeNodes,
  check(o, ctx) {
    const krs = keyResultsOf(ctx, o);
    if (krs.length < 4 || !krs.every((k) => isLagging(k, ctx))) return null;
    return {
      message: `All ${krs.length} key results are outcomes read at the end; none shows early whether it works`,
      fix: 'Swap one for a leading indicator the team can see move every week.',
    };
  },
});
