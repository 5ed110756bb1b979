import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOkrMarkdown, type ImportPreview } from '../../../shared/domain/importMarkdown';

const one = (md: string) => parseOkrMarkdown(md).objectives;
const krs = (md: string) => one(md).flatMap((o) => o.keyResults);

/** Every content line is either read into the preview or listed among its warnings. */
function unaccounted(md: string, r: ImportPreview): number[] {
  const used = new Set(r.usedLines ?? []);
  const listed = (n: number) => r.warnings.some((w) => n >= w.line && n <= (w.endLine ?? w.line));
  return md
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ text, n: i + 1 }))
    .filter(({ text }) => text.trim() && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(text))
    .filter(({ text }) => !/^\s*\|?[\s|:-]*-[\s|:-]*$/.test(text))
    .filter(({ text }) => !/^\s*(?:<!--.*?-->\s*)+$/.test(text))
    .filter(({ n }) => !used.has(n) && !listed(n))
    .map(({ n }) => n);
}

describe('parseOkrMarkdown: numbers in key results', () => {
  it('reads "from 25 to 35" as an increase from 25 to 35, keeping the unit and the sentence', () => {
    const [nps, churn, uptime] = krs(
      '## Developers love our API\n- Improve developer NPS from 25 to 35\n- Cut monthly churn from 4% to 2%\n- Uptime ≥ 99.9 %\n',
    );
    expect(nps).toMatchObject({
      title: 'Improve developer NPS from 25 to 35',
      kind: 'increase',
      start: 25,
      target: 35,
      current: 25,
    });
    expect(churn).toMatchObject({ kind: 'decrease', start: 4, target: 2, unit: '%' });
    expect(uptime).toMatchObject({ kind: 'stayAbove', target: 99.9, unit: '%' });
  });

  it('reads dotted KR numbers, dash labels, glued units and thousands', () => {
    const [o] = one(
      [
        '### O1 — Delight our users',
        '- KR1.1: Reduce p95 latency from 800ms to 300ms',
        '- KR1.2: Grow MRR from $10k to $25k',
        '- KR 1.3 - Reduce churn to < 2%',
        '- Goal-oriented reviews held every sprint',
      ].join('\n'),
    );
    expect(o!.title).toBe('Delight our users');
    expect(o!.keyResults.map((k) => [k.title, k.kind, k.start, k.target, k.unit])).toEqual([
      ['Reduce p95 latency from 800ms to 300ms', 'decrease', 800, 300, 'ms'],
      ['Grow MRR from $10k to $25k', 'increase', 10_000, 25_000, '$'],
      ['Reduce churn to < 2%', 'stayBelow', 2, 2, '%'],
      expect.arrayContaining(['Goal-oriented reviews held every sprint']),
    ]);
  });

  it('reads a change "by 30 %" as a share of the start, and "by a factor of 2" from once to twice', () => {
    const [up, down, twice] = krs(
      '## Make the pipeline faster\n- Increase job throughput by 30%\n- Decrease timeout errors by 30%\n- Speed up builds by a factor of 2\n',
    );
    expect(up).toMatchObject({ kind: 'increase', start: 100, target: 130, unit: '% of start' });
    expect(down).toMatchObject({ kind: 'decrease', start: 100, target: 70, unit: '% of start' });
    expect(twice).toMatchObject({ kind: 'increase', start: 1, target: 2, unit: '×' });
  });

  it('reads a placeholder target as a number still to fill in; no number at all as done / not done', () => {
    const [a, b] = krs(
      '## Hire the people we need\n- Grow the team from X to Y\n- Contract signed.\n',
    );
    expect(a).toMatchObject({ kind: 'increase', targetMissing: true });
    expect(b).toMatchObject({ kind: 'binary', title: 'Contract signed.' });
  });
});

describe('parseOkrMarkdown: decorations leave the title', () => {
  it('moves owner lead-ins to the owner note, not the title', () => {
    const [o] = one(
      [
        '### 1. CEO: Great team',
        '1. VP of Engineering KR: Hire 10 engineers',
        '1. **CFO KR:** Close the books in 10 days',
        '1. @mei - Onboarding guide published',
        '1. Newsletter reaches 500 readers (owner: Sam)',
      ].join('\n'),
    );
    expect(o!.title).toBe('Great team');
    expect(o!.description).toContain('Owner: CEO');
    expect(o!.keyResults.map((k) => [k.title, k.note])).toEqual([
      ['Hire 10 engineers', 'Owner: VP of Engineering'],
      ['Close the books in 10 days', 'Owner: CFO'],
      ['Onboarding guide published', 'Owner: mei'],
      ['Newsletter reaches 500 readers', 'Owner: Sam'],
    ]);
  });

  it('cuts labels and tags: Objective:, Key Result 2:, O1., _Key Result_:, [Internal only], Stretch:', () => {
    const o = one(
      [
        '- Objective: Make onboarding delightful',
        '  - Key Result 2: Activation reaches 40%',
        '  - _Key Result_: Time to first value under 5 min',
        '  - [Internal only] Support tickets per user halve',
        '  - Stretch: Zero onboarding bugs',
        '',
        'O1. Build our engagement strategy  ',
        'O2. Shorten our lead-to-proposal time (cross-cut with Ops WG)',
      ].join('\n'),
    );
    expect(o.map((x) => x.title)).toEqual([
      'Make onboarding delightful',
      'Build our engagement strategy',
      'Shorten our lead-to-proposal time',
    ]);
    expect(o[0]!.keyResults.map((k) => k.title)).toEqual([
      'Activation reaches 40%',
      'Time to first value under 5 min',
      'Support tickets per user halve',
      'Zero onboarding bugs',
    ]);
    expect(o[0]!.keyResults[3]!.note).toContain('Stretch');
  });

  it('does not take a bold "Key Result:" label for an owner', () => {
    const [k] = krs(
      '* **Objective:** Grow the community\n    * **Key Result:** Reach 10 new members\n',
    );
    expect(k).toMatchObject({ title: 'Reach 10 new members', note: '' });
  });

  it('cuts trailing scores and progress, and a result scored done arrives done', () => {
    const k = krs(
      [
        '## Ship the platform',
        '- KR: Launch the beta => 0.7',
        '- KR: Migrate billing ==> Done',
        '- KR: Partner pages live --> 66% (AWS and GCP done)',
        '- KR: Docs site rebuilt - 100%',
        '- KR: Runbooks written [2/5]',
        '- KR: Alerts tuned [30%]',
        '- KR: Load tests green Score: 0.6',
      ].join('\n'),
    );
    expect(k.map((x) => x.title)).toEqual([
      'Launch the beta',
      'Migrate billing',
      'Partner pages live',
      'Docs site rebuilt',
      'Runbooks written',
      'Alerts tuned',
      'Load tests green',
    ]);
    expect(k[1]).toMatchObject({ kind: 'binary', current: 1 });
    expect(k[0]!.note).toContain('0.7');
    expect(k[2]!.note).toContain('66% (AWS and GCP done)');
  });

  it('reads a link-wrapped key result with its owners and score after it', () => {
    const [k] = krs(
      '*   Improve text\n    *   [Ship CSS containment to\n                beta](#o0r0) leviw 0.60\n',
    );
    expect(k).toMatchObject({ title: 'Ship CSS containment to beta' });
    expect(k!.note).toMatch(/Owner: leviw.*0\.60/);
  });

  it('reads a doubled list marker "1. 1." as one item', () => {
    const [o] = one('### Grow\n1. 1. KR: Reach 100 customers\n');
    expect(o!.keyResults[0]).toMatchObject({ title: 'Reach 100 customers', target: 100 });
  });
});

describe('parseOkrMarkdown: shapes', () => {
  it('reads a table with baseline and target columns written with units', () => {
    const [o] = one(
      [
        '| Objective | Key result | Baseline | Target |',
        '|---|---|---|---|',
        '| Grow revenue | Annual recurring revenue | $1M | $2M |',
        '| | Activation rate | 20% | 35% |',
      ].join('\n'),
    );
    expect(o!.title).toBe('Grow revenue');
    expect(o!.keyResults.map((k) => [k.title, k.kind, k.start, k.target, k.unit])).toEqual([
      ['Annual recurring revenue', 'increase', 1_000_000, 2_000_000, '$'],
      ['Activation rate', 'increase', 20, 35, '%'],
    ]);
  });

  it('leaves YAML front matter out, and lists it', () => {
    const md =
      '---\ntitle: 2015 Q4\nbreadcrumbs:\n- - /teams\n  - Teams\n---\n## Grow the team well\n- KR: Hire 3 engineers\n';
    const r = parseOkrMarkdown(md);
    expect(r.objectives.map((o) => o.title)).toEqual(['Grow the team well']);
    expect(r.warnings[0]).toMatchObject({ line: 2, endLine: 5 });
    expect(unaccounted(md, r)).toEqual([]);
  });

  it('reads tab-indented key results under their objective', () => {
    const [o] = one('- Grow the community\n\t- 10 meetups held\n\t- 500 newsletter readers\n');
    expect(o!.title).toBe('Grow the community');
    expect(o!.keyResults.map((k) => k.title)).toEqual([
      '10 meetups held',
      '500 newsletter readers',
    ]);
  });

  it('reads O1 / O1KR1 headings with _Objective_: and _Key Result_: paragraphs, even after an empty label', () => {
    const o = one(
      [
        '### O1',
        '_Objective_: Make data self-serve',
        '',
        '#### O1KR1',
        '_Key Result_: ',
        'Key Result 2: At least 4 analysts merge a pull request',
        '',
        '#### O1KR2',
        'Any component can be deployed with one click [2/4]',
      ].join('\n'),
    );
    expect(o.map((x) => x.title)).toEqual(['Make data self-serve']);
    expect(o[0]!.keyResults.map((k) => k.title)).toEqual([
      'At least 4 analysts merge a pull request',
      'Any component can be deployed with one click',
    ]);
    expect(o[0]!.keyResults[0]).toMatchObject({ kind: 'stayAbove', target: 4 });
  });

  it('does not read key results restated under sub-headings twice', () => {
    const r = parseOkrMarkdown(
      [
        '## Overview',
        '*   Gain insight into layout performance',
        '    *   [Have a report on layout performance.](#o0r0) \\[ben\\] 0.4',
        '## Details',
        '### Have a report on layout performance.',
        'Owner(s): ben',
        'Score: 0.4',
      ].join('\n'),
    );
    expect(r.objectives.map((o) => o.title)).toEqual(['Gain insight into layout performance']);
    expect(r.objectives[0]!.keyResults).toHaveLength(1);
    expect(r.warnings.some((w) => w.line === 5 && /repeats line 3/.test(w.message))).toBe(true);
  });

  it('reads a list whose first item names the columns as key results', () => {
    const r = parseOkrMarkdown(
      '## Overview\n*   Key Result Owner(s) Score\n*   [Speed up tests.](#kr0) \\[everyone\\] 0.0\n',
    );
    expect(r.objectives[0]!.keyResults.map((k) => k.title)).toEqual(['Speed up tests.']);
  });

  it('keeps a `# heading` whose key results are written "from 0 to 10", right-to-left text and all', () => {
    const md =
      '# \u202eGrow revenue \u05e9\u05dc\u05d5\u05dd\u0007 for partners\n- Revenue from 0 to 10\n';
    const r = parseOkrMarkdown(md);
    expect(r.objectives).toHaveLength(1);
    // Kept exactly, as all imported text is: shown as text, never interpreted.
    expect(r.objectives[0]!.title).toBe(
      '\u202eGrow revenue \u05e9\u05dc\u05d5\u05dd\u0007 for partners',
    );
    expect(r.objectives[0]!.keyResults[0]).toMatchObject({
      kind: 'increase',
      start: 0,
      target: 10,
    });
    expect(unaccounted(md, r)).toEqual([]);
  });

  it('lists every line it does not use (prose, code, section headings) and keeps notes under an objective', () => {
    const md = [
      '# Team handbook',
      'We plan every quarter.',
      '```',
      'not okrs',
      '```',
      '## Ship the mobile app',
      '- App store rating from 3.9 to 4.5',
      '',
      'Some closing words.',
    ].join('\n');
    const r = parseOkrMarkdown(md);
    expect(r.objectives.map((o) => o.title)).toEqual(['Ship the mobile app']);
    expect(unaccounted(md, r)).toEqual([]);
    expect(r.warnings.find((w) => w.line === 2)).toMatchObject({ endLine: 5 });
    expect(r.objectives[0]!.description).toContain('Some closing words.');
  });
});

const ROOT = resolve(process.cwd(), '../shared/fixtures');
const folders = ['real-okrs', 'real-okrs-2'].map((f) => join(ROOT, f)).filter(existsSync);
const files = folders.flatMap((dir) => {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      if (statSync(p).isDirectory()) return walk(p);
      return p.endsWith('.md') && !/(README|SOURCES)\.md$/.test(p) ? [p] : [];
    });
  return walk(dir);
});

describe.skipIf(!files.length)('parseOkrMarkdown on both real-OKR fixture folders', () => {
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    '%s: every line is read or listed as skipped',
    (_name, f) => {
      const md = readFileSync(f, 'utf8');
      const r = parseOkrMarkdown(md);
      expect(unaccounted(md, r)).toEqual([]);
      for (const o of r.objectives) {
        expect(o.title.trim()).not.toBe('');
        for (const k of o.keyResults) expect(k.title.trim()).not.toBe('');
      }
    },
  );
});
