import { ORG_LEVEL } from '../../org';
import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';
import {
  keyResultById,
  keyResultsOf,
  objectiveById,
  ownerUnitOf,
  type CoachContext,
} from '../context';
import type { CoachObjective } from '../types';

/** Rules about who: every objective has an owner, and every owner below the company aligns upward. */

export const noOwner = defineRule({
  id: 'no-owner',
  name: 'No owner',
  severity: 'error',
  appliesTo: 'objective',
  principle: PRINCIPLES.teamFormation,
  check(o, ctx) {
    if (!o.ownerId)
      return {
        message: 'Objective has no owner',
        fix: 'Choose the team or person who will carry it.',
      };
    if (ctx.orgById && !ownerUnitOf(ctx, o))
      return {
        message: 'The objective’s owner no longer exists',
        fix: 'Give it to a team or person in the organisation.',
      };
    return null;
  },
});

export const keyResultNoOwner = defineRule({
  id: 'kr-no-owner',
  name: 'No owner',
  severity: 'warning',
  appliesTo: 'keyResult',
  principle: PRINCIPLES.teamFormation,
  check(kr, ctx) {
    if (!kr.ownerId || !ctx.orgById || ctx.unitOfId(kr.ownerId)) return null;
    return {
      message: 'The key result’s owner no longer exists',
      fix: 'Give it to someone in the organisation.',
    };
  },
});

export const notAligned = defineRule({
  id: 'not-aligned',
  name: 'Not aligned',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.goalConsistency,
  check(o, ctx) {
    if (o.alignedTo || !o.ownerId) return null;
    const owner = ownerUnitOf(ctx, o);
    if (!owner || owner.kind === 'company') return null;
    // Only when there is something higher up to align to: a lone person planning is not an orphan.
    if (ctx.topLevel >= ORG_LEVEL[owner.kind]) return null;
    return {
      message: `This ${owner.kind} objective is aligned to nothing`,
      fix: 'Choose the company or department objective or key result it serves.',
    };
  },
});

/** Where an objective's alignment points: in this cycle, elsewhere (known), or nowhere known. */
function alignedTarget(
  alignedTo: NonNullable<CoachObjective['alignedTo']>,
  ctx: CoachContext,
): { ownerId: string | null | undefined; objectiveId: string | null } | 'elsewhere' | null {
  if (alignedTo.kind === 'objective') {
    const o = objectiveById(ctx, alignedTo.id);
    if (o) return { ownerId: o.ownerId, objectiveId: o.id };
  } else {
    const kr = keyResultById(ctx, alignedTo.id);
    if (kr)
      return {
        ownerId: objectiveById(ctx, kr.objectiveId)?.ownerId,
        objectiveId: kr.objectiveId,
      };
  }
  return ctx.alignmentTargets.has(alignedTo.id) ? 'elsewhere' : null;
}

export const alignedToMissing = defineRule({
  id: 'aligned-to-missing',
  name: 'Aligned to nothing that exists',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.goalConsistency,
  check(o, ctx) {
    // Without the targets outside the cycle, a link that leaves the cycle cannot be judged.
    if (!o.alignedTo || !ctx.input.alignmentTargets) return null;
    if (alignedTarget(o.alignedTo, ctx) !== null) return null;
    return {
      message: `Aligned to a${o.alignedTo.kind === 'objective' ? 'n objective' : ' key result'} that was deleted`,
      fix: 'Choose what it serves now, or clear the alignment.',
    };
  },
});

export const alignedToClosedCycle = defineRule({
  id: 'aligned-to-closed-cycle',
  name: 'Aligned to a closed cycle',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.topDown,
  check(o, ctx) {
    if (!o.alignedTo || ctx.cycle?.state === 'closed') return null;
    const target = ctx.alignmentTargets.get(o.alignedTo.id);
    if (!target || target.cycleState !== 'closed') return null;
    return {
      message: `Aligned to a ${target.kind === 'objective' ? 'goal' : 'key result'} of a closed cycle${target.cycleName ? ` (${target.cycleName})` : ''}`,
      fix: 'Align it to what the company aims for now, in an open cycle.',
    };
  },
});

export const alignedSideways = defineRule({
  id: 'aligned-within-owner',
  name: 'Aligned to itself',
  severity: 'warning',
  appliesTo: 'objective',
  principle: PRINCIPLES.collaborativeCooperation,
  check(o, ctx) {
    if (!o.alignedTo || !o.ownerId) return null;
    const target = alignedTarget(o.alignedTo, ctx);
    const ownerId =
      target === 'elsewhere' ? ctx.alignmentTargets.get(o.alignedTo.id)?.ownerId : target?.ownerId;
    const own = target !== 'elsewhere' && target?.objectiveId === o.id;
    if (!own && ownerId !== o.ownerId) return null;
    return {
      message: own
        ? 'Aligned to one of its own key results'
        : 'Aligned to another objective of the same owner, not to anything higher up',
      fix: 'Align it to the team, department or company goal it serves.',
    };
  },
});

export const alignedToObjective = defineRule({
  id: 'aligned-to-objective',
  name: 'Aligned to a whole objective',
  severity: 'info',
  appliesTo: 'objective',
  principle: PRINCIPLES.topDown,
  check(o, ctx) {
    if (o.alignedTo?.kind !== 'objective') return null;
    const parent = objectiveById(ctx, o.alignedTo.id);
    // Only when the parent has key results to choose from.
    if (!parent || keyResultsOf(ctx, parent).length === 0) return null;
    return {
      message: 'Aligned to an objective rather than the key result it moves',
      fix: 'Choose the parent’s key result this objective moves: the link then says how it helps.',
    };
  },
});
