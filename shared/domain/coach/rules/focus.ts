import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import {
  isTied,
  keyResultsOf,
  MAX_OBJECTIVES,
  ownerCountOf,
  ownerUnitOf,
  placeByRankOf,
  type CoachContext,
} from '../context';
import type { CoachObjective } from '../types';
import { possessive } from '../../../format/possessive';

/** Rules about focus and order: few objectives, a handful of key results, a priority each. */

export { MAX_OBJECTIVES };
export const MIN_KEY_RESULTS = 2;
export const MAX_KEY_RESULTS = 5;

const ownerName = (o: CoachObjective, ctx: CoachContext) =>
  (o.ownerId && ownerUnitOf(ctx, o)?.name) || 'This owner';

export const tooManyObjectives = defineRule({
  id: 'too-many-objectives',
  name: 'Too many objectives',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.focus,
  check(o, ctx) {
    const position = placeByRankOf(ctx, o);
    if (position <= MAX_OBJECTIVES) return null;
    const count = ownerCountOf(ctx, o);
    return {
      message: `${ownerName(o, ctx)} has ${count} objectives this cycle; this one is number ${position}`,
      fix: `Keep at most ${MAX_OBJECTIVES}: drop this one, merge it into another, or move it to a later cycle.`,
    };
  },
});

export const tooFewKeyResults = defineRule({
  id: 'too-few-key-results',
  name: 'Too few key results',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.customOkr,
  check(o, ctx) {
    const n = keyResultsOf(ctx, o).length;
    if (n >= MIN_KEY_RESULTS) return null;
    return {
      message: n === 0 ? 'Objective has no key results' : 'Objective has only one key result',
      fix: `Add ${MIN_KEY_RESULTS - n === 2 ? 'two to five' : 'one to four more'} measurable results that together show the objective is reached.`,
    };
  },
});

export const tooManyKeyResults = defineRule({
  id: 'too-many-key-results',
  name: 'Too many key results',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.cutOff,
  check(o, ctx) {
    const n = keyResultsOf(ctx, o).length;
    if (n <= MAX_KEY_RESULTS) return null;
    return {
      message: `Objective has ${n} key results (more than ${MAX_KEY_RESULTS})`,
      fix: 'Keep the three to five that best prove the objective; the rest are initiatives or noise.',
    };
  },
});

export const noPriority = defineRule({
  id: 'no-priority',
  name: 'No priority or a tie',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.noPriority,
  check(o, ctx) {
    const count = ownerCountOf(ctx, o);
    if (count < 2) return null;
    if (!o.rank)
      return {
        message: `No priority set among ${possessive(ownerName(o, ctx).replace('This owner', 'the owner'))} ${count} objectives`,
        fix: 'Rank it: drag it into place, or set priorities from the planning votes.',
      };
    if (isTied(ctx, o))
      return {
        message: `Shares priority ${o.rank} with another objective of the same owner`,
        fix: 'Break the tie: decide which of the two comes first.',
      };
    return null;
  },
});
