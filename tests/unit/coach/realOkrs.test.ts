import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coachCycle,
  type CoachInput,
  type CoachKeyResult,
  type CoachObjective,
} from '../../../shared/domain/coach';
import { parseOkrMarkdown } from '../../../shared/domain/importMarkdown';
import { ORG, QUARTER, YEAR } from './build';

const ROOT = resolve(process.cwd(), '../shared/fixtures/real-okrs');
const present = existsSync(ROOT);
const files = present
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(ROOT, d.name)).map((f) => join(d.name, f)))
      .filter((f) => f.endsWith('.md'))
  : [];

/** A published OKR file as one cycle: top-level objectives for the company, nested ones for a team aligned to their parent. */
function asCycle(text: string): CoachInput {
  const preview = parseOkrMarkdown(text);
  const objectives: CoachObjective[] = preview.objectives.map((o, i) => ({
    id: `o${i}`,
    title: o.title,
    ownerId: o.parent === null ? 'co' : 'team',
    type: 'committed',
    rank: i + 1,
    alignedTo: o.parent === null ? null : { kind: 'objective', id: `o${o.parent}` },
    planState: 'proposed',
  }));
  const keyResults: CoachKeyResult[] = preview.objectives.flatMap((o, i) =>
    o.keyResults.map((k, j) => ({ id: `o${i}k${j}`, objectiveId: `o${i}`, ...k })),
  );
  return {
    cycle: { ...QUARTER, state: 'planning' },
    objectives,
    keyResults,
    orgUnits: ORG,
    today: '2026-06-20',
    longerCycles: [{ cycle: YEAR, objectives: [] }],
  };
}

describe.skipIf(!present)('the coach on real published OKRs (../shared/fixtures/real-okrs)', () => {
  const runs = files.map((f) => ({ file: f, input: asCycle(readFileSync(join(ROOT, f), 'utf8')) }));
  const reports = runs.map((r) => ({ ...r, report: coachCycle(r.input) }));
  const all = reports.flatMap((r) => r.report.findings.map((f) => ({ ...f, file: r.file })));

  it('reads every file and coaches it without throwing', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const r of reports) {
      expect(r.report.health, r.file).toBeGreaterThanOrEqual(0);
      expect(r.report.health, r.file).toBeLessThanOrEqual(100);
    }
  });

  it('gives every finding a fix and a principle of the method', () => {
    for (const f of all) {
      expect(f.fix.length, f.ruleId).toBeGreaterThan(10);
      expect(f.principle.leaf.length, f.ruleId).toBeGreaterThan(3);
    }
  });

  it('finds what real plans get wrong: tasks for key results, objectives without results, short-term focus', () => {
    const rules = new Set(all.map((f) => f.ruleId));
    for (const r of ['kr-task-like', 'too-few-key-results', 'short-term-only'])
      expect(rules, r).toContain(r);
  });

  it('does not call a result that moves a number from a start to a target a task', () => {
    const moves = /^(?:increase|decrease|reduce|raise|grow|lower|cut)\b.*\bfrom\b.*\d.*\bto\b.*\d/i;
    const wrong = all.filter((f) => f.ruleId === 'kr-task-like' && moves.test(f.subject.title));
    expect(wrong.map((f) => f.subject.title)).toEqual([]);
  });

  it('does not flag the well-formed objectives as vague', () => {
    const vague = all.filter((f) => f.ruleId === 'objective-vague').map((f) => f.subject.title);
    const objectives = runs.reduce((n, r) => n + r.input.objectives.length, 0);
    expect(vague.length).toBeLessThan(objectives * 0.25);
  });
});

it.skipIf(present)(
  'skips the real-OKR corpus: ../shared/fixtures/real-okrs is not beside this checkout',
  () => {},
);
