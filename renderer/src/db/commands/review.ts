import { retroSchema, scoreSchema, type Retro, type Score } from '@shared/domain/model';
import { formatScore } from '@shared/report/review';
import { proposeScore } from '@shared/domain/review';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { markDeleted, type DeletionToken } from './softDelete';

/**
 * Review commands: key result scores and retrospectives here; a unit's review mark, closing a
 * cycle and carrying objectives over live in unitReview.ts, closeCycle.ts and carryOver.ts,
 * re-exported from here.
 */

export { closeCycle } from './closeCycle';
export { carryOver, closeAndCarryOver, type CarryOverResult, type CarryPick } from './carryOver';
export {
  markUnitReviewed,
  reopenUnitReview,
  restoreUnitReview,
  type ReviewState,
} from './unitReview';

const EPS = 1e-9;

export interface ScoreInput {
  score: number;
  reason: string;
}

/**
 * Sets a key result's final score. A score that differs from the one proposed from progress
 * needs a reason, so the report can say why.
 */
export async function setScore(keyResultId: string, input: ScoreInput): Promise<Score> {
  return db.transaction('rw', [db.scores, db.keyResults, db.cycles], async () => {
    const kr = await db.keyResults.get(keyResultId);
    if (!isLive(kr)) throw new ValidationError({ id: 'This key result no longer exists' });
    await assertOpenCycle(kr.cycleId);
    const proposed = proposeScore(kr);
    const value = Number.isFinite(input.score) ? Math.round(input.score * 100) / 100 : input.score;
    const reason = input.reason.trim();
    const existing = live(await db.scores.where('keyResultId').equals(keyResultId).toArray());
    const stamp = nowStamp();
    const r = check(scoreSchema, {
      id: existing[0]?.id ?? newId(),
      cycleId: kr.cycleId,
      keyResultId,
      ownerId: kr.ownerId,
      score: value,
      reason,
      createdAt: existing[0]?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    const errors = r.ok ? {} : { ...r.errors };
    if (!errors.score && Math.abs(value - proposed) > EPS && !reason)
      errors.reason = `Reason: say why the score differs from the proposed ${formatScore(proposed)}`;
    if (!r.ok || Object.keys(errors).length) throw new ValidationError(errors);
    await db.scores.put(r.value);
    // Only one live score per key result, even if an older copy was synced in.
    for (const extra of existing.slice(1)) await db.scores.update(extra.id, { deletedAt: stamp });
    return r.value;
  });
}

/** Goes back to the proposed score; undoable. */
export async function clearScore(keyResultId: string): Promise<DeletionToken> {
  return db.transaction('rw', [db.scores, db.keyResults, db.cycles], async () => {
    const kr = await db.keyResults.get(keyResultId);
    if (!isLive(kr)) throw new ValidationError({ id: 'This key result no longer exists' });
    await assertOpenCycle(kr.cycleId);
    const ids = live(await db.scores.where('keyResultId').equals(keyResultId).toArray()).map(
      (s) => s.id,
    );
    return markDeleted({ scores: ids });
  });
}

export interface RetroInput {
  cycleId: string;
  /** The objective reviewed, or null for the retrospective of the whole cycle. */
  objectiveId: string | null;
  /** For a cycle retrospective: the org unit (company, department, person) writing it. */
  ownerId?: string;
  wentWell: string;
  missed: string;
  lessons: string;
  nextSteps: string;
}

/** Saves the retrospective of an objective, or of the cycle for one org unit (one of each). */
export async function saveRetro(input: RetroInput): Promise<Retro> {
  return db.transaction('rw', [db.retros, db.objectives, db.orgUnits, db.cycles], async () => {
    await assertOpenCycle(input.cycleId);
    let ownerId: string;
    let existing: Retro[];
    if (input.objectiveId) {
      const o = await db.objectives.get(input.objectiveId);
      if (!isLive(o) || o.cycleId !== input.cycleId)
        throw new ValidationError({ objectiveId: 'The objective no longer exists in this cycle' });
      ownerId = o.ownerId;
      existing = live(await db.retros.where('objectiveId').equals(o.id).toArray());
    } else {
      const unit = input.ownerId ? await db.orgUnits.get(input.ownerId) : undefined;
      if (!isLive(unit))
        throw new ValidationError({ ownerId: 'Choose whose retrospective this is' });
      ownerId = unit.id;
      // Null is not indexed in IndexedDB: find cycle retrospectives through the cycle.
      existing = live(await db.retros.where('cycleId').equals(input.cycleId).toArray()).filter(
        (r) => r.objectiveId === null && r.ownerId === ownerId,
      );
    }
    const stamp = nowStamp();
    const r = check(retroSchema, {
      id: existing[0]?.id ?? newId(),
      cycleId: input.cycleId,
      objectiveId: input.objectiveId,
      ownerId,
      wentWell: input.wentWell.trim(),
      missed: input.missed.trim(),
      lessons: input.lessons.trim(),
      nextSteps: input.nextSteps.trim(),
      // Editing the text keeps the unit's review mark: reopening the review is its own act.
      ...(existing[0]?.reviewedAt
        ? { reviewedAt: existing[0].reviewedAt, reviewedBy: existing[0].reviewedBy ?? null }
        : {}),
      createdAt: existing[0]?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.retros.put(r.value);
    return r.value;
  });
}
