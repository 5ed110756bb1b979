import { describe, expect, it } from 'vitest';
import { buildWeeklyReport, weekAround } from '../../../shared/report/weekly';
import { weeklyInput } from './weeklyFixture';

describe('weekAround', () => {
  it('runs Monday to Sunday, with last week ending the Sunday before', () => {
    expect(weekAround('2026-11-27')).toEqual({
      start: '2026-11-23',
      end: '2026-11-29',
      previousEnd: '2026-11-22',
    });
    expect(weekAround('2026-11-23')).toEqual(weekAround('2026-11-29'));
  });
  it('starts on the first day of the week the person chose, e.g. Sunday', () => {
    expect(weekAround('2026-11-27', 0)).toEqual({
      start: '2026-11-22',
      end: '2026-11-28',
      previousEnd: '2026-11-21',
    });
  });
});

describe('buildWeeklyReport', () => {
  const report = buildWeeklyReport(weeklyInput());
  const kr = (title: string) =>
    report.objectives.flatMap((o) => o.keyResults).find((k) => k.title === title)!;

  it('reads values as of today while the week is still running', () => {
    expect(report.asOf).toBe('2026-11-27');
    expect(report.subject.name).toBe('Mei Chen');
  });

  it('covers a person’s own objectives only', () => {
    expect(report.objectives.map((o) => o.title)).toEqual([
      'Become the go-to person for our data platform',
    ]);
  });

  it('gives each key result’s value and confidence change since last week', () => {
    expect(kr('Internal talks given')).toMatchObject({
      value: 2,
      valueBefore: 1,
      confidence: 7,
      confidenceBefore: 6,
    });
    expect(kr('Median query time')).toMatchObject({
      value: 22,
      valueBefore: 25,
      confidence: 6,
      confidenceBefore: 8,
    });
  });

  it('ignores deleted check-ins', () => {
    expect(kr('Median query time').valueBefore).toBe(25);
  });

  it('flags a key result nobody checked in for two weeks as stale, never on track', () => {
    expect(kr('Migration guide published')).toMatchObject({
      stale: true,
      status: 'stale',
      checkedInThisWeek: false,
    });
    expect(report.counts).toMatchObject({ keyResults: 3, checkedIn: 2, stale: 1 });
  });

  it('lists initiatives finished this week and this week’s check-in notes as done', () => {
    expect(report.done.initiatives.map((d) => d.text)).toEqual(['Draft the outline']);
    expect(report.done.notes.map((n) => [n.at, n.keyResult])).toEqual([
      ['2026-11-24', 'Internal talks given'],
    ]);
  });

  it('orders open initiatives by priority, then due date, undated last, and marks the overdue', () => {
    expect(report.priorities.map((p) => [p.title, p.overdue])).toEqual([
      ['Finish the slides', true],
      ['Rehearse the talk', false],
      ['Book a room', false],
    ]);
  });

  it('caps the priorities at the number asked for', () => {
    expect(buildWeeklyReport(weeklyInput({ maxPriorities: 1 })).priorities).toHaveLength(1);
  });

  it('collects this week’s blockers and the results that need attention', () => {
    expect(report.problems.blockers.map((b) => b.keyResult)).toEqual(['Median query time']);
    const risks = new Map(
      report.problems.risks.map((r) => [r.keyResult.title, r.reasons.map((x) => x.kind)]),
    );
    expect(risks.get('Migration guide published')).toEqual(['stale']);
  });

  it('covers everyone below a team, in org-tree order', () => {
    const team = buildWeeklyReport(weeklyInput({ subjectId: 'team' }));
    expect(team.objectives.map((o) => o.ownerName)).toEqual(['Ana Sousa', 'Mei Chen']);
    expect(team.priorities.map((p) => p.title)).toEqual([
      'Finish the slides',
      'Rehearse the talk',
      'Ana’s task',
      'Book a room',
    ]);
  });

  it('reports a past week as it stood on its Sunday', () => {
    const past = buildWeeklyReport(weeklyInput({ week: '2026-11-12' }));
    expect(past.asOf).toBe('2026-11-15');
    expect(kr('Internal talks given').value).toBe(2);
    const talks = past.objectives[0]!.keyResults[0]!;
    expect([talks.valueBefore, talks.value]).toEqual([0, 1]);
    expect(past.done.initiatives.map((d) => d.text)).toEqual(['Old task']);
  });

  it('moves the objective’s progress with its key results', () => {
    const o = report.objectives[0]!;
    expect(o.progress).toBeGreaterThan(o.progressBefore);
  });
});
