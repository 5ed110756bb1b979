import { ORG_LEVEL } from '../../org';
import { PRINCIPLES } from '../principles';
import { defineRule } from '../rule';

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
    if (ctx.orgById && !ctx.ownerUnitOf(o))
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
    if (!kr.ownerId || !ctx.orgById || ctx.unitOf(kr.ownerId)) return null;
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
    const owner = ctx.ownerUnitOf(o);
    if (!owner || owner.kind === 'company') return null;
    // Only when there is something higher up to align to: a lone person planning is not an orphan.
    if (ctx.topLevel >= ORG_LEVEL[owner.kind]) return null;
    return {
      message: `This ${owner.kind} objective is aligned to nothing`,
      fix: 'Choose the company or department objective or key result it serves.',
    };
  },
});
