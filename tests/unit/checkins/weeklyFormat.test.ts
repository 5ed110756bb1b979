import { describe, expect, it } from 'vitest';
import { describeForecast, describeRisk } from '../../../shared/report/weeklyFormat';

const talks = { kind: 'increase' as const, unit: 'talks', target: 4, milestoneCount: 0 };
const trend = { kind: 'trend' as const, perDay: 0.01, basis: 3, end: '2026-12-31' };

describe('describeForecast', () => {
  it('says the cycle’s last day as the person reads dates, and counts the unit', () => {
    expect(describeForecast({ ...trend, projected: 1, atRisk: true }, talks, 'en-GB')).toBe(
      'Forecast: 1 talk by 31 Dec 2026 — at risk, the target is 4 talks',
    );
    expect(describeForecast({ ...trend, projected: 5, atRisk: false }, talks, 'en-US')).toBe(
      'Forecast: 5 talks by Dec 31, 2026 — on course for the target',
    );
  });
});

describe('describeRisk', () => {
  it('reads the forecast’s day in the locale and counts silent days', () => {
    expect(
      describeRisk({ kind: 'forecast', projected: 2, end: '2026-12-31' }, talks, 'de-DE'),
    ).toBe('the trend reaches 2 talks by 31. Dez. 2026, target 4 talks');
    expect(describeRisk({ kind: 'stale', days: 1 }, talks, 'en-GB')).toBe('no check-in for 1 day');
    expect(describeRisk({ kind: 'stale', days: 12 }, talks, 'en-GB')).toBe(
      'no check-in for 12 days',
    );
  });
});
