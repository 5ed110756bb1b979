import { voteSchema, type Objective } from '@shared/domain/model';
import {
  breakTie,
  DEFAULT_DOT_BUDGET,
  MAX_DOT_BUDGET,
  PLAN_STATE_LABELS,
  ranksFromVotes,
  voteOrder,
  voteRefusal,
  voterKey,
} from '@shared/domain/planning';
import { check } from '@shared/domain/validation';
import { db } from '../schema';
import { isLive, live, newId, nowStamp, ValidationError } from '../records';
import { assertOpenCycle } from './cycles';
import { markDeleted, type DeletionToken } from './softDelete';

/** Dot voting and the priorities it sets: each write is one transaction. Reached through planning.ts. */

async function liveObjective(id: string): Promise<Objective> {
  const o = await db.objectives.get(id);
  if (!isLive(o)) throw new ValidationError({ id: 'This objective no longer exists' });
  await assertOpenCycle(o.cycleId);
  return o;
}

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
