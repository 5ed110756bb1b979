import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { DEFAULT_STALE_DAYS } from '../../staleness';
import { dayOf, hasDates, keyResultsOf, lastCheckInOf, progressOf } from '../context';
import type { CoachCycle } from '../types';

/** Rules about evaluation and ambition: results are checked on, reviewed, and not won on day one. */

export const STALE_DAYS = DEFAULT_STALE_DAYS;

export const notCheckedIn = defineRule({
  id: 'not-checked-in',
  name: 'Not evaluated',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.regularEvaluation,
  check(kr, ctx) {
    if (!ctx.tracking) return null;
    const last = lastCheckInOf(ctx, kr);
    // Most key results were checked in lately: the days since can only be fewer.
    if (ctx.today - last < STALE_DAYS) return null;
    const created = dayOf(kr.createdAt);
    const from = ctx.from;
    const since = Math.max(
      ctx.start,
      Number.isFinite(created) ? created : -Infinity,
      Number.isFinite(from) ? from : -Infinity,
      Number.isFinite(last) ? last : -Infinity,
    );
    const days = ctx.today - since;
    if (days < STALE_DAYS) return null;
    const unseen = !Number.isFinite(last) && !(Number.isFinite(from) && from > ctx.start);
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
    const krs = keyResultsOf(ctx, o);
    const missing = krs.filter((k) => !ctx.scored.has(k.id)).length;
    if (missing === 0) return null;
    return {
      message: `${missing} of ${krs.length} key results were never scored`,
      fix: 'Score each key result 0.0–1.0 and write what was learned.',
    };
  },
});

const overlaps = (a: CoachCycle, b: CoachCycle): boolean =>
  hasDates(a) && hasDates(b) && dayOf(a.start) <= dayOf(b.end) && dayOf(b.start) <= dayOf(a.end);

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

export const tooEasy = defineRule({
  id: 'too-easy',
  name: 'Too easy',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.clarifyGoal,
  check(o, ctx) {
    const planning = ctx.cycle?.state === 'planning';
    const atStart = planning || (ctx.elapsed !== null && ctx.elapsed <= 0.1);
    const byHalfway = planning || (ctx.elapsed !== null && ctx.elapsed <= 0.5);
    const committed = (o.type ?? 'committed') === 'committed' && atStart;
    const aspirational = o.type === 'aspirational' && byHalfway;
    // Past the point where it could be too easy, progress is not read at all.
    if (!committed && !aspirational) return null;
    const krs = keyResultsOf(ctx, o);
    if (krs.length === 0) return null;
    let allDone = true;
    let allAbove = true;
    for (const k of krs) {
      const p = progressOf(k);
      // One key result whose progress cannot be known keeps the whole objective silent.
      if (p === null) return null;
      allDone &&= p >= 1;
      allAbove &&= p > 0.7;
    }
    if (committed && allDone)
      return {
        message: 'Committed objective is already at 100 % at the start of the cycle',
        fix: 'Raise the targets to something the team must work for, or drop it.',
      };
    if (aspirational && allAbove)
      return {
        message: 'Every key result is already above 0.7 before halfway',
        fix: 'Stretch the targets: an aspirational objective should feel out of reach.',
      };
    return null;
  },
});
