import { describe, expect, it } from 'vitest';
import { buildWeeklyReport } from '../../../shared/report/weekly';
import { KR_TABLE_HEADERS, renderWeeklyMarkdown } from '../../../shared/report/weeklyMarkdown';
import { cellText, headings, nodesOfType, parse, tableRows, textOf } from './markdown';
import { objectives, weeklyInput } from './weeklyFixture';

describe('renderWeeklyMarkdown', () => {
  const md = renderWeeklyMarkdown(buildWeeklyReport(weeklyInput()), 'en-GB');

  it('has the report’s title and its four sections', () => {
    expect(headings(md, 1)).toEqual(['Weekly report: Mei Chen']);
    expect(headings(md, 2)).toEqual([
      'Objectives and key results',
      'Done this week',
      "This week's priorities",
      'Problems and blockers',
    ]);
    expect(headings(md, 3)[0]).toMatch(
      /^Become the go-to person for our data platform \(Mei Chen\) · \d+ %, \+\d+ pts$/,
    );
  });

  it('gives every table row one cell per column, whatever the titles hold', () => {
    const rows = tableRows(md);
    expect(rows).toHaveLength(2 + 3);
    for (const r of rows) expect(r).toHaveLength(KR_TABLE_HEADERS.length);
  });

  it('holds the value and confidence changes since last week', () => {
    const byTitle = new Map(
      tableRows(md)
        .slice(2)
        .map((r) => [cellText(r[0]!), r.map(cellText)]),
    );
    expect(byTitle.get('Internal talks given')).toEqual([
      'Internal talks given',
      '2 talks',
      '+1',
      '3 talks',
      '7/10',
      '+1',
      '67 %',
      'On track',
    ]);
    expect(byTitle.get('Median query time')?.slice(1, 6)).toEqual([
      '22 s',
      '-3',
      '10 s',
      '6/10',
      '-2',
    ]);
    expect(byTitle.get('Migration guide published')?.slice(1, 3)).toEqual(['Not done', '±0']);
    expect(byTitle.get('Migration guide published')?.[7]).toBe('Stale');
  });

  it('says the week and every day as the person reads dates, never as ISO', () => {
    const report = buildWeeklyReport(weeklyInput());
    expect(md).toContain('Week 23 – 29 Nov 2026 · Q4 2026 · ');
    expect(md).toContain('values as of 27 Nov 2026, changes since 22 Nov 2026');
    expect(md).toContain('3 key results · 2 checked in this week · 1 stale · 1 needs attention');
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const us = renderWeeklyMarkdown(report, 'en-US');
    expect(us).toContain('Week Nov 23 – 29, 2026 · ');
    expect(us).toContain('due Nov 20, 2026 (overdue)');
    expect(renderWeeklyMarkdown(report, 'de-DE')).toContain('due 20. Nov. 2026 (overdue)');
  });

  it('lists priorities in order, and what was done, blocked and stale', () => {
    const lists = nodesOfType(parse(md), 'list').map((l) => textOf(l));
    expect(lists.join('\n')).toContain('Done: Draft the outline (Internal talks given)');
    expect(lists.join('\n')).toContain(
      '24 Nov 2026 · Internal talks given: Gave the *Kafka* talk to 40 people',
    );
    expect(lists.join('\n')).toMatch(
      /P1 · Finish the slides · due 20 Nov 2026 \(overdue\)[\s\S]*P1 · Rehearse the talk[\s\S]*P2 · Book a room/,
    );
    expect(lists.join('\n')).toContain(
      'Blocker on Median query time (25 Nov 2026): Waiting for | infra <script>alert(1)</script>',
    );
    expect(lists.join('\n')).toMatch(/Migration guide published: no check-in for \d+ days/);
  });

  it('never lets user text become markup', () => {
    const hostile = objectives.map((o) => ({
      ...o,
      title: '<img src=x onerror=alert(1)> | *x* \n# h',
    }));
    const out = renderWeeklyMarkdown(buildWeeklyReport(weeklyInput({ objectives: hostile })));
    for (const t of ['html_inline', 'html_block', 'emph', 'strong', 'link', 'image'])
      expect(nodesOfType(parse(out), t)).toEqual([]);
    expect(headings(out, 1)).toHaveLength(1);
    expect(headings(out, 3)[0]).toContain('<img src=x onerror=alert(1)> | *x* # h');
    for (const r of tableRows(out)) expect(r).toHaveLength(KR_TABLE_HEADERS.length);
  });

  it('says so when a section is empty', () => {
    const quiet = renderWeeklyMarkdown(
      buildWeeklyReport(weeklyInput({ initiatives: [], checkIns: [] })),
    );
    expect(quiet).toContain('Nothing this week.');
    expect(quiet).toContain('No open initiatives.');
  });
});
