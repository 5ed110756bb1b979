// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { KeyResult } from '../../../shared/domain/model';
import {
  figuresOf,
  keyResultAim,
  keyResultNow,
  keyResultTarget,
  keyResultValue,
  readKeyResult,
  readingParts,
} from '../../../shared/format/keyResultReading';
import { buildMeetingPack } from '../../../shared/report/meetingPack';
import { buildReviewReport } from '../../../shared/report/review';
import { renderReviewMarkdown } from '../../../shared/report/reviewMarkdown';
import { buildWeeklyReport } from '../../../shared/report/weekly';
import { renderWeeklyMarkdown } from '../../../shared/report/weeklyMarkdown';
import { KeyResultItem } from '../../../renderer/src/features/objectives/KeyResultItem';
import { KrScoreRow } from '../../../renderer/src/features/review/KrScoreRow';
import { ReportObjectiveBlock } from '../../../renderer/src/features/review/report/ReportObjectiveBlock';
import { WeeklyReportPreview } from '../../../renderer/src/features/reports/WeeklyReportPreview';
import { cellText, tableRows } from '../checkins/markdown';
import { checkIn, cycle, keyResult, objective, unit } from './fixtures';

afterEach(cleanup);

const milestone = (id: string, done: boolean) => ({ id, title: id, done });

/** One key result of each kind, with values that need rounding. */
const KRS: KeyResult[] = [
  keyResult('k1', 'o1', 'Users active in week two', {
    start: 45,
    target: 65,
    current: 50,
    unit: '%',
  }),
  keyResult('k2', 'o1', 'p95 query time', {
    kind: 'decrease',
    start: 40,
    target: 10,
    current: 25.456,
    unit: 's',
    rank: 2,
  }),
  keyResult('k3', 'o1', 'Uptime', {
    kind: 'stayAbove',
    start: 99.9,
    target: 99.9,
    current: 99.951,
    unit: '%',
    rank: 3,
  }),
  keyResult('k4', 'o1', 'Pricing page live', {
    kind: 'binary',
    start: 0,
    target: 1,
    current: 1,
    rank: 4,
  }),
  keyResult('k5', 'o1', 'Guided tour shipped', {
    kind: 'milestones',
    start: 0,
    target: 4,
    current: 2,
    milestones: [
      milestone('a', true),
      milestone('b', true),
      milestone('c', false),
      milestone('d', false),
    ],
    rank: 5,
  }),
  keyResult('k6', 'o1', 'Internal talks given', {
    target: 10,
    current: 10 / 3,
    unit: 'talks',
    rank: 6,
  }),
];

describe('readKeyResult', () => {
  it('reads like the method: from, to, and where it stands now', () => {
    expect(KRS.map((k) => readKeyResult(figuresOf(k)))).toEqual([
      '45 → 65 % · now 50 %',
      '40 → 10 s · now 25.46 s',
      'stay above 99.9 % · now 99.95 %',
      'Done',
      '2 of 4 milestones',
      '0 → 10 talks · now 3.33 talks',
    ]);
  });

  it('names what a done-or-not or milestone key result aims for, never as 0 → 1', () => {
    expect(keyResultAim(figuresOf(KRS[3]!))).toBe('done or not');
    expect(keyResultAim(figuresOf(KRS[4]!))).toBe('4 milestones');
    expect(keyResultTarget(figuresOf(KRS[2]!))).toBe('stay above 99.9 %');
    expect(keyResultValue(figuresOf(KRS[3]!), 0)).toBe('Not done');
  });

  it('counts a counted unit in the form that goes with the amount, and keeps other units as typed', () => {
    const talks = figuresOf(KRS[5]!);
    expect(keyResultValue(talks, 1)).toBe('1 talk');
    expect(keyResultValue(talks, 3)).toBe('3 talks');
    expect(keyResultAim({ ...talks, start: 0, target: 1 })).toBe('0 → 1 talk');
    expect(readKeyResult({ ...talks, start: 0, target: 4, current: 1 })).toBe(
      '0 → 4 talks · now 1 talk',
    );
    for (const unit of ['%', 'kbps', 'NPS', 'hours of video'])
      expect(keyResultValue({ ...talks, unit }, 1)).toBe(`1 ${unit}`);
  });
});

describe('every surface reads a key result the same way', () => {
  const report = buildReviewReport({
    cycle,
    scopeUnitId: null,
    orgUnits: [unit('co', 'company', 'Northwind', null)],
    objectives: [objective('o1', 'co', 'Make the first session delightful')],
    keyResults: KRS,
    checkIns: [],
    scores: [],
    retros: [],
    generatedAt: '2026-03-31T10:00:00.000Z',
  });
  const reportKrs = report.objectives[0]!.keyResults;

  it('gives the review model the figures of the list', () => {
    expect(reportKrs.map(readKeyResult)).toEqual(KRS.map((k) => readKeyResult(figuresOf(k))));
  });

  it('the list item says the reading', () => {
    for (const kr of KRS) {
      const { container } = render(<KeyResultItem kr={kr} status="onTrack" readOnly />);
      expect(container.textContent).toContain(readKeyResult(figuresOf(kr)));
      cleanup();
    }
  });

  it('the review report prints the aim and the final value in its table', () => {
    const { container } = render(
      <ReportObjectiveBlock
        objective={report.objectives[0]!}
        cycleStart={cycle.start}
        cycleEnd={cycle.end}
      />,
    );
    const rows = [...container.querySelectorAll('.report-table--krs tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows.map((r) => r[1])).toEqual(reportKrs.map((k) => keyResultAim(k)));
    expect(rows.map((r) => r[2])).toEqual(reportKrs.map((k) => keyResultValue(k, k.current)));
  });

  it('the score row says where each key result stands', () => {
    for (const kr of reportKrs) {
      const { container } = render(<KrScoreRow kr={kr} readOnly />);
      expect(container.textContent).toContain(`${keyResultNow(kr)} · progress`);
      cleanup();
    }
  });

  it('the review Markdown writes the same parts, and never 0 → 1 for done or not', () => {
    const md = renderReviewMarkdown(report);
    for (const kr of reportKrs) {
      const [aim, now] = readingParts(kr);
      expect(md).toContain(`- ${kr.title}: ${aim} — ${now ? `${now}, ` : ''}score`);
    }
    expect(md).toContain('- Pricing page live: Done — score 1.0');
    expect(md).not.toMatch(/0 → 1\b/);
  });

  it('the meeting pack lists each proposal’s key results by their aim', () => {
    const pack = buildMeetingPack({
      cycle,
      preparedOn: '2026-01-05',
      objectives: [objective('o1', 'co', 'Delight', { planState: 'proposed' })],
      keyResults: KRS,
      orgUnits: [unit('co', 'company', 'Northwind', null)],
      votes: [],
      comments: [],
      handOrder: [],
      dotBudget: 3,
      findings: [],
      health: 100,
    });
    expect(pack.proposals[0]!.keyResults).toEqual(
      KRS.map((k) => `${k.title}: ${keyResultAim(figuresOf(k))}`),
    );
  });

  it('the weekly report (preview and Markdown) gives the same value and target', () => {
    const weekly = buildWeeklyReport({
      subjectId: 'co',
      units: [unit('co', 'company', 'Northwind', null)],
      cycle: { ...cycle, state: 'active' },
      week: '2026-02-04',
      today: '2026-02-06',
      objectives: [objective('o1', 'co', 'Delight')],
      keyResults: KRS,
      checkIns: KRS.map((k) => checkIn(`c-${k.id}`, k.id, '2026-02-03', figuresOf(k).current)),
      initiatives: [],
    });
    const want = KRS.map((k) => {
      const f = figuresOf(k);
      return [k.title, keyResultValue(f, f.current), keyResultTarget(f)];
    });
    const mdRows = tableRows(renderWeeklyMarkdown(weekly))
      .slice(2)
      .map((r) => [cellText(r[0]!), cellText(r[1]!), cellText(r[3]!)]);
    expect(mdRows).toEqual(want);
    const { container } = render(<WeeklyReportPreview report={weekly} />);
    const shown = [...container.querySelectorAll('tbody tr')]
      .map((tr) => [...tr.querySelectorAll('td, th')].map((td) => td.textContent ?? ''))
      .filter((r) => KRS.some((k) => k.title === r[0]))
      .map((r) => [r[0], r[1], r[3]]);
    expect(shown).toEqual(want);
  });
});
