import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAND_LABELS,
  objectiveScore,
  roundScore,
  scoreBand,
  type Band,
} from '../../../shared/domain/review';
import { formatScore } from '../../../shared/report/review';

const score = fc.double({ min: 0, max: 1, noNaN: true });
const RANK: Record<Band, number> = { red: 0, yellow: 1, green: 2 };

/** The range a band's label names, e.g. "Yellow 0.4–0.6" → [0.4, 0.6]. */
const labelledRange = (band: Band): [number, number] => {
  const m = /(\d\.\d)–(\d\.\d)/.exec(BAND_LABELS[band])!;
  return [Number(m[1]), Number(m[2])];
};

describe('scoreBand', () => {
  it('labels every score with the range that contains it as shown', () => {
    fc.assert(
      fc.property(score, (s) => {
        const shown = Number(formatScore(s));
        const [lo, hi] = labelledRange(scoreBand(s));
        expect(shown).toBeGreaterThanOrEqual(lo);
        expect(shown).toBeLessThanOrEqual(hi);
      }),
    );
  });

  it('never puts a higher score in a lower band', () => {
    fc.assert(
      fc.property(score, score, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(RANK[scoreBand(lo)]).toBeLessThanOrEqual(RANK[scoreBand(hi)]);
      }),
    );
  });

  it('changes band exactly at the rounded boundaries 0.35 and 0.65', () => {
    expect([0.34, 0.35, 0.64, 0.65].map(scoreBand)).toEqual(['red', 'yellow', 'yellow', 'green']);
  });
});

describe('objectiveScore', () => {
  it('is given with one decimal, like every score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 0, max: 5 }), score }), { minLength: 1 }),
        (krs) => {
          const s = objectiveScore(krs)!;
          expect(s).toBe(roundScore(s));
          expect(formatScore(s)).toMatch(/^[01]\.\d$/);
        },
      ),
    );
  });
});
