import { describe, expect, it } from 'vitest';
import {
  aspirationalHint,
  calibrate,
  expectationFor,
  objectiveScore,
  planningConfidence,
  proposeScore,
  scoreBand,
} from '../../../shared/domain/review';

describe('proposeScore', () => {
  it('proposes the progress of an increase, rounded to 0.1', () => {
    expect(proposeScore({ kind: 'increase', start: 0, target: 3, current: 2 })).toBe(0.7);
    expect(proposeScore({ kind: 'increase', start: 80, target: 88, current: 84 })).toBe(0.5);
  });

  it('proposes the share covered of a decrease', () => {
    expect(proposeScore({ kind: 'decrease', start: 40, target: 10, current: 25 })).toBe(0.5);
  });

  it('caps a result past its target at 1.0 and one below its start at 0.0', () => {
    expect(proposeScore({ kind: 'increase', start: 0, target: 10, current: 14 })).toBe(1);
    expect(proposeScore({ kind: 'decrease', start: 40, target: 10, current: 55 })).toBe(0);
  });

  it('scores done-or-not and milestones by what was done', () => {
    expect(proposeScore({ kind: 'binary', start: 0, target: 1, current: 1 })).toBe(1);
    expect(proposeScore({ kind: 'binary', start: 0, target: 1, current: 0 })).toBe(0);
    const milestones = [{ done: true }, { done: true }, { done: false }];
    expect(proposeScore({ kind: 'milestones', start: 0, target: 3, current: 2, milestones })).toBe(
      0.7,
    );
  });
});

describe('objectiveScore', () => {
  it('weights key results by their weight', () => {
    expect(
      objectiveScore([
        { weight: 3, score: 1 },
        { weight: 1, score: 0.2 },
      ]),
    ).toBe(0.8);
  });

  it('falls back to the plain mean when every weight is 0', () => {
    expect(
      objectiveScore([
        { weight: 0, score: 0.4 },
        { weight: 0, score: 0.8 },
      ]),
    ).toBe(0.6);
  });

  it('has no score without key results', () => {
    expect(objectiveScore([])).toBeNull();
  });
});

describe('scoreBand', () => {
  it("follows Google's bands: 0.7–1.0 green, 0.4–0.6 yellow, 0.0–0.3 red", () => {
    expect([1, 0.9, 0.7].map(scoreBand)).toEqual(['green', 'green', 'green']);
    expect([0.6, 0.5, 0.4].map(scoreBand)).toEqual(['yellow', 'yellow', 'yellow']);
    expect([0.3, 0.1, 0].map(scoreBand)).toEqual(['red', 'red', 'red']);
  });

  it('bands a score between two bands as it is shown, rounded half up to one decimal', () => {
    // Changed with issue 12: 0.65 is shown as 0.7, so it must not be labelled yellow 0.4–0.6.
    expect(scoreBand(0.65)).toBe('green');
    expect(scoreBand(0.64)).toBe('yellow');
    expect(scoreBand(0.35)).toBe('yellow');
    expect(scoreBand(0.34)).toBe('red');
  });

  it('bands a sum that lands a hair under 0.7 by float arithmetic as 0.7', () => {
    expect(scoreBand(0.1 + 0.6)).toBe('green');
  });
});

describe('expectationFor', () => {
  it('expects committed objectives at 1.0 and asks for a postmortem below it', () => {
    expect(expectationFor('committed', 1)).toMatchObject({ kind: 'met', needsPostmortem: false });
    const miss = expectationFor('committed', 0.9);
    expect(miss.needsPostmortem).toBe(true);
    expect(miss.message).toMatch(/postmortem/);
  });

  it('calls an aspirational objective around 0.6–0.7 a healthy stretch', () => {
    expect(expectationFor('aspirational', 0.7).kind).toBe('healthy');
    expect(expectationFor('aspirational', 0.6).kind).toBe('healthy');
    expect(expectationFor('aspirational', 0.7).message).toMatch(/healthy stretch/);
  });

  it('names the same healthy stretch it judges by when an aspirational objective falls below it', () => {
    expect(expectationFor('aspirational', 0.8).kind).toBe('healthy');
    expect(expectationFor('aspirational', 0.5).message).toContain('below the healthy 0.6–0.8');
  });

  it('says an aspirational objective at 0.9 or more may have been too easy', () => {
    for (const score of [0.95, 0.9, 1]) {
      const e = expectationFor('aspirational', score);
      expect(e.kind).toBe('tooEasy');
      expect(e.message).toMatch(/may have been too easy/);
      expect(e.message).not.toMatch(/healthy/);
    }
  });

  it('never asks an aspirational objective for a postmortem', () => {
    expect(expectationFor('aspirational', 0.1)).toMatchObject({
      kind: 'low',
      needsPostmortem: false,
    });
  });
});

describe('aspirationalHint', () => {
  it('hints the targets were too easy when every aspirational objective scored 0.9 or more', () => {
    const hint = aspirationalHint([
      { type: 'aspirational', score: 1 },
      { type: 'aspirational', score: 0.9 },
      { type: 'committed', score: 0.5 },
    ]);
    expect(hint).toMatch(/All 2 aspirational objectives scored 0\.9 or more/);
  });

  it('says nothing when one aspirational objective fell short, or there are none', () => {
    expect(
      aspirationalHint([
        { type: 'aspirational', score: 1 },
        { type: 'aspirational', score: 0.7 },
      ]),
    ).toBeNull();
    expect(aspirationalHint([{ type: 'committed', score: 1 }])).toBeNull();
  });
});

describe('planningConfidence', () => {
  it('takes the confidence of the first check-in that gave one', () => {
    const checkIns = [
      { at: '2026-02-01', confidence: 4 },
      { at: '2026-01-10', confidence: null },
      { at: '2026-01-15', confidence: 8 },
    ];
    expect(planningConfidence({ confidence: 3 }, checkIns)).toBe(8);
  });

  it("falls back to the key result's own confidence", () => {
    expect(planningConfidence({ confidence: 6 }, [{ at: '2026-01-10', confidence: null }])).toBe(6);
    expect(planningConfidence({ confidence: null }, [])).toBeNull();
  });
});

describe('calibrate', () => {
  const cycle = (n: number, krs: { confidence: number | null; score: number }[]) => ({
    cycleId: `c${n}`,
    name: `Q${n} 2026`,
    end: `2026-0${n * 3}-30`,
    keyResults: krs,
  });

  it('flags sandbagging: high confidence and 1.0 on every key result, every cycle', () => {
    const c = calibrate([
      cycle(1, [
        { confidence: 9, score: 1 },
        { confidence: 8, score: 1 },
      ]),
      cycle(2, [{ confidence: 9, score: 1 }]),
    ]);
    expect(c.verdict).toBe('sandbagging');
    expect(c.message).toMatch(/safe bets/);
  });

  it('flags over-reach, the reverse: high confidence and low scores every cycle', () => {
    const c = calibrate([
      cycle(1, [{ confidence: 9, score: 0.2 }]),
      cycle(2, [{ confidence: 8, score: 0.3 }]),
    ]);
    expect(c.verdict).toBe('overReach');
  });

  it('does not call it sandbagging when one cycle fell short', () => {
    const c = calibrate([
      cycle(1, [{ confidence: 9, score: 1 }]),
      cycle(2, [{ confidence: 9, score: 0.8 }]),
    ]);
    expect(c.verdict).toBe('calibrated');
  });

  it('needs two closed cycles with confidence before it says anything', () => {
    expect(calibrate([cycle(1, [{ confidence: 9, score: 1 }])]).verdict).toBe('notEnoughHistory');
    expect(
      calibrate([
        cycle(1, [{ confidence: null, score: 1 }]),
        cycle(2, [{ confidence: null, score: 1 }]),
      ]).verdict,
    ).toBe('notEnoughHistory');
  });

  it('lists cycles oldest first with mean confidence as a share and mean score', () => {
    const c = calibrate([
      cycle(2, [{ confidence: 5, score: 0.4 }]),
      cycle(1, [
        { confidence: 6, score: 0.5 },
        { confidence: 8, score: 0.9 },
      ]),
    ]);
    expect(c.points.map((p) => [p.name, p.confidence, p.score])).toEqual([
      ['Q1 2026', 0.7, 0.7],
      ['Q2 2026', 0.5, 0.4],
    ]);
    expect(c.verdict).toBe('calibrated');
  });

  it('calls a steady gap without a pattern mixed', () => {
    const c = calibrate([
      cycle(1, [{ confidence: 9, score: 0.3 }]),
      cycle(2, [{ confidence: 2, score: 0.9 }]),
    ]);
    expect(c.verdict).toBe('mixed');
  });
});
