import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { statedDeadline, type StatedDeadline } from '../language/deadline';
import type { TitleReading } from '../language/reading';
import { objectiveNumbers as numbersIn, taskObjective, vagueObjective } from '../language/judge';

/** Rules that read an objective's title: a direction worth working towards, not a task or a metric. */

export const objectiveVague = defineRule({
  id: 'objective-vague',
  name: 'Vague objective',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.unreasonableGoal,
  check(o, ctx) {
    const why = vagueObjective(ctx.read(o.title));
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
    const numbers = numbersIn(ctx.read(o.title));
    if (numbers.length === 0) return null;
    return {
      message: `Objective carries numbers (${numbers.slice(0, 3).join(', ')}) that belong in key results`,
      fix: 'Keep the objective qualitative and move each number into a key result with a start and a target.',
    };
  },
});

export const objectiveTaskLike = defineRule({
  id: 'objective-task-like',
  name: 'Task, not an aim',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.clarifyGoal,
  check(o, ctx) {
    const why = taskObjective(ctx.read(o.title));
    if (!why) return null;
    return {
      message: `Objective ${why}`,
      fix: 'Say what the work should make true, e.g. “Build the data platform” → “Analysts answer their own questions”.',
    };
  },
});

/** More words than this and an objective stops being something people remember. */
export const MAX_OBJECTIVE_WORDS = 20;

export const objectiveTooLong = defineRule({
  id: 'objective-too-long',
  name: 'Objective too long',
  severity: 'info',
  appliesTo: 'objective',
  principle: PRINCIPLES.inspiring,
  check(o, ctx) {
    const r = ctx.read(o.title);
    const sentences = r.sentences;
    if (r.terms.length <= MAX_OBJECTIVE_WORDS && sentences <= 1) return null;
    return {
      message:
        sentences > 1
          ? `Objective packs ${sentences} sentences into one title`
          : `Objective runs to ${r.terms.length} words`,
      fix: 'Keep one short, memorable aim; move the how and the numbers into key results.',
    };
  },
});

/** Each reading's deadline against a cycle start, found once: the coach re-reads the same titles. */
const deadlines = new WeakMap<TitleReading, { from: string; found: StatedDeadline | null }>();
function deadlineOf(r: TitleReading, from: string | null | undefined): StatedDeadline | null {
  // Read once with the title: most name no date, and need no look-up here.
  if (!r.mayNameADate) return null;
  const known = deadlines.get(r);
  if (known && known.from === (from ?? '')) return known.found;
  const found = statedDeadline(r.plain, from);
  deadlines.set(r, { from: from ?? '', found });
  return found;
}

export const keyResultDeadline = defineRule({
  id: 'kr-deadline-in-title',
  name: 'Deadline in the title',
  severity: 'info',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.timeLimit,
  check(kr, ctx) {
    const r = ctx.read(kr.title);
    const found = deadlineOf(r, ctx.cycle?.start);
    if (!found) return null;
    const date = found.date ?? (/end|eo[qy]/i.test(found.text) ? (ctx.cycle?.end ?? null) : null);
    if (date && kr.dueDate === date) return null;
    return {
      message: `The title names a due point (“${found.text}”)`,
      fix: date
        ? `Set the due date to ${date} and take “${found.text}” out of the title.`
        : `Move “${found.text}” into the due date and keep the title to the result.`,
      ...(date ? { suggestion: { dueDate: date } } : {}),
    };
  },
});
