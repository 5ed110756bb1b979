import { dismissalSchema, type Dismissal } from '@shared/domain/model';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { markDeleted, type DeletionToken } from './softDelete';

export interface DismissInput {
  ruleId: string;
  subjectId: string;
  /** The org unit owning the subject (the record's owner, for sync later). */
  ownerId: string;
  reason: string;
}

/** Dismisses a coach finding with a reason; the finding is kept, shown as dismissed. */
export async function dismissFinding(input: DismissInput): Promise<Dismissal> {
  return db.transaction('rw', db.dismissals, async () => {
    const stamp = nowStamp();
    const r = check(dismissalSchema, { id: newId(), ...input, createdAt: stamp, updatedAt: stamp });
    if (!r.ok)
      throw new ValidationError(
        r.errors.reason
          ? { reason: 'Say why you dismiss it: the reason cannot be empty' }
          : r.errors,
      );
    const already = live(
      await db.dismissals.where('subjectId').equals(input.subjectId).toArray(),
    ).some((d) => d.ruleId === input.ruleId);
    if (already) throw new ValidationError({ reason: 'This finding is already dismissed' });
    await db.dismissals.add(r.value);
    return r.value;
  });
}

/** Brings a dismissed finding back (undoable: the dismissal is soft-deleted). */
export async function reopenFinding(dismissalId: string): Promise<DeletionToken> {
  return db.transaction('rw', db.dismissals, async () => {
    if (!isLive(await db.dismissals.get(dismissalId)))
      throw new ValidationError({ id: 'This dismissal no longer exists' });
    return markDeleted({ dismissals: [dismissalId] });
  });
}
