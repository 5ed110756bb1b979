import { describe, expect, it } from 'vitest';
import { buildReviewReport, formatScore, keyResultSeries } from '../../../shared/report/review';
import { cycle, sampleInput } from './fixtures';

describe('buildReviewReport', () => {
  it('scores every key result: a set score wins over the proposed one', () => {
    const r = buildReviewReport(sampleInput());
    const krs = r.objectives.flatMap((o) => o.keyResults);
    const pricing = krs.find((k) => k.id === 'k4a')!;
    expect(pricing).toMatchObject({
      proposed: 0,
      score: 0.3,
      scoreSet: true,
      reason: 'Design done, not shipped',
    });
    const p95 = krs.find((k) => k.id === 'k2a')!;
    expect(p95).toMatchObject({ proposed: 0.5, score: 0.5, scoreSet: false, band: 'yellow' });
  });

  it('scores objectives and tells what the score means for their type', () => {
    const r = buildReviewReport(sampleInput());
    const byId = new Map(r.objectives.map((o) => [o.id, o]));
    expect(byId.get('o1')).toMatchObject({ score: 1, band: 'green' });
    expect(byId.get('o1')!.expectation!.kind).toBe('met');
    expect(byId.get('o2')!.expectation!.needsPostmortem).toBe(true);
    expect(byId.get('o3')).toMatchObject({ score: 0.7, band: 'green' });
    expect(byId.get('o3')!.expectation!.kind).toBe('healthy');
  });

  it('orders objectives by the org tree, never by score', () => {
    const r = buildReviewReport(sampleInput());
    expect(r.objectives.map((o) => o.ownerName)).toEqual([
      'Northwind',
      'Engineering',
      'Mei Chen',
      'Product',
    ]);
    expect(r.summary.byUnit.map((u) => u.name)).toEqual([
      'Northwind',
      'Engineering',
      'Mei Chen',
      'Product',
    ]);
  });

  it('summarises the distribution by band and by type', () => {
    const r = buildReviewReport(sampleInput());
    expect(r.summary.bands).toEqual({ green: 2, yellow: 1, red: 1, unscored: 0 });
    expect(r.summary.keyResults).toBe(5);
    expect(r.summary.keyResultScores.find((b) => b.score === 1)!.count).toBe(2);
    const committed = r.summary.byType.find((t) => t.type === 'committed')!;
    expect(committed).toMatchObject({ objectives: 3, meetingExpectation: 1 });
    // o2 has a postmortem ("missed"); o4 has none.
    expect(r.summary.postmortemsMissing).toBe(1);
  });

  it('limits a department scope to its subtree', () => {
    const r = buildReviewReport({ ...sampleInput(), scopeUnitId: 'eng' });
    expect(r.objectives.map((o) => o.id)).toEqual(['o2', 'o3']);
    expect(r.cover.scopeName).toBe('Engineering');
    expect(r.cover.title).toBe('Review of Q1 2026 — Engineering');
    expect(r.summary.byUnit.map((u) => [u.name, u.depth])).toEqual([
      ['Engineering', 0],
      ['Mei Chen', 1],
    ]);
  });

  it('limits a person scope to their own objectives', () => {
    const r = buildReviewReport({ ...sampleInput(), scopeUnitId: 'mei' });
    expect(r.objectives.map((o) => o.id)).toEqual(['o3']);
  });

  it('draws alignment as an outline, naming the objective outside the scope a top row supports', () => {
    const all = buildReviewReport(sampleInput());
    expect(all.alignment.map((row) => [row.objectiveId, row.depth])).toEqual([
      ['o1', 0],
      ['o2', 1],
      ['o3', 2],
      ['o4', 0],
    ]);
    const eng = buildReviewReport({ ...sampleInput(), scopeUnitId: 'eng' });
    expect(eng.alignment[0]).toMatchObject({
      objectiveId: 'o2',
      depth: 0,
      supports: 'Make Northwind the product customers stay with',
    });
  });

  it('tolerates an alignment loop in the data', () => {
    const input = sampleInput();
    input.objectives = input.objectives.map((o) =>
      o.id === 'o1' ? { ...o, alignedTo: { kind: 'objective' as const, id: 'o3' } } : o,
    );
    const r = buildReviewReport(input);
    expect(r.alignment.map((row) => row.objectiveId).sort()).toEqual(['o1', 'o2', 'o3', 'o4']);
  });

  it("collects retrospectives and the cycle's lessons", () => {
    const r = buildReviewReport(sampleInput());
    expect(r.objectives.find((o) => o.id === 'o2')!.retro!.missed).toBe(
      'The cache migration slipped',
    );
    expect(r.cycleRetro!.wentWell).toBe('Retention goal met');
    expect(r.lessons).toEqual([
      {
        source: 'Give every team a data platform they trust',
        text: 'Start migrations in week one',
      },
      { source: 'Northwind (cycle)', text: 'Fewer objectives, more focus' },
    ]);
  });

  it('leaves out deleted records', () => {
    const input = sampleInput();
    input.objectives = input.objectives.map((o) =>
      o.id === 'o4' ? { ...o, deletedAt: '2026-02-02' } : o,
    );
    input.scores = input.scores.map((s) => ({ ...s, deletedAt: '2026-02-02' }));
    const r = buildReviewReport(input);
    expect(r.objectives.map((o) => o.id)).not.toContain('o4');
  });

  it('is pure: the same input gives the same report', () => {
    expect(buildReviewReport(sampleInput())).toEqual(buildReviewReport(sampleInput()));
  });
});

describe('keyResultSeries', () => {
  it('starts at the start value and follows the last check-in of each day', () => {
    const series = keyResultSeries({ kind: 'decrease', start: 40 }, cycle, [
      { at: '2026-02-01', value: 30, confidence: null, createdAt: '2026-02-01T09:00:00Z' },
      { at: '2026-02-01', value: 28, confidence: null, createdAt: '2026-02-01T17:00:00Z' },
      { at: '2026-01-15', value: 35, confidence: null, createdAt: '2026-01-15T09:00:00Z' },
      { at: '2026-05-01', value: 1, confidence: null, createdAt: '2026-05-01T09:00:00Z' },
    ]);
    expect(series).toEqual([
      { at: '2026-01-01', value: 40 },
      { at: '2026-01-15', value: 35 },
      { at: '2026-02-01', value: 28 },
    ]);
  });
});

describe('formatScore', () => {
  it('writes every score with one decimal, rounded half up', () => {
    // Changed with issue 12: objective scores no longer show two decimals.
    expect([1, 0.7, 0, 0.65, 0.35, 0.349, null].map(formatScore)).toEqual([
      '1.0',
      '0.7',
      '0.0',
      '0.7',
      '0.4',
      '0.3',
      '–',
    ]);
  });
});
