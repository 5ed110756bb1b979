import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult, updateKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { setCycleState } from '../../../renderer/src/db/commands/cycles';
import {
  checkInsOf,
  deleteCheckIn,
  editCheckIn,
  checkIn,
  undoCheckInChange,
} from '../../../renderer/src/db/commands/checkins';
import { freshWorkspace } from '../db/helpers';

let ws: Awaited<ReturnType<typeof freshWorkspace>>;
let krId: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 12));
  ws = await freshWorkspace();
  await db.settings.put({ key: 'locale', value: 'en-GB' });
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

const kr = async () => (await db.keyResults.get(krId))!;
const allRows = () => db.checkIns.where('keyResultId').equals(krId).toArray();
const liveRows = async () => (await allRows()).filter((c) => !c.deletedAt);

async function rejection(p: Promise<unknown>): Promise<Record<string, string>> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).errors;
}

describe('checkIn', () => {
  it('appends a check-in and moves the current value and confidence with it', async () => {
    await checkIn(krId, { value: 1, confidence: 6, at: '2026-11-10' });
    await checkIn(krId, { value: 2, confidence: 7, note: 'Kafka talk' });
    expect(await kr()).toMatchObject({ current: 2, confidence: 7 });
    expect((await allRows()).map((c) => c.value).sort()).toEqual([1, 2]);
  });

  it('keeps a back-dated check-in as history without changing the current value', async () => {
    await checkIn(krId, { value: 2, at: '2026-11-20' });
    await checkIn(krId, { value: 1, at: '2026-11-01' });
    expect((await kr()).current).toBe(2);
  });

  it.each([
    [{ value: Number.NaN }, 'value', 'Value must be a number'],
    [{ value: 1, confidence: 11 }, 'confidence', 'Confidence must be a whole number from 0 to 10'],
    [{ value: 1, confidence: -1 }, 'confidence', 'Confidence must be a whole number from 0 to 10'],
    [{ value: 1, confidence: 6.5 }, 'confidence', 'Confidence must be a whole number from 0 to 10'],
    [{ value: 1, at: '2026-09-30' }, 'at', 'Date is before Q4 2026 starts (1 Oct 2026)'],
    [{ value: 1, at: '2026-11-26' }, 'at', 'Date is in the future'],
    [{ value: 1, at: '2026-02-31' }, 'at', 'Date must be a real date written yyyy-mm-dd'],
  ])('refuses %j with a message at the field and writes nothing', async (input, field, message) => {
    const errors = await rejection(checkIn(krId, input));
    expect(errors[field]).toBe(message);
    expect(await allRows()).toEqual([]);
    expect((await kr()).current).toBe(0);
  });

  it('refuses a check-in in a closed cycle', async () => {
    await setCycleState(ws.cycle.id, 'closed');
    expect(Object.values(await rejection(checkIn(krId, { value: 1 })))[0]).toMatch(/closed/);
  });
});

describe('checkIn on milestones: ticks, value and words in one transaction', () => {
  let guideId: string;
  beforeEach(async () => {
    guideId = (
      await createKeyResult((await kr()).objectiveId, {
        title: 'Migration guide',
        kind: 'milestones',
        start: 0,
        target: 0,
        milestones: [
          { id: crypto.randomUUID(), title: 'Outline written', done: true },
          { id: crypto.randomUUID(), title: 'Reviewed by the team', done: false },
          { id: crypto.randomUUID(), title: 'Published', done: false },
        ],
      })
    ).id;
  });
  const guide = async () => (await db.keyResults.get(guideId))!;
  const ticks = async () => (await guide()).milestones.map((m) => m.done);
  const guideRows = () => db.checkIns.where('keyResultId').equals(guideId).toArray();
  const tickSecond = async () => ({ [(await guide()).milestones[1]!.id]: true });

  it('ticks the milestone and records the count, confidence, note and blockers together', async () => {
    await checkIn(guideId, {
      milestoneTicks: await tickSecond(),
      confidence: 8,
      note: 'Platform team signed off',
      blockers: 'Docs site is frozen until Monday',
    });
    expect(await ticks()).toEqual([true, true, false]);
    expect(await guide()).toMatchObject({ current: 2, confidence: 8 });
    expect(await guideRows()).toMatchObject([
      {
        value: 2,
        confidence: 8,
        note: 'Platform team signed off',
        blockers: 'Docs site is frozen until Monday',
        at: '2026-11-25',
      },
    ]);
  });

  it('refuses a bad confidence and leaves the ticks as they were, with no check-in', async () => {
    const errors = await rejection(
      checkIn(guideId, { milestoneTicks: await tickSecond(), confidence: 12 }),
    );
    expect(errors.confidence).toBe('Confidence must be a whole number from 0 to 10');
    expect(await ticks()).toEqual([true, false, false]);
    expect(await guide()).toMatchObject({ current: 1, confidence: null });
    expect(await guideRows()).toEqual([]);
  });

  it('refuses a check-in dated after the cycle’s end, naming the day, and writes nothing', async () => {
    vi.setSystemTime(new Date(2027, 0, 4, 9));
    const errors = await rejection(
      checkIn(guideId, { milestoneTicks: await tickSecond(), confidence: 7 }),
    );
    expect(errors.at).toBe('The cycle ended on 31 Dec 2026');
    expect(await ticks()).toEqual([true, false, false]);
    expect(await guideRows()).toEqual([]);
  });

  it('is one transaction: a failure after the ticks are written leaves them unticked', async () => {
    const failing = () => {
      throw new Error('disk unplugged');
    };
    db.checkIns.hook('creating', failing);
    try {
      await expect(
        checkIn(guideId, { milestoneTicks: await tickSecond(), confidence: 7 }),
      ).rejects.toThrow('disk unplugged');
    } finally {
      db.checkIns.hook('creating').unsubscribe(failing);
    }
    expect(await ticks()).toEqual([true, false, false]);
    expect((await guide()).current).toBe(1);
    expect(await guideRows()).toEqual([]);
  });

  it('records done / not done from a tick', async () => {
    const shipped = await createKeyResult((await kr()).objectiveId, {
      title: 'Guide published',
      kind: 'binary',
      start: 0,
      target: 1,
    });
    await checkIn(shipped.id, { done: true, confidence: 9 });
    expect(await db.keyResults.get(shipped.id)).toMatchObject({ current: 1, confidence: 9 });
    expect((await rejection(checkIn(shipped.id, { value: 3 }))).value).toBe(
      'Value must be 1 (done) or 0 (not done)',
    );
  });
});

describe('editCheckIn', () => {
  it('never overwrites: the old check-in is kept, retired, and its replacement appended', async () => {
    const first = await checkIn(krId, { value: 1, confidence: 5, at: '2026-11-10' });
    const change = await editCheckIn(first.id, { value: 2, note: 'Counted the meetup too' });
    const rows = await allRows();
    expect(rows).toHaveLength(2);
    expect(rows.find((c) => c.id === first.id)).toMatchObject({
      value: 1,
      deletedAt: change.stamp,
    });
    expect(await liveRows()).toMatchObject([
      { value: 2, confidence: 5, note: 'Counted the meetup too', at: '2026-11-10' },
    ]);
    expect((await kr()).current).toBe(2);
  });

  it('is undone: the original comes back, the replacement goes, the value follows', async () => {
    const first = await checkIn(krId, { value: 1, confidence: 5, at: '2026-11-10' });
    const change = await editCheckIn(first.id, { value: 2, confidence: 8 });
    await undoCheckInChange(change);
    expect((await liveRows()).map((c) => c.id)).toEqual([first.id]);
    expect(await kr()).toMatchObject({ current: 1, confidence: 5 });
  });

  it('refuses a bad correction and leaves the history as it was', async () => {
    const first = await checkIn(krId, { value: 1, at: '2026-11-10' });
    expect((await rejection(editCheckIn(first.id, { at: '2027-01-01' }))).at).toBe(
      'Date is in the future',
    );
    expect(
      (await rejection(editCheckIn(first.id, { value: Number.POSITIVE_INFINITY }))).value,
    ).toBe('Value must be a number');
    expect(await allRows()).toMatchObject([{ id: first.id, value: 1 }]);
    expect((await allRows())[0]!.deletedAt).toBeFalsy();
  });

  it('moves the current value when a correction changes which check-in is latest', async () => {
    const a = await checkIn(krId, { value: 1, at: '2026-11-10' });
    await checkIn(krId, { value: 2, at: '2026-11-17' });
    await editCheckIn(a.id, { at: '2026-11-24' });
    expect((await kr()).current).toBe(1);
  });
});

describe('deleteCheckIn', () => {
  it('falls back to the previous value, and Undo brings the check-in back', async () => {
    await checkIn(krId, { value: 1, confidence: 6, at: '2026-11-10' });
    const latest = await checkIn(krId, { value: 2, confidence: 8, at: '2026-11-24' });
    const change = await deleteCheckIn(latest.id);
    expect(await kr()).toMatchObject({ current: 1, confidence: 6 });
    await undoCheckInChange(change);
    expect(await kr()).toMatchObject({ current: 2, confidence: 8 });
    expect(await liveRows()).toHaveLength(2);
  });

  it('returns a key result to its start value when its only check-in goes', async () => {
    const only = await checkIn(krId, { value: 2, confidence: 7 });
    await deleteCheckIn(only.id);
    expect(await kr()).toMatchObject({ current: 0, confidence: null });
  });

  it('cannot delete a check-in twice', async () => {
    const only = await checkIn(krId, { value: 2 });
    await deleteCheckIn(only.id);
    expect((await rejection(deleteCheckIn(only.id))).id).toMatch(/no longer exists/);
  });
});

describe('check-ins of a key result in a date range', () => {
  it('come from the [keyResultId+at] index, never a scan of the table', async () => {
    const other = await createKeyResult((await kr()).objectiveId, {
      title: 'Median query time',
      kind: 'decrease',
      start: 40,
      target: 10,
    });
    for (const [at, v] of [
      ['2026-10-05', 1],
      ['2026-10-20', 2],
      ['2026-11-03', 3],
      ['2026-11-24', 4],
    ] as const) {
      await checkIn(krId, { value: v, at });
      await checkIn(other.id, { value: 30, at });
    }
    const indexes: string[] = [];
    const realGetAll = IDBIndex.prototype.getAll;
    const realCursor = IDBIndex.prototype.openCursor;
    const spies = [
      vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
        indexes.push(this.name);
        return realGetAll.apply(this, args);
      }),
      vi.spyOn(IDBIndex.prototype, 'openCursor').mockImplementation(function (
        this: IDBIndex,
        ...args
      ) {
        indexes.push(this.name);
        return realCursor.apply(this, args);
      }),
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
    ];
    const rows = await checkInsOf(krId, '2026-10-15', '2026-11-10');
    expect(rows.map((c) => c.value)).toEqual([2, 3]);
    expect(indexes).toEqual(['[keyResultId+at]']);
    expect(spies[2]).not.toHaveBeenCalled();
    expect(spies[3]).not.toHaveBeenCalled();
    for (const s of spies) s.mockRestore();
  });
});

describe('moving a key result to another objective', () => {
  it('keeps its check-ins', async () => {
    await checkIn(krId, { value: 1, at: '2026-11-10' });
    const o2 = await createObjective({
      title: 'Give every team a data platform they trust',
      ownerId: ws.meId,
      cycleId: ws.cycle.id,
    });
    await updateKeyResult(krId, { objectiveId: o2.id });
    expect(await checkInsOf(krId)).toHaveLength(1);
    expect((await kr()).objectiveId).toBe(o2.id);
  });
});
