import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseOkrMarkdown } from '../../../shared/domain/importMarkdown';

const CAIRN_EXPORT = `# Review — Q4 2026

## Mei

### O1: Become the go-to person for our data platform

- Internal talks given: 0 → 3 talks — confidence 7/10
- Median query time: 40 -> 10 s
- Migration guide published: not done
- Uptime: 99.9 → 99.9 % — stay above

### Objective: Ship the new onboarding

- Activation rate: 20 → 35 %
`;

vi.setConfig({ testTimeout: 30_000 });

describe('parseOkrMarkdown', () => {
  it('reads the shape the review export writes: headings, then key results with from → to and unit', () => {
    const { objectives, warnings } = parseOkrMarkdown(CAIRN_EXPORT);
    expect(objectives.map((o) => o.title)).toEqual([
      'Become the go-to person for our data platform',
      'Ship the new onboarding',
    ]);
    const [talks, query, guide, uptime] = objectives[0]!.keyResults;
    expect(talks).toMatchObject({
      title: 'Internal talks given',
      kind: 'increase',
      start: 0,
      target: 3,
      unit: 'talks',
      note: 'confidence 7/10',
    });
    expect(query).toMatchObject({
      title: 'Median query time',
      kind: 'decrease',
      start: 40,
      target: 10,
      unit: 's',
    });
    expect(guide).toMatchObject({ title: 'Migration guide published', kind: 'binary', current: 0 });
    expect(uptime).toMatchObject({ kind: 'stayAbove', start: 99.9, target: 99.9, unit: '%' });
    expect(objectives[1]!.keyResults[0]).toMatchObject({
      kind: 'increase',
      start: 20,
      target: 35,
      unit: '%',
    });
    // The document and owner headings are sections, listed as such; every other line was used.
    expect(warnings).toEqual([
      { line: 1, endLine: 3, message: expect.stringMatching(/^Skipped \(a section heading\)/) },
    ]);
  });

  it('reads bold objectives with KR: bullets and P0 priorities, dropping the decorations', () => {
    const md =
      '- **O: Grow the community**\n  - `P0` - @mei - 10 meetups held\n  - **P1** -  Newsletter reaches 500 readers\n';
    const [o] = parseOkrMarkdown(md).objectives;
    expect(o?.title).toBe('Grow the community');
    expect(o?.keyResults.map((k) => k.title)).toEqual([
      '10 meetups held',
      'Newsletter reaches 500 readers',
    ]);
  });

  it('takes a done task-list item as a key result already done', () => {
    const [o] = parseOkrMarkdown(
      '### Ship the release\n\n- [x] Release candidate tagged\n- [ ] Final release\n',
    ).objectives;
    expect(o?.keyResults.map((k) => [k.title, k.current])).toEqual([
      ['Release candidate tagged', 1],
      ['Final release', 0],
    ]);
  });

  it('puts key results with no objective above them under a placeholder objective, and says so', () => {
    const r = parseOkrMarkdown('- KR: 5 customers interviewed\n');
    expect(r.objectives.map((o) => o.title)).toEqual(['Key results without an objective']);
    expect(r.objectives[0]!.keyResults[0]).toMatchObject({ title: '5 customers interviewed' });
    expect(r.warnings[0]?.message).toMatch(/no objective above them.*rename it/);
  });

  it('shortens a title over 500 characters and says so', () => {
    const r = parseOkrMarkdown(`### ${'grow '.repeat(160)}\n- a result\n`);
    expect(r.objectives[0]!.title.length).toBeLessThanOrEqual(500);
    expect(r.warnings.some((w) => /shortened/.test(w.message))).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.array(
          fc.constantFrom(
            '#',
            '- ',
            '* ',
            '1. ',
            '|',
            '**',
            '\n',
            '\t',
            '  ',
            '→',
            ': ',
            '[x] ',
            'KR: ',
            '> ',
            '```',
          ),
          { maxLength: 60 },
        ),
        (s, parts) => {
          const r = parseOkrMarkdown(parts.join('') + s);
          expect(Array.isArray(r.objectives)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const REAL = resolve(process.cwd(), '../shared/fixtures/real-okrs');
const files = existsSync(REAL)
  ? readdirSync(REAL)
      .filter((d) => statSync(join(REAL, d)).isDirectory())
      .flatMap((d) => readdirSync(join(REAL, d)).map((f) => join(d, f)))
  : [];
const read = (f: string) => parseOkrMarkdown(readFileSync(join(REAL, f), 'utf8'));
const titles = (f: string) => read(f).objectives.map((o) => o.title);
const krsOf = (f: string, title: string) =>
  read(f)
    .objectives.find((o) => o.title === title)
    ?.keyResults.map((k) => k.title);

describe.skipIf(!files.length)(`parseOkrMarkdown on real published OKRs (${REAL})`, () => {
  it.each(files)('reads %s without throwing', (f) => {
    expect(() => read(f)).not.toThrow();
  });

  it('finds objectives in every file that has OKRs inline, and none in a file of links only', () => {
    for (const f of files) {
      const n = read(f).objectives.length;
      if (f.endsWith('INFRA.md')) expect(n, f).toBe(0);
      else expect(n, f).toBeGreaterThan(0);
    }
  });

  it('reads "### Objective:" headings with their "#### Key Results" and ignores initiatives and rationale', () => {
    expect(titles('ipfs-team-mgmt/PACKAGE-MANAGERS.md')).toEqual([
      'Users can quickly add, update, and transfer large package repositories using IPFS.',
      'Engage with the package manager community to demonstrate how IPFS meets their needs.',
      'IPFS ships a release.',
    ]);
    expect(krsOf('ipfs-team-mgmt/PACKAGE-MANAGERS.md', 'IPFS ships a release.')).toEqual([
      'IPFS has shipped 0.5.0 release.',
    ]);
  });

  it('reads plain ### headings with * bullets as objectives with key results', () => {
    expect(
      krsOf('ipfs-team-mgmt/GO_CORE@f8a443c.md', 'Data transfer is fast and efficient'),
    ).toHaveLength(5);
  });

  it('reads the spreadsheet-like table: bold rows are objectives', () => {
    expect(titles('ipfs-team-mgmt/CLUSTER.md')).toEqual([
      'Finish the "base cluster" use-case',
      'Release collaborative clusters',
      'Improve cluster scalability',
      'Cluster outreach',
    ]);
  });

  it('reads numbered **OBJECTIVE:** items with - KR: bullets', () => {
    expect(
      krsOf(
        'sourcegraph-handbook/2022_q1.md',
        'Make Sourcegraph valuable and accessible to every dev and company',
      )?.[2],
    ).toBe('Our own team can search Sourcegraph private code on Sourcegraph.com');
  });

  it('splits KR: lines joined by backslash line breaks into separate key results', () => {
    expect(krsOf('sourcegraph-handbook/2021_q2.md', 'Scale up pipeline and ARR.')).toHaveLength(4);
  });

  it('keeps nested objectives under their parent', () => {
    const r = read('sourcegraph-handbook/2021_q2.md');
    const child = r.objectives.find((o) =>
      o.title.startsWith('More professional developers will know'),
    );
    expect(r.objectives[child!.parent!]!.title).toBe('Scale up pipeline and ARR.');
    // The owner lead-ins moved out of the titles into the descriptions.
    expect(child!.description).toContain('Owner: Marketing');
  });

  it('reads task-list key results under short headings', () => {
    expect(krsOf('src-d-okrs/2019-Q1.md', 'Simplify usage')).toEqual([
      'Provide installers',
      'Provide specs for new Engine architecture (stand-alone server + config file)',
    ]);
  });
});
