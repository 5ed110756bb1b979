import { describe, expect, it } from 'vitest';
import { indexKeyResults } from '../../../shared/report/reviewRecords';
import { checkIn, cycle, keyResult } from './fixtures';

describe('indexKeyResults', () => {
  const keyResults = [
    keyResult('b', 'o1', 'Second', { rank: 2 }),
    keyResult('a', 'o1', 'First', { rank: 1 }),
    keyResult('gone', 'o1', 'Deleted', { deletedAt: '2026-01-02T00:00:00.000Z' }),
    keyResult('x', 'other', 'Out of scope'),
  ];
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

  it('keeps the live key results in scope by rank, with each day’s last live value up to the end', () => {
    const { krsByObjective, daysByKr } = indexKeyResults(
      { cycle, keyResults, checkIns },
      new Set(['o1']),
    );
    expect(krsByObjective.get('o1')?.map((k) => k.id)).toEqual(['a', 'b']);
    expect(daysByKr.get('a')).toEqual(expected);
    expect(daysByKr.get('b')).toEqual([]);
    expect(daysByKr.has('x')).toBe(false);
    expect(daysByKr.has('gone')).toBe(false);
  });

  it('gives the same days when check-ins arrive out of time order', () => {
    const { daysByKr } = indexKeyResults(
      { cycle, keyResults, checkIns: [...checkIns].reverse() },
      new Set(['o1']),
    );
    expect(daysByKr.get('a')).toEqual(expected);
  });
});
