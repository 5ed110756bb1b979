import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import {
  createObjective,
  deleteObjective,
  moveObjectiveRank,
  updateObjective,
} from '../../../renderer/src/db/commands/objectives';
import { createKeyResult, updateKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { checkIn } from '../../../renderer/src/db/commands/checkins';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import { createCycle, setCycleState } from '../../../renderer/src/db/commands/cycles';
import { ensureWorkspace } from '../../../renderer/src/db/bootstrap';
import { loadSampleWorkspace } from '../../../renderer/src/db/commands/sample';
import { objectiveProgress } from '../../../shared/domain/progress';
import { freshWorkspace } from './helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12));
  ws = await freshWorkspace();
});
afterEach(() => vi.useRealTimers());

const objective = (title = 'Become the go-to person for our data platform') =>
  createObjective({ title, ownerId: ws.meId, cycleId: ws.cycle.id });

async function rejection(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

describe('first launch', () => {
  it('makes a company, a person for the user and the current quarter, once', async () => {
    expect(ws.company.name).toBe('My company');
    expect(ws.cycle).toMatchObject({
      name: 'Q4 2026',
      start: '2026-10-01',
      end: '2026-12-31',
      state: 'active',
    });
    await ensureWorkspace(new Date(2026, 10, 25));
    expect(await db.orgUnits.count()).toBe(2);
    expect(await db.cycles.count()).toBe(1);
  });
  it('loads the sample workspace into the open cycle with its alignment links', async () => {
    await loadSampleWorkspace(ws.cycle.id, new Date(2026, 10, 25));
    const objectives = await db.objectives.toArray();
    expect(objectives.length).toBeGreaterThanOrEqual(6);
    const mei = objectives.find(
      (o) => o.title === 'Become the go-to person for our data platform',
    )!;
    expect(mei.alignedTo?.kind).toBe('keyResult');
    expect(await db.checkIns.where('at').above('2026-11-25').count()).toBe(0);
    // The person made on first launch owns two key results: the check-in session has work.
    const mine = await db.keyResults.where('ownerId').equals(ws.meId).toArray();
    expect(mine.map((k) => k.title).sort()).toEqual([
      'New users who open a starter dashboard',
      'Starter dashboards shipped',
    ]);
  });
});

describe('objectives', () => {
  it('ranks new objectives after the owner’s existing ones', async () => {
    const a = await objective('First');
    const b = await objective('Second');
    expect([a.rank, b.rank]).toEqual([1, 2]);
  });
  it('refuses an empty title and writes nothing', async () => {
    const errors = await rejection(objective('  '));
    expect(errors.title).toBe('Title cannot be empty');
    expect(await db.objectives.count()).toBe(0);
  });
  it('reorders by moving one objective and renumbering without ties', async () => {
    const [a, b, c] = [await objective('A'), await objective('B'), await objective('C')];
    await moveObjectiveRank(c.id, 0);
    const ranks = Object.fromEntries((await db.objectives.toArray()).map((o) => [o.title, o.rank]));
    expect(ranks).toEqual({ C: 1, A: 2, B: 3 });
    expect([a.id, b.id]).toHaveLength(2);
  });
  it('refuses an alignment that would make a loop', async () => {
    const parent = await objective('Parent');
    const child = await createObjective({
      title: 'Child',
      ownerId: ws.meId,
      cycleId: ws.cycle.id,
      alignedTo: { kind: 'objective', id: parent.id },
    });
    const errors = await rejection(
      updateObjective(parent.id, { alignedTo: { kind: 'objective', id: child.id } }),
    );
    expect(errors.alignedTo).toMatch(/loop/);
    expect((await db.objectives.get(parent.id))!.alignedTo).toBeNull();
  });
  it('deletes an objective with its key results and check-ins, and Undo brings exactly them back', async () => {
    const o = await objective();
    const kr = await createKeyResult(o.id, {
      title: 'Talks given',
      kind: 'increase',
      start: 0,
      target: 3,
    });
    await checkIn(kr.id, { value: 1 });
    const token = await deleteObjective(o.id);
    expect((await db.objectives.get(o.id))!.deletedAt).toBeTruthy();
    expect((await db.checkIns.where('keyResultId').equals(kr.id).first())!.deletedAt).toBeTruthy();
    await restoreDeleted(token);
    expect((await db.objectives.get(o.id))!.deletedAt).toBeNull();
    expect((await db.keyResults.get(kr.id))!.deletedAt).toBeNull();
    expect((await db.checkIns.where('keyResultId').equals(kr.id).first())!.deletedAt).toBeNull();
  });
  it('refuses any change in a closed cycle', async () => {
    const o = await objective();
    await setCycleState(ws.cycle.id, 'closed');
    const errors = await rejection(updateObjective(o.id, { title: 'Renamed' }));
    expect(errors.cycleId).toMatch(/closed/);
  });
  it('refuses to reorder or record a value in a closed cycle, and writes nothing', async () => {
    const a = await objective('First');
    await objective('Second');
    const kr = await createKeyResult(a.id, {
      title: 'Talks',
      kind: 'increase',
      start: 0,
      target: 3,
    });
    await setCycleState(ws.cycle.id, 'closed');
    expect((await rejection(moveObjectiveRank(a.id, 1))).cycleId).toMatch(/closed/);
    expect((await rejection(checkIn(kr.id, { value: 2 }))).cycleId).toMatch(/closed/);
    expect((await db.objectives.get(a.id))!.rank).toBe(a.rank);
    expect(await db.checkIns.where('keyResultId').equals(kr.id).count()).toBe(0);
  });
});

describe('key results', () => {
  it('stores three kinds and computes the objective’s progress from them', async () => {
    const o = await objective();
    await createKeyResult(o.id, {
      title: 'Internal talks given',
      kind: 'increase',
      start: 0,
      target: 3,
      unit: 'talks',
    });
    const q = await createKeyResult(o.id, {
      title: 'Median query time',
      kind: 'decrease',
      start: 40,
      target: 10,
      unit: 's',
    });
    await createKeyResult(o.id, {
      title: 'Migration guide published',
      kind: 'binary',
      start: 5,
      target: 7,
    });
    await checkIn(q.id, { value: 25 });
    const krs = await db.keyResults.where('objectiveId').equals(o.id).toArray();
    expect(krs.find((k) => k.kind === 'binary')).toMatchObject({ start: 0, target: 1 });
    expect(objectiveProgress(krs)).toBeCloseTo(0.5 / 3);
  });
  it('refuses a target equal to the start, a negative weight and a due date outside the cycle', async () => {
    const o = await objective();
    const errors = await rejection(
      createKeyResult(o.id, {
        title: 'Users',
        kind: 'increase',
        start: 5,
        target: 5,
        weight: -1,
        dueDate: '2027-02-01',
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(['dueDate', 'target', 'weight']);
    expect(errors.dueDate).toMatch(/within Q4 2026/);
    expect(await db.keyResults.count()).toBe(0);
  });
  it('names the cycle’s dates in the refusal as the locale chosen in Settings writes them', async () => {
    await db.settings.put({ key: 'locale', value: 'en-GB' });
    const o = await objective();
    const errors = await rejection(
      createKeyResult(o.id, {
        title: 'Users',
        kind: 'increase',
        start: 0,
        target: 5,
        dueDate: '2027-02-01',
      }),
    );
    expect(errors.dueDate).toBe('Due date must fall within Q4 2026 (1 Oct – 31 Dec 2026)');
    expect(errors.dueDate).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('keeps every value as a check-in and the latest one as the current value', async () => {
    const o = await objective();
    const kr = await createKeyResult(o.id, {
      title: 'Talks',
      kind: 'increase',
      start: 0,
      target: 3,
    });
    await checkIn(kr.id, { value: 2, at: '2026-11-20' });
    await checkIn(kr.id, { value: 1, at: '2026-11-10' });
    expect((await db.keyResults.get(kr.id))!.current).toBe(2);
    expect(await db.checkIns.where('keyResultId').equals(kr.id).count()).toBe(2);
  });
  it('refuses a check-in in the future or before the cycle', async () => {
    const o = await objective();
    const kr = await createKeyResult(o.id, {
      title: 'Talks',
      kind: 'increase',
      start: 0,
      target: 3,
    });
    expect((await rejection(checkIn(kr.id, { value: 1, at: '2026-12-01' }))).at).toBe(
      'Date is in the future',
    );
    expect((await rejection(checkIn(kr.id, { value: 1, at: '2026-09-30' }))).at).toMatch(
      /before Q4 2026 starts/,
    );
    expect(await db.checkIns.count()).toBe(0);
  });
  it('moves a key result to another objective with its check-ins', async () => {
    const [a, b] = [await objective('A'), await objective('B')];
    const kr = await createKeyResult(a.id, {
      title: 'Talks',
      kind: 'increase',
      start: 0,
      target: 3,
    });
    await checkIn(kr.id, { value: 1 });
    await updateKeyResult(kr.id, { objectiveId: b.id });
    expect((await db.keyResults.get(kr.id))!.objectiveId).toBe(b.id);
    expect(await db.checkIns.where('keyResultId').equals(kr.id).count()).toBe(1);
  });
});

describe('cycles', () => {
  it('creates a custom cycle and refuses one that ends before it starts', async () => {
    const c = await createCycle(
      { name: 'Sprint', kind: 'custom', start: '2026-11-02', end: '2026-11-15' },
      ws.company.id,
    );
    expect(c.state).toBe('planning');
    const errors = await rejection(
      createCycle(
        { name: 'Bad', kind: 'custom', start: '2026-11-15', end: '2026-11-02' },
        ws.company.id,
      ),
    );
    expect(errors.end).toBe('End must not be before the start');
  });
});
