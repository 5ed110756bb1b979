import { retroSchema, type Retro } from '@shared/domain/model';
import { cycleRetroOf } from '@shared/domain/cycleClose';
import { check } from '@shared/domain/validation';
import { SETTING } from '../bootstrap';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { possessive } from '@shared/format';

/**
 * A unit's review of a cycle, marked done or reopened. The mark lives on the unit's cycle
 * retrospective (`reviewedAt`, `reviewedBy`), so no table or index was added for it.
 */

/** A unit's review state, as it was before a change: what Undo puts back. */
export interface ReviewState {
  reviewedAt: string | null;
  reviewedBy: string | null;
}

const TABLES = [db.retros, db.cycles, db.orgUnits, db.settings];

/** The unit's cycle retrospectives. Null is not indexed in IndexedDB: found through the cycle. */
export async function cycleRetros(cycleId: string, unitId: string): Promise<Retro[]> {
  return live(await db.retros.where('cycleId').equals(cycleId).toArray()).filter(
    (r) => r.objectiveId === null && r.ownerId === unitId,
  );
}

/** Writes the review state on the unit's cycle retrospective (made, empty, if it has none). */
async function writeState(
  cycleId: string,
  unitId: string,
  next: (
    cur: ReviewState,
    ctx: { cycleName: string; unitName: string; meId: string | null },
  ) => ReviewState,
): Promise<ReviewState> {
  return db.transaction('rw', TABLES, async () => {
    const cycle = await assertOpenCycle(cycleId);
    const unit = await db.orgUnits.get(unitId);
    if (!isLive(unit)) throw new ValidationError({ unitId: 'This org unit no longer exists' });
    if (cycle.state === 'planning')
      throw new ValidationError({
        cycleId: `${cycle.name} is still in planning: there is nothing to review yet`,
      });
    const existing = cycleRetroOf(await cycleRetros(cycleId, unitId), unitId);
    const cur: ReviewState = {
      reviewedAt: existing?.reviewedAt ?? null,
      reviewedBy: existing?.reviewedBy ?? null,
    };
    const me = (await db.settings.get(SETTING.me))?.value;
    const person = typeof me === 'string' ? await db.orgUnits.get(me) : undefined;
    const state = next(cur, {
      cycleName: cycle.name,
      unitName: unit.name,
      meId: isLive(person) ? person.id : null,
    });
    const stamp = nowStamp();
    const r = check(retroSchema, {
      wentWell: '',
      missed: '',
      lessons: '',
      nextSteps: '',
      ...existing,
      id: existing?.id ?? newId(),
      cycleId,
      objectiveId: null,
      ownerId: unitId,
      ...state,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.retros.put(r.value);
    return cur;
  });
}

/**
 * Marks the unit's review of the cycle done, now, by the person using Cairn ("Me").
 * Returns the state before, for Undo.
 */
export function markUnitReviewed(cycleId: string, unitId: string): Promise<ReviewState> {
  return writeState(cycleId, unitId, (cur, { cycleName, unitName, meId }) => {
    if (cur.reviewedAt)
      throw new ValidationError({
        unitId: `${possessive(unitName)} review of ${cycleName} is already marked done`,
      });
    return { reviewedAt: nowStamp(), reviewedBy: meId };
  });
}

/** Reopens the unit's review of the cycle. Returns the state before, for Undo. */
export function reopenUnitReview(cycleId: string, unitId: string): Promise<ReviewState> {
  return writeState(cycleId, unitId, (cur, { cycleName, unitName }) => {
    if (!cur.reviewedAt)
      throw new ValidationError({
        unitId: `${possessive(unitName)} review of ${cycleName} is not marked done`,
      });
    return { reviewedAt: null, reviewedBy: null };
  });
}

/** Puts a unit's review state back as it was (Undo of a mark or a reopen). */
export async function restoreUnitReview(
  cycleId: string,
  unitId: string,
  state: ReviewState,
): Promise<void> {
  await writeState(cycleId, unitId, () => state);
}
