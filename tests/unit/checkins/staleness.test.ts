import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STALE_DAYS,
  daysSinceCheckIn,
  isStale,
  normaliseStaleDays,
  type StalenessInput,
} from '../../../shared/domain/staleness';

const input = (over: Partial<StalenessInput> = {}): StalenessInput => ({
  kr: { kind: 'increase', current: 2, createdAt: '2026-09-20T10:00:00Z' },
  lastCheckInAt: '2026-10-05',
  cycle: { start: '2026-10-01', end: '2026-12-31', state: 'active' },
  today: '2026-10-19',
  ...over,
});

describe('isStale', () => {
  it('flags a key result once 14 days have passed without a check-in', () => {
    expect(DEFAULT_STALE_DAYS).toBe(14);
    expect(isStale(input({ today: '2026-10-18' }))).toBe(false);
    expect(isStale(input({ today: '2026-10-19' }))).toBe(true);
  });
  it('flags it whatever its last value said, even a target already passed', () => {
    expect(
      isStale(
        input({
          kr: { kind: 'increase', current: 99, createdAt: '2026-09-01T00:00:00Z' },
          today: '2026-11-30',
        }),
      ),
    ).toBe(true);
  });
  it('follows the configured number of days', () => {
    expect(isStale(input({ staleDays: 7, today: '2026-10-12' }))).toBe(true);
    expect(isStale(input({ staleDays: 30, today: '2026-10-30' }))).toBe(false);
  });
  it('counts from the cycle start when a result made before it has never been checked in', () => {
    expect(daysSinceCheckIn(input({ lastCheckInAt: null, today: '2026-10-10' }))).toBe(9);
    expect(isStale(input({ lastCheckInAt: null, today: '2026-10-15' }))).toBe(true);
  });
  it('does not nag about milestones that are all reached', () => {
    const done = [{ done: true }, { done: true }];
    const kr = { kind: 'milestones' as const, current: 2, createdAt: '2026-09-01T00:00:00Z' };
    expect(isStale(input({ kr: { ...kr, milestones: done }, today: '2026-12-01' }))).toBe(false);
    expect(
      isStale(
        input({ kr: { ...kr, milestones: [...done, { done: false }] }, today: '2026-12-01' }),
      ),
    ).toBe(true);
  });
  it('counts from its creation when a result was added during the cycle', () => {
    const kr = { kind: 'increase' as const, current: 0, createdAt: '2026-11-01T08:00:00Z' };
    expect(isStale(input({ kr, lastCheckInAt: null, today: '2026-11-10' }))).toBe(false);
    expect(isStale(input({ kr, lastCheckInAt: null, today: '2026-11-15' }))).toBe(true);
  });
  it('only applies while the cycle is active and running', () => {
    for (const state of ['planning', 'review', 'closed'] as const)
      expect(
        isStale(
          input({ cycle: { start: '2026-10-01', end: '2026-12-31', state }, today: '2026-12-01' }),
        ),
      ).toBe(false);
    expect(isStale(input({ today: '2027-01-20' }))).toBe(false);
  });
  it('does not nag about a done/not-done result that is done', () => {
    expect(
      isStale(
        input({
          kr: { kind: 'binary', current: 1, createdAt: '2026-09-01T00:00:00Z' },
          today: '2026-12-01',
        }),
      ),
    ).toBe(false);
    expect(
      isStale(
        input({
          kr: { kind: 'binary', current: 0, createdAt: '2026-09-01T00:00:00Z' },
          today: '2026-12-01',
        }),
      ),
    ).toBe(true);
  });
});

describe('normaliseStaleDays', () => {
  it('accepts whole days from 1 to 365 and falls back to 14 otherwise', () => {
    expect(normaliseStaleDays(7)).toBe(7);
    expect(normaliseStaleDays('21')).toBe(21);
    for (const bad of [0, -3, 2.5, 400, 'x', null, undefined])
      expect(normaliseStaleDays(bad)).toBe(14);
  });
});
