import { describe, expect, it } from 'vitest';
import { dayValues, keyResultsInScope } from '../../../shared/report/reviewRecords';
import { checkIn, cycle, keyResult } from './fixtures';

describe('keyResultsInScope', () => {
  it('keeps the live key results of the objectives in scope, by rank', () => {
    const byObjective = keyResultsInScope(
      [
        keyResult('b', 'o1', 'Second', { rank: 2 }),
        keyResult('a', 'o1', 'First', { rank: 1 }),
        keyResult('gone', 'o1', 'Deleted', { deletedAt: '2026-01-02T00:00:00.000Z' }),
        keyResult('x', 'other', 'Out of scope'),
      ],
      new Set(['o1']),
    );
    expect([...byObjective.keys()]).toEqual(['o1']);
    expect(byObjective.get('o1')?.map((k) => k.id)).toEqual(['a', 'b']);
  });
});

describe('dayValues', () => {
  const later = { ...checkIn('a3', 'a', '2026-02-01', 7), createdAt: '2026-02-01T17:00:00.000Z' };
  const checkIns = [
    checkIn('a1', 'a', '2026-01-10', 2),
    checkIn('a2', 'a', '2026-02-01', 5),
    later,
    { ...checkIn('a4', 'a', '2026-02-10', 9), deletedAt: '2026-02-11T00:00:00.000Z' },
    checkIn('a5', 'a', '2026-04-02', 10),
    checkIn('x1', 'x', '2026-01-05', 1),
  ];
  const expected = [
    { at: '2026-01-10', value: 2 },
    { at: '2026-02-01', value: 7 },
  ];

  it("gives each key result's last live value of each day, up to the cycle's end", () => {
    const days = dayValues(cycle, ['a', 'b'], checkIns);
    expect(days.get('a')).toEqual(expected);
    expect(days.get('b')).toEqual([]);
    expect(days.has('x')).toBe(false);
  });

  it('gives the same days when check-ins arrive out of time order', () => {
    expect(dayValues(cycle, ['a'], [...checkIns].reverse()).get('a')).toEqual(expected);
  });
});
