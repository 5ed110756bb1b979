import { describe, expect, it } from 'vitest';
import {
  cycleContaining,
  cycleLengthDays,
  daysLeft,
  fractionElapsed,
  isDateInCycle,
  nextCycleDates,
  nextCycleState,
} from '../../../shared/domain/cycle';

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
