import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { isFiniteNumber, isNumericKind, keyResultsOf, objectiveOf } from '../context';
import { statesThreshold, taskKeyResult, unmeasurableKeyResult } from '../language/judge';

/** Rules that read a key result's title: a checkable outcome, not work, a question or a blank. */

export const keyResultUnmeasurable = defineRule({
  id: 'kr-unmeasurable',
  name: 'Unmeasurable key result',
  severity: 'error',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.unmeasurable,
  check(kr, ctx) {
    const moves = kr.kind === 'increase' || kr.kind === 'decrease';
    if (moves && isFiniteNumber(kr.start) && isFiniteNumber(kr.target) && kr.start === kr.target)
      return {
        message: 'Target equals the start: there is nothing to measure',
        fix: 'Set a target that differs from where you start, e.g. 42 % → 60 %.',
      };
    if (
      isNumericKind(kr.kind) &&
      !isFiniteNumber(kr.target) &&
      !(ctx.input.live && kr.target === null)
    )
      return { message: 'Key result has no target', fix: 'Give it a target value and a unit.' };
    if (kr.kind === 'milestones' && (kr.milestones?.length ?? 0) === 0 && !ctx.input.live)
      return {
        message: 'Milestone key result lists no milestones',
        fix: 'List the milestones that mark the way, one per line.',
      };
    // A numeric kind carries its measure in the fields, even while the form's target is empty.
    if (isNumericKind(kr.kind)) return null;
    const r = ctx.read(kr.title);
    // Questions and blanks have rules of their own.
    if (r.question || r.placeholder) return null;
    const why = unmeasurableKeyResult(r);
    if (!why) return null;
    return {
      message: `Key result ${why}`,
      fix: 'Say how much of what, by when, e.g. “Median query time 40 s → 10 s”.',
      severity: 'warning',
    };
  },
});

export const keyResultTaskLike = defineRule({
  id: 'kr-task-like',
  name: 'Task, not an outcome',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.customOkr,
  check(kr, ctx) {
    const r = ctx.read(kr.title);
    // "Support tickets per 1,000 users" with a numeric target: a metric's name, not an order.
    const second = r.terms[1];
    const metricName =
      isNumericKind(kr.kind) &&
      !r.numbers.length &&
      !r.countedOutputs &&
      second?.tags.has('Noun') === true &&
      !second.tags.has('Determiner') &&
      !second.tags.has('Possessive');
    const why = metricName ? null : taskKeyResult(r);
    if (!why) return null;
    return {
      message: `Key result ${why}`,
      fix: 'Keep the work as an initiative; write the result it should bring, e.g. sign-ups 2 % → 4 %.',
    };
  },
});

export const keyResultPlaceholder = defineRule({
  id: 'kr-placeholder',
  name: 'Target left blank',
  severity: 'error',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.quantitativeKrs,
  check(kr, ctx) {
    if (!ctx.read(kr.title).placeholder) return null;
    return {
      message: 'The target is a placeholder (“X to Y”, “??”, “TBD”), not a number',
      fix: 'Fill in the real start and target before the cycle starts, or drop the result.',
    };
  },
});

export const keyResultQuestion = defineRule({
  id: 'kr-question',
  name: 'A question, not a result',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.unmeasurable,
  check(kr, ctx) {
    if (!ctx.read(kr.title).question) return null;
    return {
      message: 'Key result is written as a question',
      fix: 'Answer it first; then state the result that shows the answer worked.',
    };
  },
});

/** Separate targets joined in one title: each should be a result of its own. */
export const keyResultSeveral = defineRule({
  id: 'kr-several-results',
  name: 'Several results in one',
  severity: 'info',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.cutOff,
  check(kr, ctx) {
    const r = ctx.read(kr.title);
    if (!r.measurable || r.numberedClauses < 3) return null;
    return {
      message: `Key result packs ${r.numberedClauses} separate targets`,
      fix: 'Split it: one key result per number, each with its own start and target.',
    };
  },
});

export const keyResultRestatesObjective = defineRule({
  id: 'kr-restates-objective',
  name: 'Restates the objective',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.customOkr,
  check(kr, ctx) {
    const objective = objectiveOf(ctx, kr);
    const key = ctx.read(kr.title).key;
    if (!objective || !key || key !== ctx.read(objective.title).key) return null;
    return {
      message: 'Key result repeats its objective word for word',
      fix: 'Say how you will know the objective is reached: a number that moves when it does.',
    };
  },
});

export const duplicateKeyResults = defineRule({
  id: 'duplicate-key-results',
  name: 'Same result twice',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.cutOff,
  check(kr, ctx) {
    const objective = objectiveOf(ctx, kr);
    const siblings = objective ? keyResultsOf(ctx, objective) : [];
    const key = ctx.read(kr.title).key;
    if (!key || siblings.length < 2) return null;
    const first = siblings.find((k) => k.title === kr.title || ctx.read(k.title).key === key);
    if (!first || first.id === kr.id) return null;
    return {
      message: 'Another key result of this objective has the same title',
      fix: 'Merge the two, or say what makes each one different.',
    };
  },
});

export { statesThreshold };
