import { describe, expect, it } from 'vitest';
import {
  NOT_ENOUGH_TO_FORECAST,
  forecastKeyResult,
  leastSquares,
  meetsTarget,
  reachableRange,
  type Forecast,
} from '../../../shared/domain/forecast';
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

/** The trend, or a failure naming why there is none. */
function trend(f: ReturnType<typeof forecastKeyResult>): Forecast {
  if (f?.kind !== 'trend') throw new Error(`expected a trend, got ${JSON.stringify(f)}`);
  return f;
}

describe('forecastKeyResult', () => {
  const talks = { kind: 'increase' as const, start: 0, target: 91, unit: 'talks' };

  it('projects an increase from the start value along its check-ins to the last day', () => {
    const f = trend(
      forecastKeyResult(
        talks,
        sortCheckIns([ci('2026-10-11', 10), ci('2026-10-16', 15), ci('2026-10-21', 20)]),
        cycle,
        '2026-10-25',
      ),
    );
    expect(f.perDay).toBeCloseTo(1);
    expect(f.projected).toBe(91);
    expect(f.atRisk).toBe(false);
    expect(f.basis).toBe(4);
  });

  it('is at risk when the projection falls short of the target', () => {
    const f = trend(
      forecastKeyResult(
        talks,
        sortCheckIns([ci('2026-10-11', 5), ci('2026-10-16', 7.5), ci('2026-10-21', 10)]),
        cycle,
        '2026-10-25',
      ),
    );
    expect(f.projected).toBe(45.5);
    expect(f.atRisk).toBe(true);
  });

  it('is at risk when a decrease-to result is not coming down fast enough', () => {
    const query = { kind: 'decrease' as const, start: 40, target: 10, unit: 's' };
    const at = (v: number) => [
      ci('2026-10-11', 40 - v),
      ci('2026-10-21', 40 - 2 * v),
      ci('2026-10-31', 40 - 3 * v),
    ];
    expect(trend(forecastKeyResult(query, sortCheckIns(at(0.5)), cycle, '2026-11-01')).atRisk).toBe(
      true,
    );
    expect(trend(forecastKeyResult(query, sortCheckIns(at(5)), cycle, '2026-11-01')).atRisk).toBe(
      false,
    );
  });

  it('says there are not enough check-ins below three days of them or under a week apart', () => {
    const two = forecastKeyResult(
      talks,
      sortCheckIns([ci('2026-10-11', 10), ci('2026-10-21', 20)]),
      cycle,
      '2026-10-25',
    );
    expect(two).toEqual({
      kind: 'notEnough',
      checkIns: 2,
      spanDays: 10,
      message: NOT_ENOUGH_TO_FORECAST,
    });
    const crowded = forecastKeyResult(
      talks,
      sortCheckIns([ci('2026-10-11', 10), ci('2026-10-13', 12), ci('2026-10-17', 20)]),
      cycle,
      '2026-10-25',
    );
    expect(crowded?.kind).toBe('notEnough');
    // Three corrections on one day are one day of evidence.
    const sameDay = forecastKeyResult(
      talks,
      sortCheckIns([ci('2026-10-11', 10), ci('2026-10-11', 11), ci('2026-10-21', 20)]),
      cycle,
      '2026-10-25',
    );
    expect(sameDay?.kind).toBe('notEnough');
  });

  it('never forecasts a negative duration for a median query time falling fast', () => {
    // The reported case: 40 s → 25 s → 12 s in three weeks would cross zero long before the end.
    const query = { kind: 'decrease' as const, start: 40, target: 10, unit: 's' };
    const f = trend(
      forecastKeyResult(
        query,
        sortCheckIns([ci('2026-10-02', 40), ci('2026-10-12', 25), ci('2026-10-22', 12)]),
        cycle,
        '2026-10-25',
      ),
    );
    expect(f.projected).toBe(0);
    expect(f.atRisk).toBe(false);
  });

  it('keeps a share at or under 100 % and rounds to the precision the values use', () => {
    const adoption = { kind: 'increase' as const, start: 20, target: 80, unit: '%' };
    const f = trend(
      forecastKeyResult(
        adoption,
        sortCheckIns([ci('2026-10-11', 40.5), ci('2026-10-21', 60.5), ci('2026-10-31', 80.5)]),
        cycle,
        '2026-11-01',
      ),
    );
    expect(f.projected).toBe(100);
    const slow = trend(
      forecastKeyResult(
        { ...adoption, unit: 'users' },
        sortCheckIns([ci('2026-10-11', 21.25), ci('2026-10-21', 22.5), ci('2026-10-31', 23.75)]),
        cycle,
        '2026-11-01',
      ),
    );
    expect(String(slow.projected).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it('ignores check-ins after the day it is asked about', () => {
    const rows = sortCheckIns([
      ci('2026-10-06', 5),
      ci('2026-10-11', 10),
      ci('2026-10-16', 15),
      ci('2026-11-30', 0),
    ]);
    expect(trend(forecastKeyResult(talks, rows, cycle, '2026-10-20')).projected).toBe(91);
  });

  it('fits a result to hold on its check-ins alone and flags a slide below the line', () => {
    const uptime = { kind: 'stayAbove' as const, start: 99.9, target: 99.9, unit: '%' };
    const f = trend(
      forecastKeyResult(
        uptime,
        sortCheckIns([ci('2026-10-02', 99.99), ci('2026-10-07', 99.98), ci('2026-10-12', 99.97)]),
        cycle,
        '2026-10-15',
      ),
    );
    expect(f.atRisk).toBe(true);
    expect(
      forecastKeyResult(uptime, sortCheckIns([ci('2026-10-02', 99.99)]), cycle, '2026-10-15')?.kind,
    ).toBe('notEnough');
  });

  it('has nothing to project for a done/not-done result', () => {
    expect(
      forecastKeyResult(
        { kind: 'binary', start: 0, target: 1, unit: '' },
        sortCheckIns([ci('2026-10-11', 1)]),
        cycle,
        '2026-10-20',
      ),
    ).toBeNull();
  });

  it('keeps a milestone projection between none and all of them', () => {
    const f = trend(
      forecastKeyResult(
        { kind: 'milestones', start: 0, target: 4, unit: 'milestones' },
        sortCheckIns([ci('2026-10-06', 2), ci('2026-10-10', 3), ci('2026-10-14', 4)]),
        cycle,
        '2026-10-15',
      ),
    );
    expect(f.projected).toBe(4);
    expect(f.atRisk).toBe(false);
  });
});

describe('reachableRange', () => {
  it('lets a value go below zero only when the start or the target does', () => {
    expect(reachableRange({ kind: 'decrease', start: 40, target: 10, unit: 's' }).min).toBe(0);
    expect(reachableRange({ kind: 'increase', start: -5, target: 0, unit: '°C' }).min).toBe(
      -Infinity,
    );
  });
  it('caps a percentage at 100 unless the start or target is above it', () => {
    expect(reachableRange({ kind: 'increase', start: 20, target: 80, unit: '%' }).max).toBe(100);
    expect(reachableRange({ kind: 'increase', start: 20, target: 80, unit: 'percent' }).max).toBe(
      100,
    );
    expect(reachableRange({ kind: 'increase', start: 90, target: 120, unit: '%' }).max).toBe(
      Infinity,
    );
    expect(reachableRange({ kind: 'increase', start: 20, target: 80, unit: 'users' }).max).toBe(
      Infinity,
    );
  });
});

describe('meetsTarget', () => {
  it('does not call a trend landing on the target a miss over a rounding error', () => {
    expect(meetsTarget('increase', 2.9999999999999996, 3)).toBe(true);
    expect(meetsTarget('decrease', 10.000000000000002, 10)).toBe(true);
  });
});
