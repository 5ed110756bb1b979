import { initiativeSchema, type Initiative } from '@shared/domain/model';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { markDeleted, type DeletionToken } from './softDelete';

/** Initiatives: the tasks that move a key result. Every change can be undone. */

const TABLES = [db.initiatives, db.keyResults, db.cycles];

export interface InitiativeInput {
  title: string;
  /** 1 = highest, 3 = lowest. */
  priority?: number;
  dueDate?: string | null;
}

async function openKeyResult(keyResultId: string) {
  const kr = await db.keyResults.get(keyResultId);
  if (!isLive(kr)) throw new ValidationError({ keyResultId: 'This key result no longer exists' });
  await assertOpenCycle(kr.cycleId);
  return kr;
}

function validated(row: unknown): Initiative {
  const r = check(initiativeSchema, row);
  if (!r.ok) {
    const errors = { ...r.errors };
    if (errors.priority) errors.priority = 'Priority must be 1, 2 or 3';
    throw new ValidationError(errors);
  }
  return r.value;
}

export async function createInitiative(
  keyResultId: string,
  input: InitiativeInput,
): Promise<Initiative> {
  return db.transaction('rw', TABLES, async () => {
    const kr = await openKeyResult(keyResultId);
    const stamp = nowStamp();
    const row = validated({
      id: newId(),
      keyResultId,
      ownerId: kr.ownerId,
      title: input.title,
      priority: input.priority ?? 2,
      dueDate: input.dueDate || null,
      done: false,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.initiatives.add(row);
    return row;
  });
}

async function change(
  id: string,
  patch: Partial<Initiative>,
  stamp = nowStamp(),
): Promise<{ before: Initiative; after: Initiative }> {
  return db.transaction('rw', TABLES, async () => {
    const before = await db.initiatives.get(id);
    if (!isLive(before)) throw new ValidationError({ id: 'This initiative no longer exists' });
    await openKeyResult(before.keyResultId);
    const after = validated({ ...before, ...patch, id, updatedAt: stamp });
    await db.initiatives.put(after);
    return { before, after };
  });
}

export type InitiativePatch = Partial<Pick<Initiative, 'title' | 'priority' | 'dueDate' | 'done'>>;

/** Edits an initiative; returns it as it was, for Undo (`restoreInitiative`). */
export const updateInitiative = (id: string, patch: InitiativePatch) =>
  change(id, { ...patch, ...('dueDate' in patch ? { dueDate: patch.dueDate || null } : {}) });

/** Marks done or not done; when it was marked done is its `updatedAt`, read by the weekly report. */
export async function toggleInitiative(
  id: string,
): Promise<{ before: Initiative; after: Initiative }> {
  const cur = await db.initiatives.get(id);
  if (!isLive(cur)) throw new ValidationError({ id: 'This initiative no longer exists' });
  return change(id, { done: !cur.done });
}

/** Undo of an edit or a toggle: puts back the fields it had. */
export async function restoreInitiative(before: Initiative): Promise<void> {
  // The old updatedAt comes back too, so a restored "done" keeps the week it was done in.
  const { title, priority, dueDate, done, updatedAt } = before;
  await change(before.id, { title, priority, dueDate, done }, updatedAt);
}

export async function deleteInitiative(id: string): Promise<DeletionToken> {
  return db.transaction('rw', TABLES, async () => {
    const cur = await db.initiatives.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This initiative no longer exists' });
    await openKeyResult(cur.keyResultId);
    return markDeleted({ initiatives: [id] });
  });
}
