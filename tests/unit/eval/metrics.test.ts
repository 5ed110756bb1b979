import { describe, expect, it } from 'vitest';
import {
  accuracy,
  cohenKappa,
  emptyCounts,
  prf,
  tally,
  type Counts,
} from '../../../tests/eval/metrics';

/** Counts from (reference, system) pairs written out by hand. */
const counts = (pairs: [boolean, boolean][]): Counts =>
  pairs.reduce((c, [g, p]) => tally(c, g, p), emptyCounts());

describe('prf', () => {
  it('scores 3 found of 4 with 1 false alarm as precision 3/4, recall 3/4', () => {
    const c = counts([
      [true, true],
      [true, true],
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(c).toEqual({ tp: 3, fp: 1, fn: 1, tn: 1 });
    const s = prf(c);
    expect(s.support).toBe(4);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.75);
    expect(s.f1).toBeCloseTo(0.75);
  });

  it('gives the harmonic mean when precision and recall differ', () => {
    const s = prf({ tp: 1, fp: 0, fn: 3, tn: 0 });
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.25);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('has no precision when nothing was predicted, and F1 0 when nothing predicted was right', () => {
    expect(prf({ tp: 0, fp: 0, fn: 2, tn: 5 }).precision).toBeNull();
    expect(prf({ tp: 0, fp: 2, fn: 2, tn: 0 }).f1).toBe(0);
  });
});

describe('cohenKappa', () => {
  it('is 1 when the raters agree on every item', () => {
    expect(
      cohenKappa(
        counts([
          [true, true],
          [false, false],
          [true, true],
        ]),
      ),
    ).toBe(1);
  });

  it('is 0 when agreement is what chance gives', () => {
    // Both say yes half the time, independently: observed agreement 0.5 = chance 0.5.
    expect(cohenKappa({ tp: 1, fp: 1, fn: 1, tn: 1 })).toBeCloseTo(0);
  });

  it('matches the textbook case (20 yes/yes, 5, 10, 15 no/no → 0.4)', () => {
    // po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.2 / 0.5
    const c = { tp: 20, fp: 5, fn: 10, tn: 15 };
    expect(accuracy(c)).toBeCloseTo(0.7);
    expect(cohenKappa(c)).toBeCloseTo(0.4);
  });

  it('is negative when the raters disagree more than chance', () => {
    expect(cohenKappa({ tp: 0, fp: 3, fn: 3, tn: 0 })).toBeCloseTo(-1);
  });

  it('has no value over no items', () => {
    expect(cohenKappa(emptyCounts())).toBeNull();
    expect(accuracy(emptyCounts())).toBeNull();
  });
});
