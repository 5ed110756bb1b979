import {
  objectiveSchema,
  type Alignment,
  type Objective,
  type ObjectiveType,
} from '@shared/domain/model';
import { wouldCreateLoop } from '@shared/domain/alignment';
import { check } from '@shared/domain/validation';
import type { Table } from 'dexie';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { markDeleted, type DeletionToken } from './softDelete';

export interface ObjectiveInput {
  title: string;
  description?: string;
  type?: ObjectiveType;
  ownerId: string;
  cycleId: string;
  alignedTo?: Alignment | null;
  /** The KPIs it is meant to move (a recovery objective); checked by the caller. */
  kpiIds?: string[];
}

async function siblings(cycleId: string, ownerId: string): Promise<Objective[]> {
  return live(await db.objectives.where('[cycleId+ownerId]').equals([cycleId, ownerId]).toArray());
}

async function checkAlignment(
  childId: string,
  cycleId: string,
  target: Alignment | null,
): Promise<void> {
  if (!target) return;
  const parentObjective =
    target.kind === 'objective'
      ? await db.objectives.get(target.id)
      : await db.keyResults
          .get(target.id)
          .then((kr) => (isLive(kr) ? db.objectives.get(kr.objectiveId) : undefined));
  if (!isLive(parentObjective))
    throw new ValidationError({ alignedTo: 'The objective to align to no longer exists' });
  if (parentObjective.id === childId)
    throw new ValidationError({ alignedTo: 'An objective cannot align to itself' });
  const [objectives, keyResults] = await Promise.all([
    db.objectives.where('cycleId').equals(cycleId).toArray(),
    db.keyResults.where('cycleId').equals(cycleId).toArray(),
  ]);
  if (wouldCreateLoop(childId, target, live(objectives), live(keyResults)))
    throw new ValidationError({
      alignedTo: `That would make a loop: "${parentObjective.title}" already hangs from this objective`,
    });
}

const OBJ_TABLES = [db.objectives, db.keyResults, db.cycles, db.orgUnits];

export async function createObjective(input: ObjectiveInput): Promise<Objective> {
  return db.transaction('rw', OBJ_TABLES, async () => {
    await assertOpenCycle(input.cycleId);
    const owner = await db.orgUnits.get(input.ownerId);
    if (!isLive(owner)) throw new ValidationError({ ownerId: 'Choose an owner' });
    const id = newId();
    await checkAlignment(id, input.cycleId, input.alignedTo ?? null);
    const rank =
      (await siblings(input.cycleId, input.ownerId)).reduce((m, o) => Math.max(m, o.rank), 0) + 1;
    const stamp = nowStamp();
    const r = check(objectiveSchema, {
      id,
      cycleId: input.cycleId,
      ownerId: input.ownerId,
      title: input.title,
      description: input.description ?? '',
      type: input.type ?? 'committed',
      rank,
      planState: 'draft',
      alignedTo: input.alignedTo ?? null,
      carriedFromId: null,
      ...(input.kpiIds?.length ? { kpiIds: input.kpiIds } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.objectives.add(r.value);
    return r.value;
  });
}

export type ObjectivePatch = Partial<
  Pick<Objective, 'title' | 'description' | 'type' | 'ownerId' | 'alignedTo' | 'planState'>
>;

export async function updateObjective(id: string, patch: ObjectivePatch): Promise<Objective> {
  return db.transaction('rw', OBJ_TABLES, async () => {
    const cur = await db.objectives.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This objective no longer exists' });
    await assertOpenCycle(cur.cycleId);
    if ('alignedTo' in patch) await checkAlignment(id, cur.cycleId, patch.alignedTo ?? null);
    const r = check(objectiveSchema, { ...cur, ...patch, updatedAt: nowStamp() });
    if (!r.ok) throw new ValidationError(r.errors);
    await db.objectives.put(r.value);
    return r.value;
  });
}

/** Sets the alignment (null unaligns). One write; the caller may undo by calling it again. */
export const alignObjective = (id: string, target: Alignment | null): Promise<Objective> =>
  updateObjective(id, { alignedTo: target });

/**
 * Moves an objective to position `toIndex` (0-based) among its owner's objectives in the
 * cycle, renumbering ranks 1..n so there are no ties afterwards.
 */
export async function moveObjectiveRank(id: string, toIndex: number): Promise<void> {
  await db.transaction('rw', OBJ_TABLES, async () => {
    const cur = await db.objectives.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This objective no longer exists' });
    await assertOpenCycle(cur.cycleId);
    const list = (await siblings(cur.cycleId, cur.ownerId)).sort(byRank).filter((o) => o.id !== id);
    list.splice(Math.max(0, Math.min(toIndex, list.length)), 0, cur);
    const stamp = nowStamp();
    await Promise.all(
      list.map((o, i) =>
        o.rank === i + 1 ? null : db.objectives.update(o.id, { rank: i + 1, updatedAt: stamp }),
      ),
    );
  });
}

/** Ranked first (1, 2, …), unranked (0) last, then by creation. */
export const byRank = (a: Objective, b: Objective): number =>
  (a.rank || Infinity) - (b.rank || Infinity) || a.createdAt.localeCompare(b.createdAt);

/** Deletes an objective with its key results, check-ins and initiatives; undoable. */
export async function deleteObjective(id: string): Promise<DeletionToken> {
  return db.transaction(
    'rw',
    [db.objectives, db.keyResults, db.checkIns, db.initiatives, db.cycles],
    async () => {
      const cur = await db.objectives.get(id);
      if (!isLive(cur)) throw new ValidationError({ id: 'This objective no longer exists' });
      await assertOpenCycle(cur.cycleId);
      const krs = live(await db.keyResults.where('objectiveId').equals(id).toArray()).map(
        (k) => k.id,
      );
      const checkIns = live(await db.checkIns.where('keyResultId').anyOf(krs).toArray()).map(
        (c) => c.id,
      );
      const initiatives = live(await db.initiatives.where('keyResultId').anyOf(krs).toArray()).map(
        (i) => i.id,
      );
      return markDeleted({ objectives: [id], keyResults: krs, checkIns, initiatives });
    },
  );
}

/**
 * Keeps an objective, with its key results, check-ins and everything else under it, on this
 * machine (in a team workspace it leaves the shared documents), or shares it again.
 */
export async function setObjectivePrivate(id: string, isPrivate: boolean): Promise<Objective> {
  const below = [db.keyResults, db.checkIns, db.initiatives, db.scores, db.retros] as const;
  const beside = [db.comments, db.votes, db.dismissals] as const;
  return db.transaction('rw', [db.objectives, db.cycles, ...below, ...beside], async () => {
    const cur = await db.objectives.get(id);
    if (!isLive(cur)) throw new ValidationError({ id: 'This objective no longer exists' });
    const next: Objective = { ...cur, private: isPrivate, updatedAt: nowStamp() };
    await db.objectives.put(next);
    // Each record is placed in a document by its objective: writing them again unchanged
    // takes them out of the team's documents, or puts them back.
    const krs = await db.keyResults.where('objectiveId').equals(id).toArray();
    const krIds = krs.map((k) => k.id);
    await db.keyResults.bulkPut(krs);
    type Rows = Table<{ id: string }, string>;
    for (const t of [db.checkIns, db.initiatives, db.scores] as unknown as Rows[])
      await t.bulkPut(await t.where('keyResultId').anyOf(krIds).toArray());
    for (const t of [db.retros, db.comments, db.votes] as unknown as Rows[])
      await t.bulkPut(await t.where('objectiveId').equals(id).toArray());
    await db.dismissals.bulkPut(
      await db.dismissals
        .where('subjectId')
        .anyOf([id, ...krIds])
        .toArray(),
    );
    return next;
  });
}
