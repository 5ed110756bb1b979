import { describe, expect, it } from 'vitest';
import {
  checkInAt,
  confidenceAt,
  expectedLine,
  keyResultAt,
  objectiveProgressAt,
  objectiveProgressSeries,
  progressAt,
  sortCheckIns,
  valueAt,
  valueSeries,
  type HistoryCheckIn,
} from '../../../shared/domain/history';

const ci = (
  at: string,
  value: number,
  confidence: number | null = null,
  createdAt = `${at}T09:00:00Z`,
): HistoryCheckIn => ({
  at,
  value,
  confidence,
  createdAt,
});
const talks = {
  id: 'talks',
  kind: 'increase' as const,
  start: 0,
  target: 3,
  milestones: [],
  weight: 1,
};
const query = {
  id: 'query',
  kind: 'decrease' as const,
  start: 40,
  target: 10,
  milestones: [],
  weight: 1,
};
const cycle = { start: '2026-10-01', end: '2026-12-31' };

describe('sortCheckIns', () => {
  it('orders by date, then by when each was made, and leaves out deleted ones', () => {
    const rows = [
      ci('2026-10-20', 2, null, '2026-10-20T12:00:00Z'),
      ci('2026-10-05', 1),
      { ...ci('2026-10-10', 9), deletedAt: '2026-10-11T00:00:00Z' },
      ci('2026-10-20', 1.5, null, '2026-10-20T08:00:00Z'),
    ];
    expect(sortCheckIns(rows).map((c) => c.value)).toEqual([1, 1.5, 2]);
  });
});

describe('valueAt', () => {
  const history = sortCheckIns([ci('2026-10-05', 1), ci('2026-10-19', 2), ci('2026-11-02', 3)]);
  it('is the start value before the first check-in', () => {
    expect(valueAt(talks, history, '2026-10-04')).toBe(0);
  });
  it('is the latest check-in on or before the date', () => {
    expect(valueAt(talks, history, '2026-10-05')).toBe(1);
    expect(valueAt(talks, history, '2026-10-18')).toBe(1);
    expect(valueAt(talks, history, '2026-10-19')).toBe(2);
    expect(valueAt(talks, history, '2026-12-31')).toBe(3);
  });
  it('takes the last check-in made on a day with several', () => {
    const sameDay = sortCheckIns([ci('2026-10-05', 5, null, 'b'), ci('2026-10-05', 4, null, 'a')]);
    expect(checkInAt(sameDay, '2026-10-05')?.value).toBe(5);
  });
});

describe('confidenceAt', () => {
  it('keeps the last confidence given when a later check-in gives none', () => {
    const history = sortCheckIns([
      ci('2026-10-05', 1, 6),
      ci('2026-10-12', 2, null),
      ci('2026-10-19', 2, 8),
    ]);
    expect(confidenceAt(history, '2026-10-04')).toBeNull();
    expect(confidenceAt(history, '2026-10-13')).toBe(6);
    expect(confidenceAt(history, '2026-10-19')).toBe(8);
  });
});

describe('progressAt', () => {
  it('recomputes a decrease-to result’s progress as it stood on a past date', () => {
    const history = sortCheckIns([ci('2026-10-12', 33), ci('2026-11-02', 25)]);
    expect(progressAt(query, history, '2026-10-01')).toBe(0);
    expect(progressAt(query, history, '2026-10-20')).toBeCloseTo(7 / 30);
    expect(progressAt(query, history, '2026-11-02')).toBeCloseTo(0.5);
  });
  it('counts milestones done up to the value recorded on the date', () => {
    const ms = {
      kind: 'milestones' as const,
      start: 0,
      target: 4,
      milestones: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id, done: true })),
    };
    const history = sortCheckIns([ci('2026-10-10', 1), ci('2026-11-10', 3)]);
    expect(progressAt(ms, history, '2026-10-20')).toBe(0.25);
    expect(keyResultAt(ms, history, '2026-11-20').milestones.map((m) => m.done)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('valueSeries', () => {
  it('keeps one point a day, the day’s last value', () => {
    const history = sortCheckIns([
      ci('2026-10-05', 1, null, 'a'),
      ci('2026-10-05', 2, null, 'b'),
      ci('2026-10-09', 3),
    ]);
    expect(valueSeries(history)).toEqual([
      { at: '2026-10-05', value: 2 },
      { at: '2026-10-09', value: 3 },
    ]);
  });
});

describe('expectedLine', () => {
  it('runs from the start value on the first day to the target on the last', () => {
    expect(expectedLine({ ...query, dueDate: null }, cycle)).toEqual({
      from: { at: '2026-10-01', value: 40 },
      to: { at: '2026-12-31', value: 10 },
    });
  });
  it('ends on the key result’s due date when it falls within the cycle', () => {
    expect(expectedLine({ ...talks, dueDate: '2026-11-30' }, cycle)?.to).toEqual({
      at: '2026-11-30',
      value: 3,
    });
  });
  it('has no path for a result to hold or a done/not-done result', () => {
    expect(
      expectedLine({ kind: 'stayAbove', start: 99, target: 99.9, dueDate: null }, cycle),
    ).toBeNull();
    expect(expectedLine({ kind: 'binary', start: 0, target: 1, dueDate: null }, cycle)).toBeNull();
  });
});

describe('objectiveProgressSeries', () => {
  const byKr = new Map([
    ['talks', sortCheckIns([ci('2026-10-10', 1), ci('2026-11-10', 3)])],
    ['query', sortCheckIns([ci('2026-10-20', 25)])],
  ]);
  it('weighs each key result’s progress on each day someone checked in', () => {
    expect(objectiveProgressSeries([talks, query], byKr, cycle, '2026-10-31')).toEqual([
      { at: '2026-10-01', value: 0 },
      { at: '2026-10-10', value: 1 / 3 / 2 },
      { at: '2026-10-20', value: (1 / 3 + 0.5) / 2 },
    ]);
  });
  it('gives the objective’s progress on any date', () => {
    expect(objectiveProgressAt([talks, query], byKr, '2026-12-01')).toBeCloseTo(0.75);
  });
});
