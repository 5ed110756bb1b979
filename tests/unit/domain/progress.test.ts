import { describe, expect, it } from 'vitest';
import {
  formatPercent,
  keyResultProgress,
  objectiveProgress,
} from '../../../shared/domain/progress';

const kr = (
  kind: Parameters<typeof keyResultProgress>[0]['kind'],
  start: number,
  target: number,
  current: number,
) => ({
  kind,
  start,
  target,
  current,
});

describe('keyResultProgress', () => {
  it('measures an increase-to result as the share of the distance covered', () => {
    expect(keyResultProgress(kr('increase', 0, 3, 1))).toBeCloseTo(1 / 3);
    expect(keyResultProgress(kr('increase', 80, 88, 84))).toBeCloseTo(0.5);
  });
  it('gives a decrease-to result from 40 to 10 at 25 a progress of 0.5', () => {
    expect(keyResultProgress(kr('decrease', 40, 10, 25))).toBe(0.5);
  });
  it('clamps progress to 0–1 when the value overshoots or goes backwards', () => {
    expect(keyResultProgress(kr('decrease', 40, 10, 5))).toBe(1);
    expect(keyResultProgress(kr('increase', 10, 20, 4))).toBe(0);
    expect(keyResultProgress(kr('increase', 10, 20, 30))).toBe(1);
  });
  it('scores a stay-above result 1 while it holds and 0 once it slips', () => {
    expect(keyResultProgress(kr('stayAbove', 99.9, 99.9, 99.95))).toBe(1);
    expect(keyResultProgress(kr('stayAbove', 99.9, 99.9, 99.8))).toBe(0);
  });
  it('scores a stay-below result 1 at or under the limit', () => {
    expect(keyResultProgress(kr('stayBelow', 2, 2, 2))).toBe(1);
    expect(keyResultProgress(kr('stayBelow', 2, 2, 3))).toBe(0);
  });
  it('treats done/not done as all or nothing', () => {
    expect(keyResultProgress(kr('binary', 0, 1, 0))).toBe(0);
    expect(keyResultProgress(kr('binary', 0, 1, 1))).toBe(1);
  });
  it('counts the share of milestones reached', () => {
    const ms = [{ done: true }, { done: false }, { done: true }, { done: false }];
    expect(keyResultProgress({ ...kr('milestones', 0, 4, 2), milestones: ms })).toBe(0.5);
    expect(keyResultProgress({ ...kr('milestones', 0, 0, 0), milestones: [] })).toBe(0);
  });
  it('does not divide by zero when start equals target', () => {
    expect(keyResultProgress(kr('increase', 5, 5, 5))).toBe(1);
    expect(keyResultProgress(kr('increase', 5, 5, 4))).toBe(0);
  });
});

describe('objectiveProgress', () => {
  it('is the weighted mean of its key results', () => {
    const krs = [
      { ...kr('increase', 0, 10, 10), weight: 3 },
      { ...kr('increase', 0, 10, 0), weight: 1 },
    ];
    expect(objectiveProgress(krs)).toBe(0.75);
  });
  it('falls back to the plain mean when every weight is zero', () => {
    const krs = [
      { ...kr('increase', 0, 10, 10), weight: 0 },
      { ...kr('increase', 0, 10, 0), weight: 0 },
    ];
    expect(objectiveProgress(krs)).toBe(0.5);
  });
  it('is 0 for an objective with no key results yet', () => {
    expect(objectiveProgress([])).toBe(0);
  });
});

describe('formatPercent', () => {
  it('rounds to a whole percent', () => {
    expect(formatPercent(0.456)).toBe('46 %');
    expect(formatPercent(2)).toBe('100 %');
  });
});
