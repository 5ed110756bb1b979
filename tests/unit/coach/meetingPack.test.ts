import { Parser, HtmlRenderer } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { runCoach } from '../../../shared/domain/coach';
import { buildMeetingPack, type MeetingPackInput } from '../../../shared/report/meetingPack';
import { meetingPackMarkdown } from '../../../shared/report/meetingPackMarkdown';
import { loadLanguage } from '../../../shared/domain/coach';

// The coach's language model loads on demand (shared/domain/coach/language/model.ts).
await loadLanguage();

const obj = (
  id: string,
  title: string,
  planState: 'draft' | 'proposed' | 'agreed' = 'proposed',
) => ({
  id,
  title,
  description: '',
  ownerId: 'co',
  type: 'committed' as const,
  planState,
  alignedTo: null,
  createdAt: `2026-07-0${id.length}T00:00:00Z`,
});

function input(patch: Partial<MeetingPackInput> = {}): MeetingPackInput {
  const objectives = [
    obj('a', 'Make onboarding a delight'),
    obj('bb', 'Win back lost customers'),
    obj('ccc', 'Improve things'),
    obj('d', 'Still drafting', 'draft'),
  ];
  const keyResults = [
    {
      id: 'k',
      objectiveId: 'bb',
      title: 'Customer retention',
      kind: 'increase' as const,
      start: 80,
      target: 88,
      unit: '%',
      rank: 1,
      milestones: [],
    },
  ];
  return {
    cycle: { name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30', state: 'planning' },
    preparedOn: '2026-06-28',
    objectives,
    keyResults,
    orgUnits: [{ id: 'co', name: 'Northwind', kind: 'company' }],
    votes: [
      { objectiveId: 'bb', voter: 'Ana', dots: 2 },
      { objectiveId: 'ccc', voter: 'Mei', dots: 1 },
      { objectiveId: 'a', voter: 'Mei', dots: 1 },
    ],
    comments: [
      {
        objectiveId: 'bb',
        author: 'Tomás',
        text: 'Is 88 % realistic?',
        createdAt: '2026-06-27T10:00:00Z',
      },
    ],
    handOrder: ['ccc', 'a'],
    dotBudget: 3,
    findings: runCoach({ cycle: null, objectives, keyResults, today: '2026-06-28' }),
    health: 64,
    ...patch,
  };
}

describe('buildMeetingPack', () => {
  it('lists proposals in vote order, ties in the order set by hand, drafts left out', () => {
    const pack = buildMeetingPack(input());
    expect(pack.proposals.map((p) => [p.position, p.title, p.dots, p.tied])).toEqual([
      [1, 'Win back lost customers', 2, false],
      [2, 'Improve things', 1, true],
      [3, 'Make onboarding a delight', 1, true],
    ]);
    expect(pack.agenda.map((a) => a.leaf)).toEqual([
      'Employee Submission Objectives',
      'Management Discussion',
      'Management introduces the department',
      'CEO confirms',
      'Top-down correlation',
      'Personal OKR',
      'Plenary meeting',
    ]);
    expect(pack.voters.map((v) => [v.name, v.used])).toEqual([
      ['Ana', 2],
      ['Mei', 2],
    ]);
  });
});

describe('meetingPackMarkdown', () => {
  const md = meetingPackMarkdown(buildMeetingPack(input()));

  it('gives the cycle’s period and the day it was prepared as the person reads dates', () => {
    const gb = meetingPackMarkdown(buildMeetingPack(input(), 'en-GB'), 'en-GB');
    expect(gb).toContain('**Q3 2026** (1 Jul – 30 Sept 2026) · prepared 28 Jun 2026 ·');
    const us = meetingPackMarkdown(buildMeetingPack(input(), 'en-US'), 'en-US');
    expect(us).toContain('**Q3 2026** (Jul 1 – Sep 30, 2026) · prepared Jun 28, 2026 ·');
    expect(us).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('has the agenda, each proposal with its key results, coach findings and discussion, and the votes', () => {
    expect(md).toContain('## Agenda');
    expect(md).toMatch(
      /### 1\. Win back lost customers \(2 dots\)[\s\S]*### 2\. Improve things \(1 dot, tied\)[\s\S]*### 3\. Make onboarding a delight/,
    );
    expect(md).toContain('- Customer retention: 80 → 88 %');
    expect(md).toContain('Objective says “things” instead of naming what should change');
    expect(md).toContain('(Avoid common pitfalls in OKR › Unreasonable goal setting)');
    expect(md).toContain('- Tomás: Is 88 % realistic?');
    expect(md).toContain('| Ana | 2 of 3 | Win back lost customers (2) |');
  });

  it('keeps typed text as text', () => {
    const o = obj('a', '*Win* | <script>alert(1)</script>');
    const out = meetingPackMarkdown(
      buildMeetingPack(
        input({
          objectives: [o],
          findings: [],
          votes: [{ objectiveId: 'a', voter: '<b>Eve</b>', dots: 1 }],
        }),
      ),
    );
    const html = new HtmlRenderer().render(new Parser().parse(out));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<em>Win</em>');
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });
});
