import { describe, expect, it } from 'vitest';
import {
  cannotCarry,
  carriedKeyResult,
  carryCandidates,
  isAchieved,
} from '../../../shared/domain/carryOver';
import { keyResultProgress } from '../../../shared/domain/progress';
import { keyResult, objective, score } from './fixtures';

describe('isAchieved', () => {
  it('counts a key result done, or scored 1.0, as achieved', () => {
    expect(isAchieved(keyResult('a', 'o', 'x', { current: 10 }), null)).toBe(true);
    expect(isAchieved(keyResult('a', 'o', 'x', { current: 5 }), 1)).toBe(true);
    expect(
      isAchieved(keyResult('a', 'o', 'x', { kind: 'binary', target: 1, current: 1 }), null),
    ).toBe(true);
    expect(isAchieved(keyResult('a', 'o', 'x', { current: 5 }), null)).toBe(false);
  });

  it('uses the proposed score when none was set: 9.6 of 10 proposes 1.0', () => {
    expect(isAchieved(keyResult('a', 'o', 'x', { current: 9.6 }), null)).toBe(true);
    expect(isAchieved(keyResult('a', 'o', 'x', { current: 9.6 }), 0.9)).toBe(false);
  });
});

describe('carriedKeyResult', () => {
  it('starts an increase from its last value, at 0 %, with the target kept', () => {
    const kr = keyResult('a', 'o', 'Users', { start: 42, target: 60, current: 51, confidence: 6 });
    const next = carriedKeyResult(kr);
    expect(next).toMatchObject({ start: 51, current: 51, target: 60, confidence: null });
    expect(keyResultProgress({ ...kr, ...next })).toBe(0);
  });

  it('starts a decrease from its last value, at 0 %', () => {
    const kr = keyResult('a', 'o', 'p95', { kind: 'decrease', start: 40, target: 10, current: 25 });
    const next = carriedKeyResult(kr);
    expect(next).toMatchObject({ start: 25, current: 25, target: 10 });
    expect(keyResultProgress({ ...kr, ...next })).toBe(0);
  });

  it('carries a done key result as not done', () => {
    const kr = keyResult('a', 'o', 'Tour', { kind: 'binary', start: 0, target: 1, current: 1 });
    expect(keyResultProgress({ ...kr, ...carriedKeyResult(kr) })).toBe(0);
  });

  it('carries milestones with none ticked', () => {
    const kr = keyResult('a', 'o', 'Launch', {
      kind: 'milestones',
      start: 0,
      target: 2,
      current: 2,
      milestones: [
        { id: 'm1', title: 'Beta', done: true },
        { id: 'm2', title: 'GA', done: true },
      ],
    });
    const next = carriedKeyResult(kr);
    expect(next.milestones.map((m) => [m.title, m.done])).toEqual([
      ['Beta', false],
      ['GA', false],
    ]);
    expect(next.current).toBe(0);
    expect(keyResultProgress({ ...kr, ...next })).toBe(0);
  });

  it('keeps a hold’s threshold and its last value, which decides whether it still holds', () => {
    const kr = keyResult('a', 'o', 'Uptime', {
      kind: 'stayAbove',
      start: 99.9,
      target: 99.9,
      current: 99.7,
    });
    expect(carriedKeyResult(kr)).toMatchObject({ start: 99.7, current: 99.7, target: 99.9 });
  });
});

describe('cannotCarry', () => {
  it('refuses an increase or decrease that reached its target: nothing left to measure', () => {
    expect(cannotCarry(keyResult('a', 'o', 'Talks', { target: 3, current: 3 }))).toMatch(
      /“Talks” already reached its target/,
    );
    expect(
      cannotCarry(
        keyResult('a', 'o', 'p95', { kind: 'decrease', start: 40, target: 10, current: 8 }),
      ),
    ).not.toBeNull();
    expect(cannotCarry(keyResult('a', 'o', 'Talks', { target: 3, current: 2 }))).toBeNull();
    expect(
      cannotCarry(keyResult('a', 'o', 'Tour', { kind: 'binary', target: 1, current: 1 })),
    ).toBeNull();
  });
});

describe('carryCandidates', () => {
  it('ticks by default only the key results not yet achieved, by rank', () => {
    const [o] = carryCandidates(
      [objective('o', 'co', 'Delight')],
      [
        keyResult('tour', 'o', 'Guided tour shipped', {
          kind: 'binary',
          target: 1,
          current: 1,
          rank: 2,
        }),
        keyResult('chart', 'o', 'Time to first chart', {
          kind: 'decrease',
          start: 12,
          target: 3,
          current: 8,
          rank: 1,
        }),
        keyResult('nps', 'o', 'NPS', { current: 6, rank: 3 }),
      ],
      [score('nps', 1, 'Counted the survey')],
    );
    expect(o!.keyResults.map((k) => [k.title, k.achieved, k.byDefault])).toEqual([
      ['Time to first chart', false, true],
      ['Guided tour shipped', true, false],
      ['NPS', true, false],
    ]);
  });
});
