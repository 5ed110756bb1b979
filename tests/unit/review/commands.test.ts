import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { ensureWorkspace, SETTING } from '../../../renderer/src/db/bootstrap';
import { createObjective, updateObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { checkIn } from '../../../renderer/src/db/commands/checkins';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import {
  carryOver,
  clearScore,
  closeAndCarryOver,
  closeCycle as closeCycleCommand,
  markUnitReviewed,
  saveRetro,
  setScore,
  type CarryPick,
} from '../../../renderer/src/db/commands/review';
import type { Initiative } from '../../../shared/domain/model';

let meId: string;
let companyId: string;
let cycleId: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 20, 12)); // 20 March 2026, Q1
  db.close();
  await db.delete();
  await db.open();
  await ensureWorkspace(new Date(2026, 2, 20));
  meId = (await db.settings.get(SETTING.me))!.value as string;
  companyId = (await db.orgUnits.where('kind').equals('company').first())!.id;
  cycleId = (await db.cycles.toCollection().first())!.id;
});
afterEach(() => vi.useRealTimers());

async function rejection(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

/** Closes a cycle whose objectives are all Me's, once Me has marked its review done. */
async function closeCycle(id: string): Promise<void> {
  await markUnitReviewed(id, meId);
  await closeCycleCommand(id);
}

/** Picks objectives with every one of their key results. */
async function whole(...objectiveIds: string[]): Promise<CarryPick[]> {
  return Promise.all(
    objectiveIds.map(async (objectiveId) => ({
      objectiveId,
      keyResultIds: (await db.keyResults.where('objectiveId').equals(objectiveId).toArray()).map(
        (k) => k.id,
      ),
    })),
  );
}

/** Everything of a cycle, to compare before and after. */
async function snapshot(id: string) {
  const objectives = await db.objectives.where('cycleId').equals(id).sortBy('id');
  const keyResults = await db.keyResults.where('cycleId').equals(id).sortBy('id');
  const krIds = keyResults.map((k) => k.id);
  return {
    cycle: await db.cycles.get(id),
    objectives,
    keyResults,
    checkIns: await db.checkIns.where('keyResultId').anyOf(krIds).sortBy('id'),
    initiatives: await db.initiatives.where('keyResultId').anyOf(krIds).sortBy('id'),
    scores: await db.scores.where('cycleId').equals(id).sortBy('id'),
    retros: await db.retros.where('cycleId').equals(id).sortBy('id'),
  };
}

async function platformObjective() {
  const o = await createObjective({
    title: 'Become the go-to person for our data platform',
    description: 'Teams ask me first',
    type: 'aspirational',
    ownerId: meId,
    cycleId,
  });
  await updateObjective(o.id, { planState: 'published' });
  const talks = await createKeyResult(o.id, {
    title: 'Internal talks given',
    kind: 'increase',
    start: 0,
    target: 3,
    unit: 'talks',
    weight: 2,
    dueDate: '2026-03-15',
  });
  const query = await createKeyResult(o.id, {
    title: 'Median query time',
    kind: 'decrease',
    start: 40,
    target: 10,
    unit: 's',
  });
  await checkIn(talks.id, { value: 2, confidence: 7, at: '2026-02-01' });
  await checkIn(query.id, { value: 25, confidence: 5, at: '2026-03-01' });
  const initiative: Initiative = {
    id: 'init-1',
    keyResultId: talks.id,
    ownerId: meId,
    title: 'Book the March lunch talk',
    priority: 1,
    dueDate: '2026-03-10',
    done: false,
    createdAt: '2026-01-05T00:00:00.000Z',
    updatedAt: '2026-01-05T00:00:00.000Z',
  };
  await db.initiatives.add(initiative);
  return { o, talks, query, initiative };
}

describe('setScore', () => {
  it('keeps the proposed score without a reason', async () => {
    const { talks } = await platformObjective();
    const s = await setScore(talks.id, { score: 0.7, reason: '' });
    expect(s).toMatchObject({ score: 0.7, reason: '', cycleId });
  });

  it('asks for a reason when the score differs from the proposed one, and writes nothing', async () => {
    const { talks } = await platformObjective();
    const errors = await rejection(setScore(talks.id, { score: 0.9, reason: '  ' }));
    expect(errors.reason).toMatch(/differs from the proposed 0\.7/);
    expect(await db.scores.count()).toBe(0);
  });

  it('refuses a score outside 0.0–1.0', async () => {
    const { talks } = await platformObjective();
    const errors = await rejection(setScore(talks.id, { score: 1.4, reason: 'great' }));
    expect(errors.score).toMatch(/0\.0 to 1\.0/);
  });

  it('edits the one score of a key result instead of adding another', async () => {
    const { talks } = await platformObjective();
    await setScore(talks.id, { score: 0.9, reason: 'The third talk happened on 1 April' });
    await setScore(talks.id, { score: 0.8, reason: 'Counted again' });
    const rows = await db.scores.where('keyResultId').equals(talks.id).toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ score: 0.8, reason: 'Counted again' });
  });

  it('goes back to the proposed score, and Undo brings the set one back', async () => {
    const { talks } = await platformObjective();
    await setScore(talks.id, { score: 0.9, reason: 'Late talk' });
    const token = await clearScore(talks.id);
    expect((await db.scores.toArray()).filter((s) => !s.deletedAt)).toHaveLength(0);
    await restoreDeleted(token);
    expect((await db.scores.toArray()).filter((s) => !s.deletedAt)).toHaveLength(1);
  });
});

describe('saveRetro', () => {
  it('keeps one retrospective per objective and one per unit for the cycle', async () => {
    const { o } = await platformObjective();
    const blank = { wentWell: '', missed: '', lessons: '', nextSteps: '' };
    await saveRetro({ cycleId, objectiveId: o.id, ...blank, wentWell: 'Two talks' });
    await saveRetro({
      cycleId,
      objectiveId: o.id,
      ...blank,
      wentWell: 'Two good talks',
      lessons: 'Book rooms early',
    });
    await saveRetro({
      cycleId,
      objectiveId: null,
      ownerId: companyId,
      ...blank,
      lessons: 'Fewer objectives',
    });
    await saveRetro({
      cycleId,
      objectiveId: null,
      ownerId: companyId,
      ...blank,
      lessons: 'Fewer, sharper objectives',
    });
    const rows = await db.retros.where('cycleId').equals(cycleId).toArray();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.objectiveId === o.id)).toMatchObject({
      wentWell: 'Two good talks',
      ownerId: meId,
    });
    expect(rows.find((r) => r.objectiveId === null)).toMatchObject({
      lessons: 'Fewer, sharper objectives',
      ownerId: companyId,
    });
  });

  it('needs an owner for a cycle retrospective', async () => {
    const errors = await rejection(
      saveRetro({
        cycleId,
        objectiveId: null,
        wentWell: 'x',
        missed: '',
        lessons: '',
        nextSteps: '',
      }),
    );
    expect(errors.ownerId).toBeDefined();
  });
});

describe('closeCycle', () => {
  it('writes the proposed score of every unscored key result and refuses writes afterwards', async () => {
    const { talks, query, o } = await platformObjective();
    await setScore(query.id, { score: 0.6, reason: 'Cache work lands next week' });
    await closeCycle(cycleId);
    expect((await db.cycles.get(cycleId))!.state).toBe('closed');
    const scores = await db.scores.where('cycleId').equals(cycleId).toArray();
    expect(scores.map((s) => [s.keyResultId, s.score]).sort()).toEqual(
      [
        [talks.id, 0.7],
        [query.id, 0.6],
      ].sort(),
    );
    expect(await rejection(setScore(talks.id, { score: 1, reason: 'x' }))).toHaveProperty(
      'cycleId',
    );
    expect(await rejection(updateObjective(o.id, { title: 'Changed' }))).toHaveProperty('cycleId');
    const blank = { wentWell: 'x', missed: '', lessons: '', nextSteps: '' };
    expect(await rejection(saveRetro({ cycleId, objectiveId: o.id, ...blank }))).toHaveProperty(
      'cycleId',
    );
  });
});

describe('carryOver', () => {
  it('copies every field, key results from their last value, initiatives, and links the source', async () => {
    const { o, talks, query, initiative } = await platformObjective();
    await closeCycle(cycleId);
    const r = await carryOver(cycleId, await whole(o.id));
    expect(r.cycle).toMatchObject({
      name: 'Q2 2026',
      kind: 'quarter',
      start: '2026-04-01',
      end: '2026-06-30',
      state: 'planning',
    });
    expect(r.created).toHaveLength(1);
    const copy = (await db.objectives.get(r.created[0]!.id))!;
    expect(copy).toMatchObject({
      cycleId: r.cycle.id,
      carriedFromId: o.id,
      title: o.title,
      description: 'Teams ask me first',
      type: 'aspirational',
      ownerId: meId,
      planState: 'published',
      alignedTo: null,
      rank: 1,
    });
    const krs = (await db.keyResults.where('objectiveId').equals(copy.id).toArray()).sort(
      (a, b) => a.rank - b.rank,
    );
    expect(krs).toHaveLength(2);
    expect(krs[0]).toMatchObject({
      title: 'Internal talks given',
      kind: 'increase',
      start: 2,
      current: 2,
      target: 3,
      unit: 'talks',
      weight: 2,
      // A new cycle's confidence comes from its own first check-in (calibration reads it).
      confidence: null,
      cycleId: r.cycle.id,
      ownerId: talks.ownerId,
      dueDate: '2026-06-13', // 15 March moved by the 90 days between the cycle starts
    });
    expect(krs[1]).toMatchObject({
      title: 'Median query time',
      kind: 'decrease',
      start: 25,
      current: 25,
      target: 10,
    });
    expect(krs[0]!.id).not.toBe(talks.id);
    expect(krs[1]!.id).not.toBe(query.id);
    const inits = await db.initiatives.where('keyResultId').equals(krs[0]!.id).toArray();
    expect(inits).toHaveLength(1);
    expect(inits[0]).toMatchObject({
      title: initiative.title,
      priority: 1,
      done: false,
      dueDate: '2026-06-08',
    });
    expect(inits[0]!.id).not.toBe(initiative.id);
  });

  it('changes nothing of the closed cycle', async () => {
    const { o } = await platformObjective();
    await saveRetro({
      cycleId,
      objectiveId: o.id,
      wentWell: 'Talks',
      missed: '',
      lessons: 'Start early',
      nextSteps: '',
    });
    await closeCycle(cycleId);
    const before = await snapshot(cycleId);
    await carryOver(cycleId, await whole(o.id));
    expect(await snapshot(cycleId)).toEqual(before);
  });

  it('uses the next cycle when it exists and does not carry the same objective twice', async () => {
    const { o } = await platformObjective();
    await closeCycle(cycleId);
    const first = await carryOver(cycleId, await whole(o.id));
    const second = await carryOver(cycleId, await whole(o.id));
    expect(second.cycle.id).toBe(first.cycle.id);
    expect(second.created).toHaveLength(0);
    expect(second.alreadyCarried).toEqual([o.title]);
    expect(await db.cycles.count()).toBe(2);
  });

  it('keeps an alignment when its target is carried too', async () => {
    const { o, talks } = await platformObjective();
    const child = await createObjective({
      title: 'Give a talk on the query cache',
      ownerId: meId,
      cycleId,
      alignedTo: { kind: 'keyResult', id: talks.id },
    });
    const lone = await createObjective({
      title: 'Write the migration guide',
      ownerId: meId,
      cycleId,
      alignedTo: { kind: 'objective', id: o.id },
    });
    await closeCycle(cycleId);
    const r = await carryOver(cycleId, await whole(o.id, child.id));
    const newParent = r.created.find((c) => c.carriedFromId === o.id)!;
    const newChild = r.created.find((c) => c.carriedFromId === child.id)!;
    const newTalks = (await db.keyResults.where('objectiveId').equals(newParent.id).toArray()).find(
      (k) => k.title === 'Internal talks given',
    )!;
    expect(newChild.alignedTo).toEqual({ kind: 'keyResult', id: newTalks.id });
    // Carried later, on its own: it hangs from the copy of its parent made before.
    const later = await carryOver(cycleId, await whole(lone.id));
    expect(later.created[0]!.alignedTo).toEqual({ kind: 'objective', id: newParent.id });
  });

  it('refuses a key result that already reached its target, naming it, and writes nothing', async () => {
    const { o, talks } = await platformObjective();
    await checkIn(talks.id, { value: 3, at: '2026-03-10' });
    await closeCycle(cycleId);
    const errors = await rejection(carryOver(cycleId, await whole(o.id)));
    expect(errors.keyResults).toMatch(/“Internal talks given” already reached its target/);
    expect(await db.cycles.count()).toBe(1);
    expect(await db.objectives.count()).toBe(1);
  });

  it('refuses an objective of another cycle and writes nothing', async () => {
    await platformObjective();
    await closeCycle(cycleId);
    const errors = await rejection(carryOver(cycleId, await whole('not-there')));
    expect(errors.objectives).toBeDefined();
    expect(await db.cycles.count()).toBe(1);
  });
});

describe('closeAndCarryOver', () => {
  it('closes and carries in one go', async () => {
    const { o } = await platformObjective();
    await markUnitReviewed(cycleId, meId);
    const r = await closeAndCarryOver(cycleId, await whole(o.id));
    expect((await db.cycles.get(cycleId))!.state).toBe('closed');
    expect(r.created.map((c) => c.carriedFromId)).toEqual([o.id]);
  });

  it('leaves the cycle open when carrying fails: all or nothing', async () => {
    await platformObjective();
    await markUnitReviewed(cycleId, meId);
    await rejection(closeAndCarryOver(cycleId, await whole('not-there')));
    expect((await db.cycles.get(cycleId))!.state).toBe('active');
    expect(await db.scores.count()).toBe(0);
  });

  it('opens the next cycle even when nothing is carried', async () => {
    await platformObjective();
    await markUnitReviewed(cycleId, meId);
    const r = await closeAndCarryOver(cycleId, []);
    expect(r.cycle.name).toBe('Q2 2026');
    expect(r.created).toEqual([]);
  });
});

describe('loadCalibration', () => {
  it("compares the owner's confidence at planning with final scores across closed cycles", async () => {
    const { loadCalibration } =
      await import('../../../renderer/src/features/review/useCalibration');
    const { createCycle } = await import('../../../renderer/src/db/commands/cycles');
    const earlier = await createCycle(
      { name: 'Q4 2025', kind: 'quarter', start: '2025-10-01', end: '2025-12-31', state: 'active' },
      companyId,
    );
    for (const [cId, at] of [
      [earlier.id, '2025-10-05'],
      [cycleId, '2026-01-05'],
    ] as const) {
      const o = await createObjective({
        title: `Ship the thing ${at}`,
        ownerId: meId,
        cycleId: cId,
      });
      const kr = await createKeyResult(o.id, {
        title: 'Things shipped',
        kind: 'increase',
        start: 0,
        target: 4,
      });
      await checkIn(kr.id, { value: 4, confidence: 9, at });
      await closeCycle(cId);
    }
    const c = await loadCalibration(meId);
    expect(c.points.map((p) => [p.name, p.confidence, p.score])).toEqual([
      ['Q4 2025', 0.9, 1],
      ['Q1 2026', 0.9, 1],
    ]);
    expect(c.verdict).toBe('sandbagging');
    expect((await loadCalibration(companyId)).points).toEqual([]);
  });
});
