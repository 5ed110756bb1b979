import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { createObjective } from '../../../renderer/src/db/commands/objectives';
import {
  createKeyResult,
  recordValue as recordViaKeyResults,
  updateKeyResult,
} from '../../../renderer/src/db/commands/keyResults';
import { setCycleState } from '../../../renderer/src/db/commands/cycles';
import {
  checkInsOf,
  deleteCheckIn,
  editCheckIn,
  recordValue,
  undoCheckInChange,
} from '../../../renderer/src/db/commands/checkins';
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

describe('recordValue', () => {
  it('appends a check-in and moves the current value and confidence with it', async () => {
    await recordValue(krId, { value: 1, confidence: 6, at: '2026-11-10' });
    await recordValue(krId, { value: 2, confidence: 7, note: 'Kafka talk' });
    expect(await kr()).toMatchObject({ current: 2, confidence: 7 });
    expect((await allRows()).map((c) => c.value).sort()).toEqual([1, 2]);
  });

  it('keeps a back-dated check-in as history without changing the current value', async () => {
    await recordValue(krId, { value: 2, at: '2026-11-20' });
    await recordValue(krId, { value: 1, at: '2026-11-01' });
    expect((await kr()).current).toBe(2);
  });

  it('is the same command the key result form uses', () => {
    expect(recordViaKeyResults).toBe(recordValue);
  });

  it.each([
    [{ value: Number.NaN }, 'value', 'Value must be a number'],
    [{ value: 1, confidence: 11 }, 'confidence', 'Confidence must be a whole number from 0 to 10'],
    [{ value: 1, confidence: -1 }, 'confidence', 'Confidence must be a whole number from 0 to 10'],
    [{ value: 1, confidence: 6.5 }, 'confidence', 'Confidence must be a whole number from 0 to 10'],
    [{ value: 1, at: '2026-09-30' }, 'at', 'Date is before Q4 2026 starts (2026-10-01)'],
    [{ value: 1, at: '2026-11-26' }, 'at', 'Date is in the future'],
    [{ value: 1, at: '2026-02-31' }, 'at', 'Date must be a real date written yyyy-mm-dd'],
  ])('refuses %j with a message at the field and writes nothing', async (input, field, message) => {
    const errors = await rejection(recordValue(krId, input));
    expect(errors[field]).toBe(message);
    expect(await allRows()).toEqual([]);
    expect((await kr()).current).toBe(0);
  });

  it('refuses a check-in in a closed cycle', async () => {
    await setCycleState(ws.cycle.id, 'closed');
    expect(Object.values(await rejection(recordValue(krId, { value: 1 })))[0]).toMatch(/closed/);
  });
});

describe('editCheckIn', () => {
  it('never overwrites: the old check-in is kept, retired, and its replacement appended', async () => {
    const first = await recordValue(krId, { value: 1, confidence: 5, at: '2026-11-10' });
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
    const first = await recordValue(krId, { value: 1, confidence: 5, at: '2026-11-10' });
    const change = await editCheckIn(first.id, { value: 2, confidence: 8 });
    await undoCheckInChange(change);
    expect((await liveRows()).map((c) => c.id)).toEqual([first.id]);
    expect(await kr()).toMatchObject({ current: 1, confidence: 5 });
  });

  it('refuses a bad correction and leaves the history as it was', async () => {
    const first = await recordValue(krId, { value: 1, at: '2026-11-10' });
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
    const a = await recordValue(krId, { value: 1, at: '2026-11-10' });
    await recordValue(krId, { value: 2, at: '2026-11-17' });
    await editCheckIn(a.id, { at: '2026-11-24' });
    expect((await kr()).current).toBe(1);
  });
});

describe('deleteCheckIn', () => {
  it('falls back to the previous value, and Undo brings the check-in back', async () => {
    await recordValue(krId, { value: 1, confidence: 6, at: '2026-11-10' });
    const latest = await recordValue(krId, { value: 2, confidence: 8, at: '2026-11-24' });
    const change = await deleteCheckIn(latest.id);
    expect(await kr()).toMatchObject({ current: 1, confidence: 6 });
    await undoCheckInChange(change);
    expect(await kr()).toMatchObject({ current: 2, confidence: 8 });
    expect(await liveRows()).toHaveLength(2);
  });

  it('returns a key result to its start value when its only check-in goes', async () => {
    const only = await recordValue(krId, { value: 2, confidence: 7 });
    await deleteCheckIn(only.id);
    expect(await kr()).toMatchObject({ current: 0, confidence: null });
  });

  it('cannot delete a check-in twice', async () => {
    const only = await recordValue(krId, { value: 2 });
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
      await recordValue(krId, { value: v, at });
      await recordValue(other.id, { value: 30, at });
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
    await recordValue(krId, { value: 1, at: '2026-11-10' });
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
