import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { dayOf, hasDates } from '../context';
import { formatDate } from '../../../format/dates';

/** Rules about time limits: a cycle has dates, and every key result is due within them. */

export const cycleWithoutDates = defineRule({
  id: 'cycle-without-dates',
  name: 'Cycle without dates',
  severity: 'error',
  appliesTo: 'cycle',
  principle: PRINCIPLES.timeNodes,
  check(c) {
    if (hasDates(c)) return null;
    const both = Number.isFinite(dayOf(c.start)) && Number.isFinite(dayOf(c.end));
    return {
      message: both ? 'The cycle ends before it starts' : 'The cycle has no start or end date',
      fix: 'Give the cycle a start and an end, e.g. a quarter.',
    };
  },
});

export const dueAfterCycle = defineRule({
  id: 'kr-due-after-cycle',
  name: 'Due after the cycle ends',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.timeLimit,
  check(kr, ctx) {
    if (!kr.dueDate || !Number.isFinite(ctx.end)) return null;
    // Most key results are due the day the cycle ends: no need to read the date.
    if (kr.dueDate === ctx.cycle!.end) return null;
    const due = dayOf(kr.dueDate);
    if (!Number.isFinite(due) || due <= ctx.end) return null;
    return {
      message: `Due ${formatDate(kr.dueDate, ctx.input.locale ?? '')}, after the cycle ends (${formatDate(ctx.cycle!.end!, ctx.input.locale ?? '')})`,
      fix: 'Bring the due date inside the cycle, or split the result so this cycle has its own target.',
    };
  },
});
