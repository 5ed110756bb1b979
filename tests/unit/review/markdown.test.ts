import { Parser, HtmlRenderer, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { buildReviewReport } from '../../../shared/report/review';
import { renderReviewMarkdown } from '../../../shared/report/reviewMarkdown';
import { keyResult, objective, retro, sampleInput } from './fixtures';

function nodes(root: Node): Node[] {
  const out: Node[] = [];
  const w = root.walker();
  for (let e = w.next(); e; e = w.next()) if (e.entering) out.push(e.node);
  return out;
}

const textOf = (n: Node): string =>
  nodes(n)
    .map((c) =>
      c.type === 'text' || c.type === 'code'
        ? (c.literal ?? '')
        : c.type === 'softbreak'
          ? ' '
          : '',
    )
    .join('');

/** GFM tables are paragraphs to CommonMark: find them by their source lines. */
function tables(md: string): string[][][] {
  const lines = md.split('\n');
  const out: string[][][] = [];
  let cur: string[][] | null = null;
  for (const line of lines) {
    if (line.startsWith('|')) {
      // Split on pipes that are not backslash-escaped; drop the outer empty pieces.
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
      (cur ??= []).push(cells);
    } else if (cur) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

const parse = (md: string) => new Parser().parse(md);

describe('renderReviewMarkdown', () => {
  const md = renderReviewMarkdown(buildReviewReport(sampleInput()));
  const doc = parse(md);

  it('gives the cycle and the day it was generated as the person reads dates, not ISO', () => {
    const gb = renderReviewMarkdown(buildReviewReport(sampleInput()), 'en-GB');
    expect(gb).toContain(', 1 Jan – 31 Mar 2026 (');
    expect(gb).toContain('· generated 2 Apr 2026');
    const us = renderReviewMarkdown(buildReviewReport(sampleInput()), 'en-US');
    expect(us).toContain(', Jan 1 – Mar 31, 2026 (');
    expect(us.split('\n').slice(0, 4).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('has the sections as level-2 headings and each objective as a level-3 heading', () => {
    const headings = nodes(doc).filter((n) => n.type === 'heading');
    expect(headings.filter((h) => h.level === 1).map(textOf)).toEqual([
      'Review of Q1 2026 — Northwind',
    ]);
    expect(headings.filter((h) => h.level === 2).map(textOf)).toEqual([
      'Summary',
      'By org unit',
      'Committed and aspirational',
      'Alignment',
      'Objectives',
      'Cycle retrospective',
      'Lessons of the cycle',
    ]);
    expect(headings.filter((h) => h.level === 3).map(textOf)).toEqual([
      'Make Northwind the product customers stay with',
      'Give every team a data platform they trust',
      'Become the go-to person for our data platform',
      'Ship the pricing page',
    ]);
  });

  it('writes each key result as a list item in the shape the importer reads', () => {
    const items = nodes(doc)
      .filter((n) => n.type === 'item')
      .map(textOf);
    expect(items).toContain('Customer retention: 80 → 88 % — now 88 %, score 1.0');
    expect(items).toContain('p95 query time: 40 → 10 s — now 25 s, score 0.5');
    expect(items).toContain(
      'Pricing page live: Not done — score 0.3, proposed 0.0, reason: Design done, not shipped',
    );
    // Only key results are list items: five of them.
    expect(items).toHaveLength(5);
  });

  it('gives every table row as many cells as its header', () => {
    const found = tables(md);
    expect(found.length).toBe(4);
    for (const t of found) {
      const width = t[0]!.length;
      for (const row of t) expect(row).toHaveLength(width);
    }
    const bands = found[0]!;
    expect(bands.map((r) => r[1])).toEqual(['Objectives', '---:', '2', '1', '1', '0']);
  });

  it('keeps the indentation of units and of aligned objectives once rendered', () => {
    // A GFM renderer trims a cell (JavaScript's trim takes no-break spaces too), then decodes
    // entities: Mei Chen, under Engineering, still starts indented.
    const cell = md
      .split('\n')
      .find((l) => l.includes('Mei Chen |'))!
      .split('|')[1]!;
    const rendered = cell.trim().replace(/&nbsp;/g, '\u00a0');
    expect(rendered).toMatch(/^\u00a0{2,}Mei Chen$/);
    const para = nodes(doc).find((n) => n.type === 'paragraph' && textOf(n).includes('↳'));
    expect(textOf(para!)).toMatch(/\u00a0{4}↳ /);
  });

  it('states what a score means instead of asking for work, and prints lessons once', () => {
    expect(md).not.toMatch(/write a short postmortem/i);
    expect(md).toContain('_Committed, scored 0.5: short of the 1.0 promised._');
    expect(md.split('Fewer objectives, more focus')).toHaveLength(2);
  });

  it('includes the scores and the retrospective text', () => {
    expect(md).toContain('score **1.0** (green)');
    expect(md).toContain('**Why targets were missed.** The cache migration slipped');
    expect(md).toContain('**What went well.** Retention goal met');
    expect(md).toContain('**Northwind (cycle):** Fewer objectives, more focus');
  });

  it('keeps a multi-line retrospective as paragraphs with line breaks', () => {
    const input = sampleInput();
    input.retros = [
      retro(null, 'co', { wentWell: 'First line\nsecond line\n\n- not a list\n# not a heading' }),
    ];
    const out = parse(renderReviewMarkdown(buildReviewReport(input)));
    const all = nodes(out);
    expect(all.filter((n) => n.type === 'linebreak').length).toBeGreaterThanOrEqual(2);
    expect(all.filter((n) => n.type === 'heading').map(textOf)).not.toContain('not a heading');
    expect(all.filter((n) => n.type === 'item')).toHaveLength(5); // the key results only
  });
});

describe('renderReviewMarkdown with hostile text', () => {
  const hostile =
    'Win | big *now* <script>alert(1)</script>\n## injected [x](javascript:alert(1)) `code` &amp;';
  const input = sampleInput();
  input.orgUnits = input.orgUnits.map((u) => (u.id === 'eng' ? { ...u, name: hostile } : u));
  input.objectives = [
    ...input.objectives,
    objective('oh', 'eng', hostile, { description: hostile }),
  ];
  input.keyResults = [...input.keyResults, keyResult('kh', 'oh', hostile, { unit: '|*<b>' })];
  input.scores = [
    ...input.scores,
    { ...input.scores[0]!, id: 's-h', keyResultId: 'kh', score: 0.4, reason: hostile },
  ];
  input.retros = [...input.retros, retro('oh', 'eng', { lessons: hostile })];
  const md = renderReviewMarkdown(buildReviewReport(input));
  const doc = parse(md);
  const flat = hostile.replace('\n', ' ');

  it('creates no HTML, emphasis, link or code from user text', () => {
    const kinds = new Set(nodes(doc).map((n) => n.type));
    for (const k of ['html_inline', 'html_block', 'link', 'code', 'code_block'] as const)
      expect(kinds.has(k)).toBe(false);
    const html = new HtmlRenderer().render(doc);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    // Emphasis exists only where the report itself writes it (labels and scores), never around "now".
    const emph = nodes(doc).filter((n) => n.type === 'emph' || n.type === 'strong');
    expect(emph.map(textOf).some((t) => t === 'now')).toBe(false);
  });

  it('keeps the hostile title on one heading line, as literal text', () => {
    const h3 = nodes(doc)
      .filter((n) => n.type === 'heading' && n.level === 3)
      .map(textOf);
    expect(h3).toContain(flat);
    const h2 = nodes(doc)
      .filter((n) => n.type === 'heading' && n.level === 2)
      .map(textOf);
    expect(h2).not.toContain('injected [x](javascript:alert(1)) `code` &amp;');
  });

  it('keeps every table row at the header width when a cell holds | characters', () => {
    for (const t of tables(md)) for (const row of t) expect(row).toHaveLength(t[0]!.length);
    const byUnit = tables(md)[2]!;
    expect(byUnit.some((r) => r[0]!.includes('Win \\| big'))).toBe(true);
  });

  it('keeps the hostile key result a single list item with its text intact', () => {
    const items = nodes(doc)
      .filter((n) => n.type === 'item')
      .map(textOf);
    expect(items).toHaveLength(6);
    expect(items.find((t) => t.startsWith('Win'))).toBe(
      `${flat}: 0 → 10 |*<b> — now 5 |*<b>, score 0.4, proposed 0.5, reason: ${flat}`,
    );
  });
});
