import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { dayNumber, hasDates, keyResultsOf, progressOf } from '../context';
import type { CoachCycle } from '../types';

/** Rules about evaluation and ambition: results are checked on, reviewed, and not won on day one. */

export const STALE_DAYS = 14;

export const notCheckedIn = defineRule({
  id: 'not-checked-in',
  name: 'Not evaluated',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.regularEvaluation,
  check(kr, ctx) {
    if (ctx.cycle?.state !== 'active' || !Number.isFinite(ctx.start) || !Number.isFinite(ctx.today))
      return null;
    const created = dayNumber(kr.createdAt);
    const from = dayNumber(ctx.input.checkInsFrom);
    const seen = ctx.lastCheckIn.get(kr.id);
    const last = seen === undefined ? undefined : dayNumber(seen);
    const since = Math.max(
      ctx.start,
      Number.isFinite(created) ? created : -Infinity,
      Number.isFinite(from) ? from : -Infinity,
      last ?? -Infinity,
    );
    const days = ctx.today - since;
    if (days < STALE_DAYS) return null;
    const unseen = last === undefined && !(Number.isFinite(from) && from > ctx.start);
    return {
      message: unseen
        ? `Never checked in, ${days} days into the cycle`
        : `No check-in for ${days} days`,
      fix: 'Record where it stands now, with your confidence; a weekly check-in keeps it honest.',
    };
  },
});

export const notReviewed = defineRule({
  id: 'not-reviewed',
  name: 'Not evaluated',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.resultsAssessment,
  check(o, ctx) {
    if (ctx.cycle?.state !== 'closed') return null;
    const krs = keyResultsOf(ctx, o.id);
    const missing = krs.filter((k) => !ctx.scored.has(k.id)).length;
    if (missing === 0) return null;
    return {
      message: `${missing} of ${krs.length} key results were never scored`,
      fix: 'Score each key result 0.0–1.0 and write what was learned.',
    };
  },
});

const overlaps = (a: CoachCycle, b: CoachCycle): boolean =>
  hasDates(a) &&
  hasDates(b) &&
  dayNumber(a.start) <= dayNumber(b.end) &&
  dayNumber(b.start) <= dayNumber(a.end);

export const shortTermOnly = defineRule({
  id: 'short-term-only',
  name: 'Short-term only',
  severity: 'info',
  appliesTo: 'cycle',
  principle: PRINCIPLES.shortTerm,
  check(c, ctx) {
    const org = ctx.orgById;
    if (!org) return null;
    const isCompany = (ownerId: string | null | undefined) =>
      !!ownerId && org.get(ownerId)?.kind === 'company';
    if (
      (c.kind === 'half' || c.kind === 'year') &&
      ctx.input.objectives.some((o) => isCompany(o.ownerId))
    )
      return null;
    const longer = (ctx.input.longerCycles ?? []).filter(
      (l) =>
        (l.cycle.kind === 'half' || l.cycle.kind === 'year') &&
        l.cycle.id !== c.id &&
        overlaps(l.cycle, c),
    );
    if (longer.some((l) => l.objectives.some((o) => isCompany(o.ownerId)))) return null;
    return {
      message: 'No company objective for the half or the year covers this cycle',
      fix: 'Set one or two long-term company objectives in a half or year cycle, and align this cycle’s work to them.',
    };
  },
});

/** Progress of every key result of an objective, or null if any of them cannot be known. */
function progresses(krs: ReturnType<typeof keyResultsOf>): number[] | null {
  const out: number[] = [];
  for (const k of krs) {
    const p = progressOf(k);
    if (p === null) return null;
    out.push(p);
  }
  return out;
}

export const tooEasy = defineRule({
  id: 'too-easy',
  name: 'Too easy',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.clarifyGoal,
  check(o, ctx) {
    const krs = keyResultsOf(ctx, o.id);
    if (krs.length === 0) return null;
    const ps = progresses(krs);
    if (!ps) return null;
    const atStart = ctx.cycle?.state === 'planning' || (ctx.elapsed !== null && ctx.elapsed <= 0.1);
    const byHalfway =
      ctx.cycle?.state === 'planning' || (ctx.elapsed !== null && ctx.elapsed <= 0.5);
    if ((o.type ?? 'committed') === 'committed' && atStart && ps.every((p) => p >= 1))
      return {
        message: 'Committed objective is already at 100 % at the start of the cycle',
        fix: 'Raise the targets to something the team must work for, or drop it.',
      };
    if (o.type === 'aspirational' && byHalfway && ps.every((p) => p > 0.7))
      return {
        message: 'Every key result is already above 0.7 before halfway',
        fix: 'Stretch the targets: an aspirational objective should feel out of reach.',
      };
    return null;
  },
});
