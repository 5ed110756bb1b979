import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastKeyResult } from '../../../shared/domain/forecast';
import { sortCheckIns } from '../../../shared/domain/history';

// A 92-day quarter; check-ins fall on its first 60 days, the forecast is asked on day 61.
const cycle = { start: '2026-10-01', end: '2026-12-31' };
const dayOf = (n: number) => {
  const d = new Date(Date.UTC(2026, 9, 1 + n));
  return d.toISOString().slice(0, 10);
};
const ci = (day: number, value: number) => ({
  at: dayOf(day),
  value,
  confidence: null,
  createdAt: `${dayOf(day)}T09:00:00Z`,
});

const decimals = (n: number) => (Number.isInteger(n) ? 0 : String(n).split('.')[1]!.length);
const twoDecimals = fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100);
const history = (value: fc.Arbitrary<number>) =>
  fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 60 }), value }), {
    minLength: 3,
    maxLength: 12,
    selector: (c) => c.day,
  });

describe('forecastKeyResult bounds', () => {
  it('never forecasts a negative count or duration when start and target are not negative', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('increase', 'decrease', 'stayAbove', 'stayBelow') as fc.Arbitrary<
          'increase' | 'decrease' | 'stayAbove' | 'stayBelow'
        >,
        twoDecimals,
        twoDecimals,
        fc.constantFrom('s', 'ms', 'users', 'tickets', ''),
        history(twoDecimals),
        (kind, start, target, unit, rows) => {
          const f = forecastKeyResult(
            { kind, start, target, unit },
            sortCheckIns(rows.map((r) => ci(r.day, r.value))),
            cycle,
            dayOf(61),
          );
          if (f?.kind !== 'trend') return;
          expect(f.projected).toBeGreaterThanOrEqual(0);
          expect(decimals(f.projected)).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  it('never forecasts a share above 100 % unless the start or target is above it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        history(fc.integer({ min: 0, max: 100 })),
        (start, target, rows) => {
          fc.pre(start !== target);
          const f = forecastKeyResult(
            { kind: start < target ? 'increase' : 'decrease', start, target, unit: '%' },
            sortCheckIns(rows.map((r) => ci(r.day, r.value))),
            cycle,
            dayOf(61),
          );
          if (f?.kind !== 'trend') return;
          expect(f.projected).toBeGreaterThanOrEqual(0);
          expect(f.projected).toBeLessThanOrEqual(100);
          expect(Number.isInteger(f.projected)).toBe(true);
        },
      ),
    );
  });

  it('keeps milestones between none and all of them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        history(fc.integer({ min: 0, max: 8 })),
        (count, rows) => {
          const f = forecastKeyResult(
            { kind: 'milestones', start: 0, target: count, unit: 'milestones' },
            sortCheckIns(rows.map((r) => ci(r.day, Math.min(count, r.value)))),
            cycle,
            dayOf(61),
          );
          if (f?.kind !== 'trend') return;
          expect(f.projected).toBeGreaterThanOrEqual(0);
          expect(f.projected).toBeLessThanOrEqual(count);
        },
      ),
    );
  });

  it('forecasts only from three check-in days spanning a week or more', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }),
        (days) => {
          const f = forecastKeyResult(
            { kind: 'increase', start: 0, target: 100, unit: 'users' },
            sortCheckIns(days.map((d) => ci(d, d))),
            cycle,
            dayOf(61),
          );
          const span = Math.max(...days) - Math.min(...days);
          expect(f?.kind).toBe(days.length >= 3 && span >= 7 ? 'trend' : 'notEnough');
        },
      ),
    );
  });
});
