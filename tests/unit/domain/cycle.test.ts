import { describe, expect, it } from 'vitest';
import {
  cycleContaining,
  cycleLengthDays,
  daysLeft,
  findOverlappingCycle,
  fractionElapsed,
  isDateInCycle,
  nextCycleDates,
  nextCycleState,
  overlapMessage,
  suggestCycleDates,
} from '../../../shared/domain/cycle';
import type { Cycle } from '../../../shared/domain/model';

const q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('cycleContaining', () => {
  it('finds the quarter of a day', () => {
    expect(cycleContaining('quarter', new Date(2026, 10, 25))).toEqual({
      name: 'Q4 2026',
      start: '2026-10-01',
      end: '2026-12-31',
    });
    expect(cycleContaining('quarter', new Date(2026, 1, 28))).toEqual({
      name: 'Q1 2026',
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });
  it('finds the half and the year of a day', () => {
    expect(cycleContaining('half', new Date(2026, 2, 1))).toEqual({
      name: 'H1 2026',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(cycleContaining('half', new Date(2026, 8, 1))).toEqual({
      name: 'H2 2026',
      start: '2026-07-01',
      end: '2026-12-31',
    });
    expect(cycleContaining('year', new Date(2026, 8, 1))).toEqual({
      name: '2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });
});

describe('nextCycleDates', () => {
  it('follows a quarter with the next quarter, across the year end', () => {
    expect(nextCycleDates({ kind: 'quarter', ...q4 })).toEqual({
      name: 'Q1 2027',
      start: '2027-01-01',
      end: '2027-03-31',
    });
  });
  it('follows a custom cycle with one of the same length', () => {
    const next = nextCycleDates({ kind: 'custom', start: '2026-01-05', end: '2026-01-18' });
    expect(next.start).toBe('2026-01-19');
    expect(next.end).toBe('2026-02-01');
  });
});

describe('time in a cycle', () => {
  it('counts the days of a cycle including both ends', () => {
    expect(cycleLengthDays(q4)).toBe(92);
  });
  it('counts days left including today, and none after the end', () => {
    expect(daysLeft(q4, new Date(2026, 11, 31))).toBe(1);
    expect(daysLeft(q4, new Date(2027, 0, 5))).toBe(0);
    expect(daysLeft(q4, new Date(2026, 8, 1))).toBe(92);
  });
  it('gives the share of time elapsed, 0 before the start and 1 after the end', () => {
    expect(fractionElapsed(q4, new Date(2026, 8, 30))).toBe(0);
    expect(fractionElapsed(q4, new Date(2026, 10, 15))).toBeCloseTo(46 / 92);
    expect(fractionElapsed(q4, new Date(2027, 1, 1))).toBe(1);
  });
  it('knows whether a date falls inside', () => {
    expect(isDateInCycle('2026-10-01', q4)).toBe(true);
    expect(isDateInCycle('2027-01-01', q4)).toBe(false);
  });
});

describe('nextCycleState', () => {
  it('walks planning → active → review → closed and stops', () => {
    expect(nextCycleState('planning')).toBe('active');
    expect(nextCycleState('active')).toBe('review');
    expect(nextCycleState('review')).toBe('closed');
    expect(nextCycleState('closed')).toBeNull();
  });
});

const cycle = (over: Partial<Cycle>): Cycle => ({
  id: over.name ?? 'c',
  name: 'Q4 2026',
  kind: 'quarter',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  ownerId: 'company',
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
  ...over,
});
const dec5 = new Date(2026, 11, 5);

describe('suggestCycleDates', () => {
  it('offers the quarter after the running one, not the running one again', () => {
    expect(suggestCycleDates('quarter', [cycle({})], dec5)).toEqual({
      name: 'Q1 2027',
      start: '2027-01-01',
      end: '2027-03-31',
    });
  });
  it('follows the latest cycle of the kind, wherever it sits in the list', () => {
    const q1 = cycle({ name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' });
    const q3 = cycle({ name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' });
    expect(suggestCycleDates('quarter', [q3, q1, cycle({})], dec5).name).toBe('Q2 2027');
  });
  it('looks only at cycles of the kind asked for', () => {
    const h2 = cycle({ name: 'H2 2026', kind: 'half', start: '2026-07-01', end: '2026-12-31' });
    expect(suggestCycleDates('half', [cycle({}), h2], dec5).name).toBe('H1 2027');
    expect(suggestCycleDates('year', [cycle({}), h2], dec5)).toEqual({
      name: '2026',
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });
  it('ignores a deleted cycle', () => {
    const gone = cycle({ name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31', deletedAt: 'x' });
    expect(suggestCycleDates('quarter', [cycle({}), gone], dec5).name).toBe('Q1 2027');
  });
  it('offers the period of today when the one after the latest is already over', () => {
    const old = cycle({ name: 'Q1 2025', start: '2025-01-01', end: '2025-03-31' });
    expect(suggestCycleDates('quarter', [old], dec5).name).toBe('Q4 2026');
  });
  it('follows a custom cycle with one of the same length, and starts today with none before', () => {
    const sprint = cycle({
      kind: 'custom',
      name: 'Sprint',
      start: '2026-11-23',
      end: '2026-12-06',
    });
    expect(suggestCycleDates('custom', [sprint], dec5)).toMatchObject({
      start: '2026-12-07',
      end: '2026-12-20',
    });
    expect(suggestCycleDates('custom', [cycle({})], dec5)).toEqual({
      name: '',
      start: '2026-12-05',
      end: '',
    });
  });
});

describe('findOverlappingCycle', () => {
  const q4 = cycle({});
  it('finds a cycle of the same kind and owner sharing a day', () => {
    expect(
      findOverlappingCycle(
        { kind: 'quarter', ownerId: 'company', start: '2026-12-31', end: '2027-03-30' },
        [q4],
      ),
    ).toBe(q4);
  });
  it('lets cycles that only touch, or differ in kind or owner, be', () => {
    const next = {
      kind: 'quarter' as const,
      ownerId: 'company',
      start: '2027-01-01',
      end: '2027-03-31',
    };
    expect(findOverlappingCycle(next, [q4])).toBeUndefined();
    const half = {
      kind: 'half' as const,
      ownerId: 'company',
      start: '2026-07-01',
      end: '2026-12-31',
    };
    expect(findOverlappingCycle(half, [q4])).toBeUndefined();
    const other = {
      kind: 'quarter' as const,
      ownerId: 'sales',
      start: '2026-10-01',
      end: '2026-12-31',
    };
    expect(findOverlappingCycle(other, [q4])).toBeUndefined();
  });
  it('does not count the cycle itself or a deleted one', () => {
    expect(findOverlappingCycle(q4, [q4])).toBeUndefined();
    const gone = cycle({ id: 'gone', deletedAt: 'x' });
    expect(findOverlappingCycle({ ...q4, id: 'new' }, [gone])).toBeUndefined();
  });
});

describe('overlapMessage', () => {
  it('names the cycle and its dates as a person reads them, in their locale', () => {
    expect(overlapMessage(cycle({}), 'en-GB')).toBe('Overlaps Q4 2026 (1 Oct – 31 Dec 2026)');
    expect(overlapMessage(cycle({}), 'en-US')).toBe('Overlaps Q4 2026 (Oct 1 – Dec 31, 2026)');
  });
});
