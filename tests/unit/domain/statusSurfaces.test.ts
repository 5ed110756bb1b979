import { describe, expect, it } from 'vitest';
import type { CheckIn, Cycle } from '../../../shared/domain/model';
import { buildAlignmentGraph } from '../../../shared/domain/graph';
import { layoutAlignmentGraph } from '../../../shared/domain/graphLayout';
import { renderAlignmentSvg } from '../../../shared/domain/graphSvg';
import { lastCheckInDays } from '../../../shared/domain/status';
import { buildReviewReport } from '../../../shared/report/review';
import { renderReviewMarkdown } from '../../../shared/report/reviewMarkdown';
import { buildWeeklyReport } from '../../../shared/report/weekly';
import { renderWeeklyMarkdown } from '../../../shared/report/weeklyMarkdown';
import { objectiveRow } from '../../../renderer/src/features/objectives/useObjectiveRows';
import { ORG, keyResult, objective } from '../map/fixtures';

/**
 * The reported case: a key result at 75 % halfway through the quarter, silent for 32 days.
 * Every surface model must call it Stale — the map once said "75 % · On track".
 */
const today = '2026-11-15';
const cycle: Cycle = {
  id: 'q1',
  name: 'Q4 2026',
  kind: 'quarter',
  start: '2026-10-01',
  end: '2026-12-31',
  state: 'active',
  ownerId: 'acme',
  createdAt: '2026-09-01T00:00:00.000Z',
  updatedAt: '2026-09-01T00:00:00.000Z',
};
const o = objective('o1', 'acme', null, { title: 'Make search fast' });
const kr = keyResult('k1', 'o1', {
  title: 'Queries under a second',
  start: 0,
  target: 100,
  current: 75,
  unit: '%',
  createdAt: '2026-09-20T00:00:00.000Z',
});
const checkIn: CheckIn = {
  id: 'c1',
  keyResultId: 'k1',
  ownerId: 'acme',
  at: '2026-10-14',
  value: 75,
  confidence: 8,
  note: '',
  blockers: '',
  createdAt: '2026-10-14T09:00:00.000Z',
};
const ctx = { cycle, today, staleDays: 14 };

describe('one status on every surface', () => {
  it('reads Stale in the Objectives list and the detail pane rows', () => {
    const row = objectiveRow(
      o,
      [kr],
      new Map([['k1', { values: [75], lastAt: '2026-10-14', finalScore: null }]]),
      ctx,
    );
    expect(row.keyResults[0]!.status).toBe('stale');
    expect(row.status).toBe('stale');
  });

  it('reads Stale on the map cards and in the exported SVG', () => {
    const graph = buildAlignmentGraph({
      cycleId: 'q1',
      objectives: [o],
      keyResults: [kr],
      orgUnits: ORG,
      status: ctx,
      lastCheckIns: lastCheckInDays([checkIn], today),
      showKeyResults: true,
    });
    expect(graph.nodes.map((n) => [n.kind, n.status])).toEqual([
      ['objective', 'stale'],
      ['keyResult', 'stale'],
    ]);
    const svg = renderAlignmentSvg(graph, layoutAlignmentGraph(graph.nodes));
    expect(svg).toContain('75 % · Stale');
    expect(svg).not.toContain('On track');
  });

  it('reads Stale in the weekly report and its Markdown', () => {
    const weekly = buildWeeklyReport({
      subjectId: 'acme',
      units: ORG,
      cycle,
      week: today,
      today,
      objectives: [o],
      keyResults: [kr],
      checkIns: [checkIn],
      initiatives: [],
    });
    expect(weekly.objectives[0]!.keyResults[0]!.status).toBe('stale');
    expect(renderWeeklyMarkdown(weekly)).toMatch(/\| Queries under a second \|.*\| Stale \|/);
  });

  it('reads Stale in the review report of the running cycle and its Markdown', () => {
    const report = buildReviewReport({
      cycle,
      scopeUnitId: null,
      orgUnits: ORG,
      objectives: [o],
      keyResults: [kr],
      checkIns: [checkIn],
      scores: [],
      retros: [],
      generatedAt: `${today}T10:00:00.000Z`,
      today,
    });
    expect(report.objectives[0]!.keyResults[0]!.status).toBe('stale');
    expect(report.objectives[0]!.status).toBe('stale');
    expect(renderReviewMarkdown(report)).toContain(
      'Queries under a second: 0 → 100 % — now 75 %, stale',
    );
  });

  it('reads On track everywhere once someone checks in again', () => {
    const recent = { ...checkIn, id: 'c2', at: '2026-11-10' };
    const row = objectiveRow(
      o,
      [kr],
      new Map([['k1', { values: [75], lastAt: '2026-11-10', finalScore: null }]]),
      ctx,
    );
    const graph = buildAlignmentGraph({
      cycleId: 'q1',
      objectives: [o],
      keyResults: [kr],
      orgUnits: ORG,
      status: ctx,
      lastCheckIns: lastCheckInDays([checkIn, recent], today),
      showKeyResults: true,
    });
    expect(row.keyResults[0]!.status).toBe('onTrack');
    expect(graph.nodes.map((n) => n.status)).toEqual(['onTrack', 'onTrack']);
  });
});
