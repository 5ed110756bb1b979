import {
  commentSchema,
  objectiveSchema,
  type Comment,
  type Objective,
  type PlanState,
} from '@shared/domain/model';
import { canMovePlanState, PLAN_STATE_LABELS } from '@shared/domain/planning';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { markDeleted, type DeletionToken } from './softDelete';

/** The planning meeting's writes: each is one transaction, and bad input writes nothing. */

export * from './planningVotes';

async function liveObjective(id: string): Promise<Objective> {
  const o = await db.objectives.get(id);
  if (!isLive(o)) throw new ValidationError({ id: 'This objective no longer exists' });
  await assertOpenCycle(o.cycleId);
  return o;
}

async function move(o: Objective, to: PlanState): Promise<void> {
  if (o.planState === to) return;
  if (!canMovePlanState(o.planState, to))
    throw new ValidationError({
      planState: `“${o.title}” is ${PLAN_STATE_LABELS[o.planState].toLowerCase()}: it cannot become ${PLAN_STATE_LABELS[to].toLowerCase()} from there`,
    });
  const r = check(objectiveSchema, { ...o, planState: to, updatedAt: nowStamp() });
  if (!r.ok) throw new ValidationError(r.errors);
  await db.objectives.put(r.value);
}

/** Moves objectives to a planning state together: all of them, or none if one cannot move. */
export async function setPlanState(ids: readonly string[], to: PlanState): Promise<void> {
  await db.transaction('rw', [db.objectives, db.cycles], async () => {
    for (const id of ids) await move(await liveObjective(id), to);
  });
}

const FORWARD: readonly PlanState[] = ['draft', 'proposed', 'agreed', 'published'];

/**
 * Moves objectives forward to `to` through every step on the way (a personal OKR drafted after
 * the confirmation is proposed and agreed in one go), in one transaction.
 */
export async function advanceTo(ids: readonly string[], to: PlanState): Promise<void> {
  await db.transaction('rw', [db.objectives, db.cycles], async () => {
    for (const id of ids) {
      const o = await liveObjective(id);
      for (const step of FORWARD.slice(FORWARD.indexOf(o.planState) + 1, FORWARD.indexOf(to) + 1)) {
        await move(await liveObjective(id), step);
      }
    }
  });
}

export const submitProposal = (id: string) => setPlanState([id], 'proposed');
export const withdrawProposal = (id: string) => setPlanState([id], 'draft');
export const agreeObjectives = (ids: readonly string[]) => setPlanState(ids, 'agreed');

/** The plenary meeting: every agreed objective of the cycle becomes published. Returns how many. */
export async function publishCycle(cycleId: string): Promise<number> {
  return db.transaction('rw', [db.objectives, db.cycles], async () => {
    await assertOpenCycle(cycleId);
    const agreed = live(await db.objectives.where('cycleId').equals(cycleId).toArray()).filter(
      (o) => o.planState === 'agreed',
    );
    if (agreed.length === 0)
      throw new ValidationError({ publish: 'Nothing is agreed yet: confirm the proposals first' });
    const stamp = nowStamp();
    for (const o of agreed)
      await db.objectives.update(o.id, { planState: 'published', updatedAt: stamp });
    return agreed.length;
  });
}

export async function addComment(
  objectiveId: string,
  author: string,
  text: string,
): Promise<Comment> {
  return db.transaction('rw', [db.comments, db.objectives, db.cycles], async () => {
    const o = await liveObjective(objectiveId);
    const stamp = nowStamp();
    const r = check(commentSchema, {
      id: newId(),
      objectiveId,
      ownerId: o.ownerId,
      author,
      text,
      createdAt: stamp,
      updatedAt: stamp,
    });
    if (!r.ok)
      throw new ValidationError(
        Object.fromEntries(
          Object.entries(r.errors).map(([k, v]) => [
            k,
            v.replace(/^author/, 'Your name').replace(/^text/, 'Comment'),
          ]),
        ),
      );
    await db.comments.add(r.value);
    return r.value;
  });
}

export async function deleteComment(id: string): Promise<DeletionToken> {
  return db.transaction('rw', db.comments, async () => {
    if (!isLive(await db.comments.get(id)))
      throw new ValidationError({ id: 'This comment no longer exists' });
    return markDeleted({ comments: [id] });
  });
}

export interface CorrelationTarget {
  ownerId: string;
  title: string;
}

/**
 * Top-down correlation: from a company key result, one draft objective for each chosen
 * department or team, aligned to that key result — all created, or none.
 */
export async function correlateTopDown(
  keyResultId: string,
  targets: readonly CorrelationTarget[],
): Promise<Objective[]> {
  return db.transaction('rw', [db.objectives, db.keyResults, db.cycles, db.orgUnits], async () => {
    const kr = await db.keyResults.get(keyResultId);
    if (!isLive(kr)) throw new ValidationError({ keyResultId: 'This key result no longer exists' });
    await assertOpenCycle(kr.cycleId);
    if (targets.length === 0)
      throw new ValidationError({ targets: 'Choose at least one department or team' });
    const errors: Record<string, string> = {};
    const existing = live(await db.objectives.where('cycleId').equals(kr.cycleId).toArray());
    const stamp = nowStamp();
    const made: Objective[] = [];
    for (const t of targets) {
      const unit = await db.orgUnits.get(t.ownerId);
      if (!isLive(unit)) {
        errors[`owner-${t.ownerId}`] = 'This unit no longer exists';
        continue;
      }
      const rank =
        [...existing, ...made]
          .filter((o) => o.ownerId === t.ownerId)
          .reduce((m, o) => Math.max(m, o.rank), 0) + 1;
      const r = check(objectiveSchema, {
        id: newId(),
        cycleId: kr.cycleId,
        ownerId: t.ownerId,
        title: t.title,
        description: '',
        type: 'committed',
        rank,
        planState: 'draft',
        alignedTo: { kind: 'keyResult', id: kr.id },
        carriedFromId: null,
        createdAt: stamp,
        updatedAt: stamp,
      });
      if (!r.ok)
        errors[`title-${t.ownerId}`] =
          `${unit.name}: ${r.errors.title ?? Object.values(r.errors)[0]}`;
      else made.push(r.value);
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    await db.objectives.bulkAdd(made);
    return made;
  });
}
