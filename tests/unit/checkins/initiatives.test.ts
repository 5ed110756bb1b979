import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import {
  createKeyResult,
  deleteKeyResult,
  updateKeyResult,
} from '../../../renderer/src/db/commands/keyResults';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import {
  createInitiative,
  deleteInitiative,
  restoreInitiative,
  toggleInitiative,
  updateInitiative,
} from '../../../renderer/src/db/commands/initiatives';
import { freshWorkspace } from '../db/helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
let krId: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12));
  ws = await freshWorkspace();
  const o = await createObjective({
    title: 'Become the go-to person for our data platform',
    ownerId: ws.meId,
    cycleId: ws.cycle.id,
  });
  krId = (
    await createKeyResult(o.id, {
      title: 'Internal talks given',
      kind: 'increase',
      start: 0,
      target: 3,
    })
  ).id;
});
afterEach(() => vi.useRealTimers());

const get = async (id: string) => (await db.initiatives.get(id))!;

async function errorsOf(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

describe('initiatives', () => {
  it('are created under a key result, owned by its owner, priority 2 unless told', async () => {
    const i = await createInitiative(krId, { title: 'Rehearse the talk', dueDate: '2026-12-02' });
    expect(await get(i.id)).toMatchObject({
      keyResultId: krId,
      ownerId: ws.meId,
      priority: 2,
      done: false,
      dueDate: '2026-12-02',
    });
  });

  it('refuse an empty title or a priority outside 1–3, writing nothing', async () => {
    expect((await errorsOf(createInitiative(krId, { title: '  ' }))).title).toBe(
      'Title cannot be empty',
    );
    expect((await errorsOf(createInitiative(krId, { title: 'x', priority: 4 }))).priority).toBe(
      'Priority must be 1, 2 or 3',
    );
    expect(await db.initiatives.count()).toBe(0);
  });

  it('are edited, and Undo puts the old fields back', async () => {
    const i = await createInitiative(krId, { title: 'Rehearse', priority: 2 });
    const { before } = await updateInitiative(i.id, {
      title: 'Rehearse the talk twice',
      priority: 1,
      dueDate: '',
    });
    expect(await get(i.id)).toMatchObject({
      title: 'Rehearse the talk twice',
      priority: 1,
      dueDate: null,
    });
    await restoreInitiative(before);
    expect(await get(i.id)).toMatchObject({
      title: 'Rehearse',
      priority: 2,
      updatedAt: before.updatedAt,
    });
  });

  it('are marked done and back, with the moment of completion kept for the weekly report', async () => {
    const i = await createInitiative(krId, { title: 'Draft the outline' });
    vi.setSystemTime(new Date(2026, 10, 25, 15));
    const { before, after } = await toggleInitiative(i.id);
    expect(after.done).toBe(true);
    expect(after.updatedAt).toBe(new Date(2026, 10, 25, 15).toISOString());
    await restoreInitiative(before);
    expect((await get(i.id)).done).toBe(false);
  });

  it('are deleted softly and come back with Undo', async () => {
    const i = await createInitiative(krId, { title: 'Book a room' });
    const token = await deleteInitiative(i.id);
    expect((await get(i.id)).deletedAt).toBeTruthy();
    await restoreDeleted(token);
    expect((await get(i.id)).deletedAt).toBeNull();
  });

  it('go with their key result when it is deleted, and come back with it', async () => {
    const i = await createInitiative(krId, { title: 'Book a room' });
    const token = await deleteKeyResult(krId);
    expect((await get(i.id)).deletedAt).toBeTruthy();
    await expect(toggleInitiative(i.id)).rejects.toBeInstanceOf(ValidationError);
    await restoreDeleted(token);
    expect((await get(i.id)).deletedAt).toBeNull();
  });

  it('stay with a key result moved to another objective', async () => {
    const i = await createInitiative(krId, { title: 'Book a room' });
    const o2 = await createObjective({
      title: 'Give every team a data platform they trust',
      ownerId: ws.meId,
      cycleId: ws.cycle.id,
    });
    await updateKeyResult(krId, { objectiveId: o2.id });
    expect((await get(i.id)).keyResultId).toBe(krId);
  });
});
