import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import { checkedInCount } from '../context';
import { STALE_DAYS } from './evaluation';

/** Rules about the cycle as a whole: a rhythm of check-ins, a mix of ambition, what past scores say. */

export const noCheckInCadence = defineRule({
  id: 'no-check-in-cadence',
  name: 'No check-in rhythm',
  severity: 'warning',
  appliesTo: 'cycle',
  principle: PRINCIPLES.reviewMechanism,
  check(_c, ctx) {
    const keyResults = ctx.input.keyResults ?? [];
    if (!ctx.tracking || keyResults.length === 0) return null;
    // Too early to call it: the first check-ins are due after the first fortnight.
    if (ctx.today - ctx.start < STALE_DAYS * 2) return null;
    const checked = checkedInCount(ctx);
    if (checked * 2 >= keyResults.length) return null;
    return {
      message: `${keyResults.length - checked} of ${keyResults.length} key results have no check-in ${Math.round(ctx.today - ctx.start)} days into the cycle`,
      fix: 'Pick one day a week for check-ins and put it in everyone’s calendar.',
    };
  },
});

export const allCommitted = defineRule({
  id: 'all-committed',
  name: 'Everything committed',
  severity: 'info',
  appliesTo: 'cycle',
  principle: PRINCIPLES.unreasonableGoal,
  check(_c, ctx) {
    const objectives = ctx.input.objectives;
    if (objectives.length < 3 || objectives.some((o) => (o.type ?? 'committed') !== 'committed'))
      return null;
    return {
      message: `All ${objectives.length} objectives are committed; none stretches the team`,
      fix: 'Mark the one or two that should feel out of reach as aspirational.',
    };
  },
});

/** Mean scores above this, cycle after cycle, say the targets were set to be met. */
export const SANDBAG_SCORE = 0.9;
/** Mean scores below this, cycle after cycle, say the targets were out of reach. */
export const OVERREACH_SCORE = 0.3;

export const calibration = defineRule({
  id: 'calibration-history',
  name: 'Targets miscalibrated',
  severity: 'info',
  appliesTo: 'cycle',
  principle: PRINCIPLES.optimization,
  check(_c, ctx) {
    const past = (ctx.input.pastScores ?? []).slice(-3);
    if (past.length < 2) return null;
    const mean = past.reduce((s, p) => s + p.mean, 0) / past.length;
    const label = mean.toFixed(2);
    if (past.every((p) => p.mean >= SANDBAG_SCORE))
      return {
        message: `The last ${past.length} cycles scored ${label} on average: the targets were safe bets`,
        fix: 'Set this cycle’s targets where a 0.7 would feel like a success.',
      };
    if (past.every((p) => p.mean <= OVERREACH_SCORE))
      return {
        message: `The last ${past.length} cycles scored ${label} on average: the targets were out of reach`,
        fix: 'Aim where the team could get to 0.7 with real effort, and commit to fewer things.',
      };
    return null;
  },
});

export const emptyCycle = defineRule({
  id: 'empty-cycle',
  name: 'No objectives',
  severity: 'warning',
  appliesTo: 'cycle',
  principle: PRINCIPLES.disorderlyAction,
  check(c, ctx) {
    if (c.state !== 'active' || ctx.input.objectives.length > 0 || ctx.input.live) return null;
    return {
      message: 'The cycle is running with no objectives',
      fix: 'Plan the objectives for this cycle, or close it.',
    };
  },
});
