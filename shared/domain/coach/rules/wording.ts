import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { isFiniteNumber, isNumericKind, type CoachContext } from '../context';
import type { CoachKeyResult } from '../types';

/** Rules that read titles: is the objective a direction, is each key result a measurable outcome. */

export const objectiveVague = defineRule({
  id: 'objective-vague',
  name: 'Vague objective',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.unreasonableGoal,
  check(o, ctx) {
    const why = ctx.text.vagueness(o.title ?? '');
    if (!why) return null;
    return {
      message: `Objective ${why}`,
      fix: 'Name the change you want and for whom, e.g. “Make first-week users into weekly regulars”.',
      severity: why === 'has no title' ? 'error' : undefined,
    };
  },
});

export const objectiveNumbers = defineRule({
  id: 'objective-numbers',
  name: 'Numbers in the objective',
  severity: 'info',
  appliesTo: 'objective',
  principle: PRINCIPLES.quantitativeKrs,
  check(o, ctx) {
    const title = o.title ?? '';
    // The same answer as an empty list of quantities, without making the list.
    if (!ctx.text.hasQuantity(o)) return null;
    const qs = ctx.text.quantities(title);
    return {
      message: `Objective carries numbers (${qs.slice(0, 3).join(', ')}) that belong in key results`,
      fix: 'Keep the objective qualitative and move each number into a key result with a start and a target.',
    };
  },
});

/** A target someone could check: a number in the title, or a numeric kind with a unit and a real distance. */
function hasMeasurableTarget(kr: CoachKeyResult, ctx: CoachContext): boolean {
  if (ctx.text.hasQuantity(kr)) return true;
  if (!isNumericKind(kr.kind) || !kr.unit?.trim() || !isFiniteNumber(kr.target)) return false;
  const moves = kr.kind === 'increase' || kr.kind === 'decrease';
  return !moves || kr.start !== kr.target;
}

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
    const title = kr.title ?? '';
    if (ctx.text.hasQuantity(kr)) return null;
    const vague = ctx.text.vagueWord(title);
    const unitless = !isNumericKind(kr.kind) || !kr.unit?.trim();
    if (vague && unitless)
      return {
        message: `“${vague}” is vague: the key result has no number or unit`,
        fix: 'Say how much and of what, e.g. “Median query time 40 s → 10 s”.',
        severity: 'warning',
      };
    if (!kr.kind && !ctx.text.taskVerb(kr))
      return {
        message: 'Key result has no number, unit or target',
        fix: 'Add a start, a target and a unit.',
        severity: 'warning',
      };
    return null;
  },
});

export const keyResultTaskLike = defineRule({
  id: 'kr-task-like',
  name: 'Task, not an outcome',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.customOkr,
  check(kr, ctx) {
    const verb = ctx.text.taskVerb(kr);
    if (!verb || hasMeasurableTarget(kr, ctx)) return null;
    return {
      message: `“${verb[0]!.toUpperCase()}${verb.slice(1)} …” reads like a task, not an outcome`,
      fix: `Say what “${verb}” should change and by how much (e.g. sign-ups 2 % → 4 %); keep the work as an initiative.`,
    };
  },
});
