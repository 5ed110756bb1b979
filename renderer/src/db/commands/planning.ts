import {
  commentSchema,
  objectiveSchema,
  voteSchema,
  type Comment,
  type Objective,
  type PlanState,
} from '../../../../shared/domain/model';
import {
  breakTie,
  canMovePlanState,
  DEFAULT_DOT_BUDGET,
  MAX_DOT_BUDGET,
  PLAN_STATE_LABELS,
  ranksFromVotes,
  voteOrder,
  voteRefusal,
  voterKey,
} from '../../../../shared/domain/planning';
import { check } from '../../../../shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { markDeleted, type DeletionToken } from './softDelete';

/** The planning meeting's writes: each is one transaction, and bad input writes nothing. */

export const PLANNING_SETTING = {
  dotBudget: 'planning.dotBudget',
  handOrder: (cycleId: string) => `planning.handOrder.${cycleId}`,
} as const;

export async function dotBudget(): Promise<number> {
  const v = (await db.settings.get(PLANNING_SETTING.dotBudget))?.value;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : DEFAULT_DOT_BUDGET;
}

export async function setDotBudget(n: number): Promise<void> {
  if (!Number.isInteger(n) || n < 1 || n > MAX_DOT_BUDGET)
    throw new ValidationError({
      dotBudget: `Dots per person must be a whole number from 1 to ${MAX_DOT_BUDGET}`,
    });
  await db.transaction('rw', db.settings, () =>
    db.settings.put({ key: PLANNING_SETTING.dotBudget, value: n }),
  );
}

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

const votesOf = async (cycleId: string) =>
  live(await db.votes.where('cycleId').equals(cycleId).toArray());

/** One more dot from `voter` on a proposal; refused with a message past the dot budget. */
export async function castVote(objectiveId: string, voter: string): Promise<void> {
  await db.transaction('rw', [db.votes, db.objectives, db.cycles, db.settings], async () => {
    const o = await liveObjective(objectiveId);
    if (o.planState !== 'proposed')
      throw new ValidationError({
        dots: `Only proposals take votes; “${o.title}” is ${PLAN_STATE_LABELS[o.planState].toLowerCase()}`,
      });
    const votes = await votesOf(o.cycleId);
    const refusal = voteRefusal(votes, voter, await dotBudget());
    if (refusal) throw new ValidationError({ dots: refusal });
    const mine = votes.find(
      (v) => v.objectiveId === objectiveId && voterKey(v.voter) === voterKey(voter),
    );
    const stamp = nowStamp();
    const r = check(
      voteSchema,
      mine
        ? { ...mine, dots: mine.dots + 1, updatedAt: stamp }
        : {
            id: newId(),
            cycleId: o.cycleId,
            objectiveId,
            ownerId: o.ownerId,
            voter: voter.trim(),
            dots: 1,
            createdAt: stamp,
            updatedAt: stamp,
          },
    );
    if (!r.ok) throw new ValidationError(r.errors);
    await db.votes.put(r.value);
  });
}

/** Takes one of `voter`'s dots back from a proposal. */
export async function retractVote(objectiveId: string, voter: string): Promise<void> {
  await db.transaction('rw', [db.votes, db.objectives, db.cycles], async () => {
    const o = await liveObjective(objectiveId);
    const mine = (await votesOf(o.cycleId)).find(
      (v) => v.objectiveId === objectiveId && voterKey(v.voter) === voterKey(voter),
    );
    if (!mine || mine.dots === 0)
      throw new ValidationError({ dots: `${voter.trim() || 'You'} put no dot on “${o.title}”` });
    if (mine.dots === 1) await markDeleted({ votes: [mine.id] });
    else await db.votes.update(mine.id, { dots: mine.dots - 1, updatedAt: nowStamp() });
  });
}

/** Clears every vote of a cycle (undoable). */
export async function clearVotes(cycleId: string): Promise<DeletionToken> {
  return db.transaction('rw', [db.votes, db.cycles], async () => {
    await assertOpenCycle(cycleId);
    return markDeleted({ votes: (await votesOf(cycleId)).map((v) => v.id) });
  });
}

async function handOrder(cycleId: string): Promise<string[]> {
  const v = (await db.settings.get(PLANNING_SETTING.handOrder(cycleId)))?.value;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

async function proposalOrder(cycleId: string) {
  const proposals = live(await db.objectives.where('cycleId').equals(cycleId).toArray()).filter(
    (o) => o.planState === 'proposed',
  );
  return voteOrder(proposals, await votesOf(cycleId), await handOrder(cycleId));
}

/** Breaking a tie by hand: moves a proposal above or below the one it ties with. */
export async function moveInTie(
  cycleId: string,
  objectiveId: string,
  direction: -1 | 1,
): Promise<void> {
  await db.transaction('rw', [db.objectives, db.votes, db.settings], async () => {
    const next = breakTie(await proposalOrder(cycleId), objectiveId, direction);
    if (!next) throw new ValidationError({ order: 'It has no tie to break in that direction' });
    await db.settings.put({ key: PLANNING_SETTING.handOrder(cycleId), value: next });
  });
}

/** Sets every owner's priorities from the vote order. Returns how many ranks changed. */
export async function setPrioritiesFromVotes(cycleId: string): Promise<number> {
  return db.transaction('rw', [db.objectives, db.votes, db.settings, db.cycles], async () => {
    await assertOpenCycle(cycleId);
    const order = await proposalOrder(cycleId);
    if (order.length === 0) throw new ValidationError({ order: 'There are no proposals to rank' });
    const objectives = live(await db.objectives.where('cycleId').equals(cycleId).toArray());
    const changes = ranksFromVotes(
      objectives,
      order.map((p) => p.id),
    );
    const stamp = nowStamp();
    for (const [id, rank] of changes) await db.objectives.update(id, { rank, updatedAt: stamp });
    return changes.size;
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
