import { describe, expect, it } from 'vitest';
import { objectiveProgressSeries, sortCheckIns } from '../../../shared/domain/history';
import type { CheckIn, KeyResult } from '../../../shared/domain/model';
import { buildReviewReport, keyResultSeries } from '../../../shared/report/review';
import { progressSeries } from '../../../shared/report/reviewProgress';
import { checkIn, cycle, keyResult, sampleInput } from './fixtures';

const seriesOf = (krs: readonly KeyResult[], history: ReadonlyMap<string, CheckIn[]>) =>
  krs.map((k) => keyResultSeries(k, cycle, history.get(k.id) ?? []));

const historyOf = (rows: CheckIn[]): Map<string, CheckIn[]> => {
  const m = new Map<string, CheckIn[]>();
  for (const c of rows) m.set(c.keyResultId, [...(m.get(c.keyResultId) ?? []), c]);
  for (const [id, list] of m) m.set(id, sortCheckIns(list));
  return m;
};

describe('progressSeries', () => {
  it('steps on each day a key result moved, from the weighted values in force that day', () => {
    const krs = [keyResult('a', 'o', 'Signups'), keyResult('b', 'o', 'Churn')];
    const history = historyOf([
      checkIn('c1', 'a', '2026-01-15', 5),
      checkIn('c2', 'b', '2026-02-01', 10),
    ]);
    expect(progressSeries(krs, seriesOf(krs, history), cycle, cycle.end)).toEqual([
      { at: '2026-01-01', value: 0 },
      { at: '2026-01-15', value: 0.25 },
      { at: '2026-02-01', value: 0.75 },
    ]);
  });

  it('gives the same points as objectiveProgressSeries for every kind and weight', () => {
    const krs = [
      keyResult('inc', 'o', 'Up', { start: 10, target: 40, weight: 2 }),
      keyResult('dec', 'o', 'Down', { kind: 'decrease', start: 50, target: 20, weight: 0.5 }),
      keyResult('bin', 'o', 'Ship', { kind: 'binary', start: 0, target: 1, weight: 1 }),
      keyResult('ms', 'o', 'Steps', {
        kind: 'milestones',
        target: 3,
        milestones: ['x', 'y', 'z'].map((title, i) => ({ id: title, title, done: i === 0 })),
      }),
      keyResult('hold', 'o', 'Keep', { kind: 'stayAbove', start: 0, target: 90, weight: 0 }),
      keyResult('none', 'o', 'Untouched', { weight: 3 }),
    ];
    const history = historyOf([
      checkIn('p1', 'inc', '2025-12-20', 12),
      checkIn('p2', 'hold', '2025-12-31', 95),
      checkIn('c1', 'inc', '2026-01-01', 15),
      checkIn('c2', 'dec', '2026-01-20', 44),
      checkIn('c3', 'dec', '2026-01-20', 41),
      checkIn('c4', 'ms', '2026-02-03', 1),
      checkIn('c5', 'ms', '2026-02-10', 2.5),
      checkIn('c6', 'bin', '2026-02-10', 1),
      checkIn('c7', 'hold', '2026-03-02', 80),
      checkIn('c8', 'inc', '2026-03-31', 33.3),
      checkIn('late', 'dec', '2026-04-02', 20),
    ]);
    for (const until of [cycle.end, '2026-02-10', '2026-01-05'])
      expect(progressSeries(krs, seriesOf(krs, history), cycle, until)).toEqual(
        objectiveProgressSeries(krs, history, cycle, until),
      );
    const allZero = krs.map((k) => ({ ...k, weight: 0 }));
    expect(progressSeries(allZero, seriesOf(allZero, history), cycle, cycle.end)).toEqual(
      objectiveProgressSeries(allZero, history, cycle, cycle.end),
    );
  });

  it("is each report objective's progress over the cycle, worked out when first read", () => {
    const input = sampleInput();
    const report = buildReviewReport(input);
    const o2 = report.objectives.find((o) => o.id === 'o2')!;
    const krs = input.keyResults.filter((k) => k.objectiveId === 'o2');
    const history = historyOf([...input.checkIns]);
    expect(o2.progressSeries).toEqual(objectiveProgressSeries(krs, history, cycle, cycle.end));
    expect(o2.progressSeries.map((p) => p.at)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(o2.progressSeries).toBe(o2.progressSeries);
    expect(o2.keyResults[0]!.series).toEqual(
      keyResultSeries(krs[0]!, cycle, history.get(krs[0]!.id) ?? []),
    );
  });
});
