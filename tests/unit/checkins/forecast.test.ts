import { describe, expect, it } from 'vitest';
import { forecastKeyResult, leastSquares, meetsTarget } from '../../../shared/domain/forecast';
import { sortCheckIns } from '../../../shared/domain/history';

// A 91-day quarter: day 0 is 2026-10-01, day 90 is 2026-12-30, the last day 2026-12-31 is day 91.
const cycle = { start: '2026-10-01', end: '2026-12-31' };
const ci = (at: string, value: number) => ({
  at,
  value,
  confidence: null,
  createdAt: `${at}T09:00:00Z`,
});

describe('leastSquares', () => {
  it('fits a line through points on it exactly', () => {
    const fit = leastSquares([
      [0, 1],
      [1, 3],
      [2, 5],
    ]);
    expect(fit?.slope).toBeCloseTo(2);
    expect(fit?.intercept).toBeCloseTo(1);
  });
  it('has no trend without two different days', () => {
    expect(leastSquares([[3, 1]])).toBeNull();
    expect(
      leastSquares([
        [3, 1],
        [3, 2],
      ]),
    ).toBeNull();
  });
});

describe('forecastKeyResult', () => {
  const talks = { kind: 'increase' as const, start: 0, target: 91 };

  it('projects an increase from the start value along its check-ins to the last day', () => {
    const f = forecastKeyResult(
      talks,
      sortCheckIns([ci('2026-10-11', 10), ci('2026-10-21', 20)]),
      cycle,
      '2026-10-25',
    );
    expect(f?.perDay).toBeCloseTo(1);
    expect(f?.projected).toBeCloseTo(91);
    expect(f?.atRisk).toBe(false);
    expect(f?.basis).toBe(3);
  });

  it('is at risk when the projection falls short of the target', () => {
    const f = forecastKeyResult(
      talks,
      sortCheckIns([ci('2026-10-11', 5), ci('2026-10-21', 10)]),
      cycle,
      '2026-10-25',
    );
    expect(f?.projected).toBeCloseTo(45.5);
    expect(f?.atRisk).toBe(true);
  });

  it('is at risk when a decrease-to result is not coming down fast enough', () => {
    const query = { kind: 'decrease' as const, start: 40, target: 10 };
    const slow = forecastKeyResult(
      query,
      sortCheckIns([ci('2026-10-31', 38)]),
      cycle,
      '2026-11-01',
    );
    expect(slow?.atRisk).toBe(true);
    const fast = forecastKeyResult(
      query,
      sortCheckIns([ci('2026-10-31', 25)]),
      cycle,
      '2026-11-01',
    );
    expect(fast?.atRisk).toBe(false);
  });

  it('ignores check-ins after the day it is asked about', () => {
    const rows = sortCheckIns([ci('2026-10-11', 10), ci('2026-11-30', 0)]);
    expect(forecastKeyResult(talks, rows, cycle, '2026-10-20')?.projected).toBeCloseTo(91);
  });

  it('fits a result to hold on its check-ins alone and flags a slide below the line', () => {
    const uptime = { kind: 'stayAbove' as const, start: 99.9, target: 99.9 };
    const f = forecastKeyResult(
      uptime,
      sortCheckIns([ci('2026-10-02', 99.99), ci('2026-10-12', 99.97)]),
      cycle,
      '2026-10-15',
    );
    expect(f?.atRisk).toBe(true);
    expect(
      forecastKeyResult(uptime, sortCheckIns([ci('2026-10-02', 99.99)]), cycle, '2026-10-15'),
    ).toBeNull();
  });

  it('has nothing to project for a done/not-done result', () => {
    expect(
      forecastKeyResult(
        { kind: 'binary', start: 0, target: 1 },
        sortCheckIns([ci('2026-10-11', 1)]),
        cycle,
        '2026-10-20',
      ),
    ).toBeNull();
  });

  it('keeps a milestone projection between none and all of them', () => {
    const f = forecastKeyResult(
      { kind: 'milestones', start: 0, target: 4 },
      sortCheckIns([ci('2026-10-06', 4)]),
      cycle,
      '2026-10-07',
    );
    expect(f?.projected).toBe(4);
    expect(f?.atRisk).toBe(false);
  });
});

describe('meetsTarget', () => {
  it('does not call a trend landing on the target a miss over a rounding error', () => {
    expect(meetsTarget('increase', 2.9999999999999996, 3)).toBe(true);
    expect(meetsTarget('decrease', 10.000000000000002, 10)).toBe(true);
  });
});
