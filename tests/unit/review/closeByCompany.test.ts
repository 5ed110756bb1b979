import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { ensureWorkspace, SETTING } from '../../../renderer/src/db/bootstrap';
import { addOrgUnit } from '../../../renderer/src/db/commands/org';
import { setCycleState } from '../../../renderer/src/db/commands/cycles';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { checkIn } from '../../../renderer/src/db/commands/checkins';
import {
  closeAndCarryOver,
  closeCycle,
  markUnitReviewed,
  reopenUnitReview,
  restoreUnitReview,
  saveRetro,
} from '../../../renderer/src/db/commands/review';
import { reviewMarkOf } from '../../../shared/domain/cycleClose';
import { keyResultProgress } from '../../../shared/domain/progress';

// Northwind's quarter: Product (a department) and the company itself own objectives.
let meId: string;
let companyId: string;
let productId: string;
let cycleId: string;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 28, 12)); // 28 March 2026, the end of Q1
  db.close();
  await db.delete();
  await db.open();
  await ensureWorkspace(new Date(2026, 2, 28));
  meId = (await db.settings.get(SETTING.me))!.value as string;
  companyId = (await db.orgUnits.where('kind').equals('company').first())!.id;
  productId = (await addOrgUnit('department', 'Product', companyId)).id;
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

/** Every table, to show that a refused write wrote nothing. */
async function everything() {
  const tables = await Promise.all(db.tables.map((t) => t.toArray()));
  return Object.fromEntries(db.tables.map((t, i) => [t.name, tables[i]]));
}

async function markOf(unitId: string) {
  return reviewMarkOf(await db.retros.where('cycleId').equals(cycleId).toArray(), unitId);
}

/** Product's onboarding objective (committed) and the company's retention one. */
async function plan() {
  const habits = await createObjective({
    title: 'Turn first-week users into weekly habits',
    type: 'committed',
    ownerId: productId,
    cycleId,
  });
  const week2 = await createKeyResult(habits.id, {
    title: 'Users active in week two',
    kind: 'increase',
    start: 42,
    target: 60,
    unit: '%',
  });
  const checklist = await createKeyResult(habits.id, {
    title: 'Onboarding checklist completion',
    kind: 'increase',
    start: 30,
    target: 70,
    unit: '%',
  });
  const tour = await createKeyResult(habits.id, {
    title: 'Guided tour shipped',
    kind: 'binary',
    start: 0,
    target: 1,
  });
  await checkIn(week2.id, { value: 51, at: '2026-03-20' });
  await checkIn(checklist.id, { value: 70, at: '2026-03-20' });
  await checkIn(tour.id, { value: 1, at: '2026-03-21' });
  const retention = await createObjective({
    title: 'Make Northwind the product customers stay with',
    ownerId: companyId,
    cycleId,
  });
  await createKeyResult(retention.id, {
    title: 'Customer retention',
    kind: 'increase',
    start: 80,
    target: 88,
  });
  return { habits, week2, checklist, tour, retention };
}

describe('markUnitReviewed', () => {
  it('records who marked the review and when; Undo takes it back', async () => {
    await plan();
    const before = await markUnitReviewed(cycleId, productId);
    expect(await markOf(productId)).toEqual({
      at: new Date(2026, 2, 28, 12).toISOString(),
      byId: meId,
    });
    expect(await markOf(companyId)).toBeNull();
    await restoreUnitReview(cycleId, productId, before);
    expect(await markOf(productId)).toBeNull();
  });

  it('reopens a review, and Undo puts back the same mark', async () => {
    await plan();
    await markUnitReviewed(cycleId, productId);
    const mark = await markOf(productId);
    vi.setSystemTime(new Date(2026, 2, 29, 9));
    const before = await reopenUnitReview(cycleId, productId);
    expect(await markOf(productId)).toBeNull();
    await restoreUnitReview(cycleId, productId, before);
    expect(await markOf(productId)).toEqual(mark);
  });

  it("keeps the mark when the unit's retrospective is edited afterwards", async () => {
    await plan();
    await markUnitReviewed(cycleId, productId);
    const blank = { wentWell: '', missed: '', lessons: '', nextSteps: '' };
    await saveRetro({
      cycleId,
      objectiveId: null,
      ownerId: productId,
      ...blank,
      lessons: 'Ship earlier',
    });
    expect(await markOf(productId)).not.toBeNull();
    const own = (await db.retros.toArray()).filter((r) => r.ownerId === productId);
    expect(own).toHaveLength(1);
    expect(own[0]!.lessons).toBe('Ship earlier');
  });

  it('refuses a planning cycle, or a review already marked, and writes nothing', async () => {
    await plan();
    await markUnitReviewed(cycleId, productId);
    const snap = await everything();
    expect((await rejection(markUnitReviewed(cycleId, productId))).unitId).toBe(
      "Product's review of Q1 2026 is already marked done",
    );
    expect(await everything()).toEqual(snap);
    await setCycleState(cycleId, 'planning');
    expect((await rejection(markUnitReviewed(cycleId, companyId))).cycleId).toMatch(
      /still in planning/,
    );
  });
});

describe('closeCycle by the company', () => {
  it('leaves the cycle open when only a department has reviewed, naming who has not', async () => {
    await plan();
    await markUnitReviewed(cycleId, productId);
    const snap = await everything();
    const errors = await rejection(closeCycle(cycleId));
    expect(errors.cycleId).toMatch(/^My company has not marked its review done/);
    expect(await everything()).toEqual(snap);
    expect((await db.cycles.get(cycleId))!.state).toBe('active');
  });

  it('closes once every unit owning objectives has reviewed', async () => {
    await plan();
    await markUnitReviewed(cycleId, productId);
    await markUnitReviewed(cycleId, companyId);
    await closeCycle(cycleId);
    expect((await db.cycles.get(cycleId))!.state).toBe('closed');
    expect(await db.scores.count()).toBe(4);
  });

  it('closes without the units the person closing named, and no others', async () => {
    await plan();
    expect(
      (await rejection(closeCycle(cycleId, { acceptUnreviewed: [productId] }))).cycleId,
    ).toMatch(/^My company has not/);
    await closeCycle(cycleId, { acceptUnreviewed: [productId, companyId] });
    expect((await db.cycles.get(cycleId))!.state).toBe('closed');
  });

  it('refuses an empty cycle', async () => {
    expect((await rejection(closeCycle(cycleId))).cycleId).toBe(
      'Q1 2026 has no objectives: there is nothing to close',
    );
  });
});

describe('closeAndCarryOver with chosen key results', () => {
  it('carries only the key results chosen, each from its last value at 0 %, linked to the source', async () => {
    const { habits, week2, tour } = await plan();
    await markUnitReviewed(cycleId, productId);
    await markUnitReviewed(cycleId, companyId);
    // The checklist reached its target: left behind. The tour was done, and ticked anyway.
    const r = await closeAndCarryOver(cycleId, [
      { objectiveId: habits.id, keyResultIds: [week2.id, tour.id] },
    ]);
    expect(r.created).toHaveLength(1);
    expect(r.created[0]).toMatchObject({ carriedFromId: habits.id, ownerId: productId });
    const krs = (await db.keyResults.where('objectiveId').equals(r.created[0]!.id).toArray()).sort(
      (a, b) => a.rank - b.rank,
    );
    expect(krs.map((k) => [k.title, k.start, k.current, k.target])).toEqual([
      ['Users active in week two', 51, 51, 60],
      ['Guided tour shipped', 0, 0, 1],
    ]);
    expect(krs.map((k) => keyResultProgress(k))).toEqual([0, 0]);
    expect(krs.every((k) => k.cycleId === r.cycle.id)).toBe(true);
  });

  it('refuses a key result of another objective and leaves the cycle open', async () => {
    const { habits, retention } = await plan();
    const other = (await db.keyResults.where('objectiveId').equals(retention.id).first())!;
    await markUnitReviewed(cycleId, productId);
    await markUnitReviewed(cycleId, companyId);
    const errors = await rejection(
      closeAndCarryOver(cycleId, [{ objectiveId: habits.id, keyResultIds: [other.id] }]),
    );
    expect(errors.keyResults).toMatch(/is not one of “Turn first-week users into weekly habits”/);
    expect((await db.cycles.get(cycleId))!.state).toBe('active');
    expect(await db.cycles.count()).toBe(1);
  });

  it('refuses to close while a unit has not reviewed, and carries nothing', async () => {
    const { habits, week2 } = await plan();
    await markUnitReviewed(cycleId, productId);
    const snap = await everything();
    await rejection(
      closeAndCarryOver(cycleId, [{ objectiveId: habits.id, keyResultIds: [week2.id] }]),
    );
    expect(await everything()).toEqual(snap);
  });
});
