import { describe, expect, it } from 'vitest';
import type { Kpi, KpiCheckIn } from '../../../shared/domain/kpiModel';
import { buildReviewReport } from '../../../shared/report/review';
import { renderReviewMarkdown } from '../../../shared/report/reviewMarkdown';
import { sampleInput } from './fixtures';

const stamp = '2026-01-01T00:00:00.000Z';
const kpi = (id: string, name: string, ownerId: string, extra: Partial<Kpi> = {}): Kpi => ({
  id,
  ownerId,
  name,
  unit: '%',
  direction: 'higher',
  warningAt: 99.5,
  criticalAt: 99,
  healthyLimit: null,
  createdAt: stamp,
  updatedAt: stamp,
  ...extra,
});
const reading = (id: string, kpiId: string, at: string, value: number): KpiCheckIn => ({
  id,
  kpiId,
  ownerId: 'eng',
  at,
  value,
  note: '',
  createdAt: `${at}T09:00:00.000Z`,
});

/** The sample cycle (Q1 2026, in review) with Engineering's objective meant to move Uptime. */
function withKpis() {
  const input = sampleInput();
  return {
    ...input,
    objectives: input.objectives.map((o) =>
      o.id === 'o2' ? { ...o, kpiIds: ['uptime', 'gone'] } : o,
    ),
    kpis: [
      kpi('uptime', 'Uptime', 'eng'),
      kpi('gone', 'Old metric', 'eng', { deletedAt: stamp }),
      kpi('lonely', 'Churn', 'co'),
    ],
    kpiCheckIns: [
      reading('a', 'uptime', '2026-02-01', 99.8),
      reading('b', 'uptime', '2026-03-20', 98.7),
      // After the cycle ended: not what the review reads.
      reading('c', 'uptime', '2026-04-01', 99.9),
    ],
  };
}

describe('the review report’s KPIs', () => {
  it('lists the KPIs objectives were meant to move, with their health at the cycle’s end', () => {
    const { kpis } = buildReviewReport(withKpis());
    expect(kpis.asOf).toBe('2026-03-31');
    expect(kpis.kpis).toHaveLength(1);
    expect(kpis.kpis[0]).toMatchObject({
      name: 'Uptime',
      ownerName: 'Engineering',
      objectives: ['Give every team a data platform they trust'],
    });
    expect(kpis.kpis[0]!.reading).toMatchObject({
      latest: 98.7,
      health: 'critical',
      trend: 'down',
    });
  });

  it('leaves KPIs out of a scope whose objectives do not link to them', () => {
    const { kpis } = buildReviewReport({ ...withKpis(), scopeUnitId: 'prod' });
    expect(kpis.kpis).toEqual([]);
  });

  it('writes them as a table in the Markdown, and no section when there are none', () => {
    const md = renderReviewMarkdown(buildReviewReport(withKpis()), 'en-GB');
    expect(md).toContain('## KPIs the objectives were meant to move (31 Mar 2026)');
    expect(md).toContain(
      '| Uptime | Engineering | 98.7 % · Critical · Trending down | Critical | Give every team a data platform they trust |',
    );
    expect(md.indexOf('## KPIs')).toBeLessThan(md.indexOf('## Objectives'));
    expect(renderReviewMarkdown(buildReviewReport(sampleInput()))).not.toContain('## KPIs');
  });
});
