import { describe, expect, it } from 'vitest';
import {
  describeKpiReading,
  describeKpiThresholds,
  kpiHealth,
  kpiTrend,
  readKpi,
  trendIsBetter,
} from '../../../shared/domain/kpiHealth';
import { kpiCheckInSchema, kpiSchema, type Kpi } from '../../../shared/domain/kpiModel';
import { recoveryCycle, recoveryObjectiveTitle } from '../../../shared/domain/kpiRecovery';
import { check } from '../../../shared/domain/validation';
import type { Cycle } from '../../../shared/domain/model';

const uptime: Kpi = {
  id: 'k1',
  ownerId: 'ops',
  name: 'Uptime',
  unit: '%',
  direction: 'higher',
  warningAt: 99.5,
  criticalAt: 99,
  healthyLimit: null,
  createdAt: '2026-10-01T00:00:00Z',
  updatedAt: '2026-10-01T00:00:00Z',
};
const leadTime: Kpi = {
  ...uptime,
  id: 'k2',
  name: 'Lead time',
  unit: 'days',
  direction: 'lower',
  warningAt: 5,
  criticalAt: 10,
  healthyLimit: 1,
};
const at = (day: number, value: number, extra: Partial<{ deletedAt: string }> = {}) => ({
  at: `2026-10-${String(day).padStart(2, '0')}`,
  value,
  createdAt: `2026-10-${String(day).padStart(2, '0')}T09:00:00Z`,
  ...extra,
});

describe('kpiHealth', () => {
  it('is healthy at or better than the warning threshold when higher is better', () => {
    expect(kpiHealth(uptime, 99.5)).toBe('healthy');
    expect(kpiHealth(uptime, 99.99)).toBe('healthy');
  });

  it('is a warning between the warning and the critical threshold', () => {
    expect(kpiHealth(uptime, 99.4)).toBe('warning');
    expect(kpiHealth(leadTime, 7)).toBe('warning');
  });

  it('is critical at or past the critical threshold, in the direction that is worse', () => {
    expect(kpiHealth(uptime, 99)).toBe('critical');
    expect(kpiHealth(uptime, 80)).toBe('critical');
    expect(kpiHealth(leadTime, 10)).toBe('critical');
    expect(kpiHealth(leadTime, 2)).toBe('healthy');
  });

  it('warns when a value leaves the healthy range on the good side, past its limit', () => {
    expect(kpiHealth(leadTime, 0.5)).toBe('warning');
    expect(kpiHealth(leadTime, 1)).toBe('healthy');
  });
});

describe('kpiTrend', () => {
  it('reads the direction of the last check-ins, not of one odd reading', () => {
    expect(kpiTrend(uptime, [99.1, 99.3, 99.5, 99.2, 99.7])).toBe('up');
    expect(kpiTrend(uptime, [99.9, 99.7, 99.5, 99.3])).toBe('down');
  });

  it('is flat when the change is small next to the thresholds, or with one reading', () => {
    expect(kpiTrend(uptime, [99.6, 99.61, 99.6, 99.62])).toBe('flat');
    expect(kpiTrend(uptime, [99.6])).toBe('flat');
    expect(kpiTrend(uptime, [])).toBe('flat');
  });

  it('looks only at the last five check-ins', () => {
    expect(kpiTrend(uptime, [90, 99.8, 99.7, 99.6, 99.5, 99.4])).toBe('down');
  });

  it('says whether the trend is good news for the direction of the KPI', () => {
    expect(trendIsBetter(uptime, 'up')).toBe(true);
    expect(trendIsBetter(leadTime, 'up')).toBe(false);
    expect(trendIsBetter(leadTime, 'flat')).toBeNull();
  });
});

describe('readKpi', () => {
  it('judges the latest live check-in by date, whatever order they come in', () => {
    const r = readKpi(uptime, [
      at(3, 99.7),
      at(10, 98.5),
      at(7, 99.2),
      at(12, 99.9, { deletedAt: 'x' }),
    ]);
    expect(r.latest).toBe(98.5);
    expect(r.latestAt).toBe('2026-10-10');
    expect(r.health).toBe('critical');
    expect(r.trend).toBe('down');
    expect(r.recent).toEqual([99.7, 99.2, 98.5]);
    expect(describeKpiReading(uptime, r)).toBe('98.5 % · Critical · Trending down');
  });

  it('spells the thresholds out the way the direction reads', () => {
    expect(describeKpiThresholds(uptime)).toBe(
      'Healthy at 99.5 % or more · critical at 99 % or less',
    );
    expect(describeKpiThresholds(leadTime)).toBe(
      'Healthy from 1 day to 5 days · critical at 10 days or more',
    );
  });

  it('has no health before the first check-in', () => {
    const r = readKpi(uptime, []);
    expect(r.health).toBeNull();
    expect(describeKpiReading(uptime, r)).toBe('No check-in yet');
  });
});

describe('kpiSchema', () => {
  it('refuses a critical threshold that is not worse than the warning threshold', () => {
    const r = check(kpiSchema, { ...uptime, criticalAt: 99.8 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.criticalAt).toMatch(
      /below the warning threshold when higher is better/,
    );
    const lower = check(kpiSchema, { ...leadTime, criticalAt: 4 });
    expect(!lower.ok && lower.errors.criticalAt).toMatch(/above the warning threshold/);
  });

  it('refuses a healthy limit on the wrong side of the warning threshold', () => {
    const r = check(kpiSchema, { ...leadTime, healthyLimit: 6 });
    expect(!r.ok && r.errors.healthyLimit).toMatch(/not be above the warning threshold/);
  });

  it('refuses an empty name and keeps a valid KPI as it is', () => {
    expect(check(kpiSchema, { ...uptime, name: '  ' }).ok).toBe(false);
    expect(check(kpiSchema, uptime)).toEqual({ ok: true, value: uptime });
  });

  it('refuses a check-in without a finite value or a real date', () => {
    const row = { id: 'c', kpiId: 'k1', ownerId: 'ops', note: '', createdAt: 'x' };
    expect(check(kpiCheckInSchema, { ...row, at: '2026-02-30', value: 1 }).ok).toBe(false);
    expect(check(kpiCheckInSchema, { ...row, at: '2026-02-03', value: NaN }).ok).toBe(false);
    expect(check(kpiCheckInSchema, { ...row, at: '2026-02-03', value: 1 }).ok).toBe(true);
  });
});

const cycle = (id: string, state: Cycle['state'], start: string, end: string): Cycle => ({
  id,
  name: id,
  kind: 'quarter',
  state,
  start,
  end,
  ownerId: 'acme',
  createdAt: '',
  updatedAt: '',
});

describe('recoveryCycle', () => {
  it('puts the recovery objective in the active cycle holding today', () => {
    const cycles = [
      cycle('q3', 'active', '2026-07-01', '2026-09-30'),
      cycle('q4', 'active', '2026-10-01', '2026-12-31'),
      cycle('q1', 'planning', '2027-01-01', '2027-03-31'),
    ];
    expect(recoveryCycle(cycles, '2026-11-02')?.id).toBe('q4');
  });

  it('falls back to a cycle in planning, and to none when every cycle is closed', () => {
    expect(
      recoveryCycle([cycle('q1', 'planning', '2027-01-01', '2027-03-31')], '2026-12-01')?.id,
    ).toBe('q1');
    expect(
      recoveryCycle([cycle('q3', 'closed', '2026-07-01', '2026-09-30')], '2026-12-01'),
    ).toBeNull();
  });

  it('titles the objective after the KPI it should bring back', () => {
    expect(recoveryObjectiveTitle(uptime)).toBe('Bring Uptime back to healthy');
  });
});
