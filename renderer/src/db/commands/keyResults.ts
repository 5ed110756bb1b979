import { keyResultSchema, type KeyResult, type KrKind, type Milestone } from '@shared/domain/model';
import { isDateInCycle } from '@shared/domain/cycle';
import { formatDateRange } from '@shared/format';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { readLocale } from './settings';
import { markDeleted, type DeletionToken } from './softDelete';

export interface KeyResultInput {
  title: string;
  kind: KrKind;
  start: number;
  target: number;
  current?: number;
  unit?: string;
  weight?: number;
  dueDate?: string | null;
  ownerId?: string;
  milestones?: Milestone[];
}

const KR_TABLES = [db.keyResults, db.objectives, db.cycles, db.checkIns];

/** Numbers that a kind implies, so a form need not ask for them. */
function normalise(input: KeyResultInput): KeyResultInput {
  if (input.kind === 'binary') return { ...input, start: 0, target: 1, unit: '' };
  if (input.kind === 'milestones') {
    const ms = input.milestones ?? [];
    return {
      ...input,
      start: 0,
      target: ms.length,
      current: ms.filter((m) => m.done).length,
      unit: 'milestones',
    };
  }
  return input;
}

/** `locale` is read before the transaction (settings is not one of its tables). */
async function validated(kr: unknown, cycleId: string, locale: string): Promise<KeyResult> {
  const cycle = await assertOpenCycle(cycleId);
  const r = check(keyResultSchema, kr);
  const errors = r.ok ? {} : { ...r.errors };
  const due = (kr as { dueDate?: string | null }).dueDate;
  if (due && !errors.dueDate && !isDateInCycle(due, cycle))
    errors.dueDate = `Due date must fall within ${cycle.name} (${formatDateRange(cycle.start, cycle.end, locale)})`;
  if (!r.ok || Object.keys(errors).length) throw new ValidationError(errors);
  return r.value;
}

export async function createKeyResult(
  objectiveId: string,
  input: KeyResultInput,
): Promise<KeyResult> {
  const locale = await readLocale();
  return db.transaction('rw', KR_TABLES, async () => {
    const obj = await db.objectives.get(objectiveId);
    if (!isLive(obj)) throw new ValidationError({ objectiveId: 'The objective no longer exists' });
    const n = normalise(input);
    const rank =
      live(await db.keyResults.where('objectiveId').equals(objectiveId).toArray()).length + 1;
    const stamp = nowStamp();
    const kr = await validated(
      {
        id: newId(),
        objectiveId,
        cycleId: obj.cycleId,
        ownerId: n.ownerId ?? obj.ownerId,
        title: n.title,
        kind: n.kind,
        start: n.start,
        target: n.target,
        current: n.current ?? n.start,
        unit: n.unit ?? '',
        weight: n.weight ?? 1,
        dueDate: n.dueDate ?? null,
        confidence: null,
        milestones: n.milestones ?? [],
        rank,
        createdAt: stamp,
        updatedAt: stamp,
      },
      obj.cycleId,
      locale,
    );
    await db.keyResults.add(kr);
    return kr;
  });
}

export type KeyResultPatch = Partial<KeyResultInput> & { objectiveId?: string };

/** Edits a key result. Moving it to another objective keeps its check-ins and initiatives. */
export async function updateKeyResult(id: string, patch: KeyResultPatch): Promise<KeyResult> {
  const locale = await readLocale();
  return db.transaction('rw', KR_TABLES, async () => {
    const cur = await db.keyResults.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This key result no longer exists' });
    let cycleId = cur.cycleId;
    if (patch.objectiveId && patch.objectiveId !== cur.objectiveId) {
      const target = await db.objectives.get(patch.objectiveId);
      if (!isLive(target))
        throw new ValidationError({ objectiveId: 'The objective no longer exists' });
      cycleId = target.cycleId;
    }
    const merged = normalise({ ...cur, ...patch } as KeyResultInput);
    const kr = await validated(
      { ...cur, ...patch, ...merged, cycleId, updatedAt: nowStamp() },
      cycleId,
      locale,
    );
    await db.keyResults.put(kr);
    return kr;
  });
}

export async function deleteKeyResult(id: string): Promise<DeletionToken> {
  return db.transaction('rw', [db.keyResults, db.checkIns, db.initiatives, db.cycles], async () => {
    const cur = await db.keyResults.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This key result no longer exists' });
    await assertOpenCycle(cur.cycleId);
    const checkIns = live(await db.checkIns.where('keyResultId').equals(id).toArray()).map(
      (c) => c.id,
    );
    const initiatives = live(await db.initiatives.where('keyResultId').equals(id).toArray()).map(
      (i) => i.id,
    );
    return markDeleted({ keyResults: [id], checkIns, initiatives });
  });
}
