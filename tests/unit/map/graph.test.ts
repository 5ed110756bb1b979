import { describe, expect, it } from 'vitest';
import spec from '../../../resources/sample-workspace.json';
import { buildAlignmentGraph, childrenOf, descendantsOf } from '../../../shared/domain/graph';
import { buildSample, type SampleSpec } from '../../../shared/domain/sample';
import {
  input,
  keyResult,
  objective,
  threeLevels,
  toKeyResult,
  toObjective,
  unit,
} from './fixtures';

describe('buildAlignmentGraph', () => {
  it('gives each objective the level of its owner: company 0, department 1, team 2, person 3', () => {
    const g = buildAlignmentGraph(threeLevels());
    const level = Object.fromEntries(g.nodes.map((n) => [n.id, n.level]));
    expect(level).toEqual({ c: 0, d: 1, t: 2, p: 3 });
    expect(g.levelCounts).toEqual({ 0: 1, 1: 1, 2: 1, 3: 1 });
  });

  it('draws an edge from each objective to the objective it aligns to, folding key results by default', () => {
    const g = buildAlignmentGraph(threeLevels());
    expect(g.nodes.every((n) => n.kind === 'objective')).toBe(true);
    expect(g.edges.map((e) => [e.source, e.target, e.viaKeyResultId])).toEqual([
      ['d', 'c', 'c-kr'],
      ['t', 'd', null],
      ['p', 't', 't-kr'],
    ]);
  });

  it('hangs an objective from the key result it aligns to when key results are shown', () => {
    const g = buildAlignmentGraph({ ...threeLevels(), showKeyResults: true });
    const edge = (source: string) => g.edges.find((e) => e.source === source);
    expect(edge('d')).toMatchObject({ target: 'c-kr', kind: 'alignment' });
    expect(edge('c-kr')).toMatchObject({ target: 'c', kind: 'keyResult' });
    expect(edge('c-kr2')).toMatchObject({ target: 'c', kind: 'keyResult' });
    expect(
      g.nodes
        .filter((n) => n.kind === 'keyResult')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['c-kr', 'c-kr2', 't-kr']);
  });

  it('orders nodes depth first from the company down', () => {
    const g = buildAlignmentGraph({ ...threeLevels(), showKeyResults: true });
    expect(g.nodes.map((n) => n.id)).toEqual(['c', 'c-kr', 'd', 't', 't-kr', 'p', 'c-kr2']);
  });

  it('shows progress, status and the latest key-result confidence on each objective', () => {
    const g = buildAlignmentGraph(threeLevels());
    const t = g.nodes.find((n) => n.id === 't')!;
    expect(t).toMatchObject({
      progress: 0.5,
      status: 'onTrack',
      confidence: 4,
      keyResultCount: 1,
      ownerName: 'North',
    });
    expect(g.nodes.find((n) => n.id === 'd')).toMatchObject({
      status: null,
      keyResultCount: 0,
      confidence: null,
    });
  });

  it('flags a non-company objective aligned to nothing as an orphan, never the company', () => {
    const g = buildAlignmentGraph(input([objective('c', 'acme'), objective('lost', 'ada')]));
    expect(g.orphans).toEqual(['lost']);
    expect(g.nodes.find((n) => n.id === 'lost')?.orphan).toBe(true);
    expect(g.nodes.find((n) => n.id === 'c')?.orphan).toBe(false);
  });

  it('says why a link is broken: deleted, in another cycle, or gone', () => {
    const elsewhere = new Map([
      ['old', { cycleId: 'q1', deleted: true }],
      ['last-quarter', { cycleId: 'q0', deleted: false }],
    ]);
    const g = buildAlignmentGraph(
      input(
        [
          objective('a', 'sales', toObjective('old')),
          objective('b', 'sales', toKeyResult('last-quarter')),
          objective('c', 'sales', toObjective('never-was')),
          objective('d', 'sales', toObjective('gone'), {}),
          objective('gone', 'acme', null, { deletedAt: '2026-01-02T00:00:00.000Z' }),
        ],
        [],
        { elsewhere },
      ),
    );
    expect(g.brokenLinks.map((b) => [b.objectiveId, b.reason])).toEqual([
      ['a', 'deleted'],
      ['b', 'otherCycle'],
      ['c', 'missing'],
      ['d', 'missing'],
    ]);
    expect(g.edges).toEqual([]);
    expect(g.orphans).toEqual([]);
    expect(g.nodes.map((n) => n.id)).not.toContain('gone');
  });

  it('treats an alignment to a deleted key result as broken', () => {
    const g = buildAlignmentGraph(
      input(
        [objective('c', 'acme'), objective('d', 'sales', toKeyResult('k'))],
        [keyResult('k', 'c', { deletedAt: '2026-01-02T00:00:00.000Z' })],
        { elsewhere: new Map([['k', { cycleId: 'q1', deleted: true }]]) },
      ),
    );
    expect(g.brokenLinks).toEqual([
      { objectiveId: 'd', target: toKeyResult('k'), reason: 'deleted' },
    ]);
  });

  it('tolerates an alignment loop already in the data: cuts it at the highest level and ends', () => {
    const g = buildAlignmentGraph(
      input([
        objective('team', 'north', toObjective('dept')),
        objective('dept', 'sales', toObjective('person')),
        objective('person', 'ada', toObjective('team')),
        objective('under', 'ada', toObjective('person')),
      ]),
    );
    expect(g.nodes).toHaveLength(4);
    expect(g.nodes[0]!.id).toBe('dept');
    expect(g.nodes.find((n) => n.id === 'dept')).toMatchObject({ parentId: null, broken: 'loop' });
    expect(g.brokenLinks).toEqual([
      { objectiveId: 'dept', target: toObjective('person'), reason: 'loop' },
    ]);
    expect(g.edges.find((e) => e.source === 'dept')).toMatchObject({
      target: 'person',
      kind: 'loop',
    });
    // Every walk up from any node reaches a root.
    const parent = new Map(g.nodes.map((n) => [n.id, n.parentId]));
    for (const n of g.nodes) {
      let cur: string | null = n.id;
      let steps = 0;
      while (cur && steps++ < 10) cur = parent.get(cur) ?? null;
      expect(cur).toBeNull();
    }
  });

  it('tolerates an objective aligned to its own key result', () => {
    const g = buildAlignmentGraph({
      ...input([objective('o', 'sales', toKeyResult('k'))], [keyResult('k', 'o')]),
      showKeyResults: true,
    });
    expect(g.nodes.map((n) => n.id)).toEqual(['o', 'k']);
    expect(g.brokenLinks.map((b) => b.reason)).toEqual(['loop']);
  });

  it('names an owner it cannot find instead of failing', () => {
    const g = buildAlignmentGraph(input([objective('x', 'nobody')]));
    expect(g.nodes[0]).toMatchObject({
      ownerName: 'Unknown owner',
      ownerKind: null,
      level: 3,
      orphan: true,
    });
  });

  it('derives the sample workspace: three levels below the company, five links, one orphan', () => {
    const recs = buildSample(
      spec as SampleSpec,
      { companyId: 'co', meId: 'me', cycle: { id: 'q', start: '2026-04-01', end: '2026-06-30' } },
      new Date(2026, 4, 20),
      (() => {
        let i = 0;
        return () => `id${i++}`;
      })(),
      'now',
    );
    const g = buildAlignmentGraph({
      cycleId: 'q',
      objectives: recs.objectives,
      keyResults: recs.keyResults,
      orgUnits: [unit('co', 'company'), unit('me', 'person', 'co'), ...recs.orgUnits],
      status: {
        cycle: { start: '2026-01-01', end: '2026-03-31', state: 'planning' },
        today: '2026-02-14',
      },
    });
    const byTitle = new Map(g.nodes.map((n) => [n.title, n]));
    expect(g.edges).toHaveLength(5);
    expect(g.orphans).toEqual([byTitle.get('Improve things')!.id]);
    expect(new Set(g.nodes.map((n) => n.level))).toEqual(new Set([0, 1, 2, 3]));
    expect(byTitle.get('Make the first session delightful')!.parentId).toBe(
      byTitle.get('Turn first-week users into weekly habits')!.id,
    );
  });
});

describe('childrenOf and descendantsOf', () => {
  it('lists what collapsing a node hides', () => {
    const g = buildAlignmentGraph(threeLevels());
    const kids = childrenOf(g);
    expect(kids.get('c')).toEqual(['d']);
    expect(descendantsOf(kids, 'd').sort()).toEqual(['p', 't']);
    expect(descendantsOf(kids, 'p')).toEqual([]);
  });
});
