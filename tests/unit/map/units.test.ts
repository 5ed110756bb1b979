import { describe, expect, it } from 'vitest';
import { buildAlignmentGraph, emptyLanes } from '../../../shared/domain/graph';
import { unitCountsOf, unitGroupsOfCycle } from '../../../shared/domain/graphUnits';
import { input, keyResult, objective, ORG, toObjective, unit } from './fixtures';

const org = [...ORG, unit('support', 'department', 'acme'), unit('bo', 'person', 'support')];

describe('unitGroupsOf', () => {
  it('counts what hangs below a unit, people included, and reads it as one objective', () => {
    const g = buildAlignmentGraph(
      input(
        [objective('c', 'acme'), objective('d', 'sales', toObjective('c')), objective('p', 'ada')],
        [
          keyResult('c1', 'c', { current: 10 }),
          keyResult('d1', 'd', { current: 0 }),
          keyResult('p1', 'p', { current: 4 }),
        ],
        { orgUnits: org },
      ),
    );
    const byId = new Map(g.units.map((u) => [u.id, u]));
    // Ada is a person: her objective counts for her team, her department and the company.
    expect(byId.get('north')).toMatchObject({ objectiveCount: 1, ownObjectiveCount: 0 });
    expect(byId.get('sales')).toMatchObject({ objectiveCount: 2, ownObjectiveCount: 1 });
    expect(byId.get('acme')).toMatchObject({ objectiveCount: 3, progress: (1 + 0 + 0.4) / 3 });
    expect(byId.get('support')).toMatchObject({ objectiveCount: 0, status: null });
    expect(byId.has('ada')).toBe(false);
  });

  it('reads stale when a key result below has been silent, however green the rest is', () => {
    const running = {
      cycle: { start: '2026-01-01', end: '2026-03-31', state: 'active' as const },
      today: '2026-03-20',
      staleDays: 14,
    };
    const g = buildAlignmentGraph(
      input(
        [objective('d', 'sales'), objective('t', 'north')],
        [keyResult('d1', 'd', { current: 9 }), keyResult('t1', 't', { current: 9 })],
        {
          status: running,
          lastCheckIns: new Map([['d1', '2026-03-19']]),
        },
      ),
    );
    const sales = g.units.find((u) => u.id === 'sales')!;
    expect(g.nodes.find((n) => n.id === 't')!.status).toBe('stale');
    expect(sales.status).toBe('stale');
  });
});

describe('emptyLanes', () => {
  const g = buildAlignmentGraph(
    input([objective('c', 'acme'), objective('d', 'sales')], [], { orgUnits: org }),
  );

  it('gives every unit in the filter that owns no objective a lane, not people', () => {
    expect(emptyLanes(g.units, org, null).map((u) => u.id)).toEqual(['north', 'support']);
  });

  it('keeps to the org filter’s subtree', () => {
    expect(emptyLanes(g.units, org, 'support').map((u) => u.id)).toEqual(['support']);
    expect(emptyLanes(g.units, org, 'sales').map((u) => u.id)).toEqual(['north']);
  });
});

describe('unitGroupsOfCycle', () => {
  const running = {
    cycle: { start: '2026-01-01', end: '2026-03-31', state: 'active' as const },
    today: '2026-03-20',
    staleDays: 14,
  };
  const objectives = [
    objective('c', 'acme'),
    objective('d', 'sales', toObjective('c')),
    objective('p', 'ada'),
    objective('gone', 'sales', null, { deletedAt: '2026-02-01T00:00:00.000Z' }),
  ];
  const keyResults = [
    keyResult('c1', 'c', { current: 10 }),
    keyResult('d1', 'd', { current: 2 }),
    keyResult('d2', 'd', { current: 9, deletedAt: '2026-02-01T00:00:00.000Z' }),
    keyResult('p1', 'p', { current: 4 }),
    keyResult('g1', 'gone', { current: 10 }),
  ];
  const lastCheckIns = new Map([
    ['c1', '2026-03-19'],
    ['p1', '2026-03-18'],
  ]);

  it('shows the units view the same counts, progress and status as the whole map', () => {
    const graph = buildAlignmentGraph(
      input(objectives, keyResults, { orgUnits: org, status: running, lastCheckIns }),
    );
    const fromRecords = unitGroupsOfCycle({
      objectives,
      keyResults,
      orgUnits: org,
      status: running,
      lastCheckIns,
    });
    expect(fromRecords).toEqual(graph.units);
    // Deleted objectives and key results count for nothing: Sales reads 20 % and 40 %.
    const sales = fromRecords.find((u) => u.id === 'sales')!;
    expect(sales).toMatchObject({ objectiveCount: 2, ownObjectiveCount: 1, status: 'offTrack' });
    expect(sales.progress).toBeCloseTo(0.3);
  });

  it('reads a closed cycle by its final scores', () => {
    const closed = { ...running, cycle: { ...running.cycle, state: 'closed' as const } };
    const finalScores = new Map([
      ['c1', 0.9],
      ['d1', 0.1],
      ['p1', 0.1],
    ]);
    const groups = unitGroupsOfCycle({
      objectives,
      keyResults,
      orgUnits: org,
      status: closed,
      finalScores,
    });
    expect(groups.find((u) => u.id === 'north')!.status).toBe('red');
    expect(groups).toEqual(
      buildAlignmentGraph(
        input(objectives, keyResults, { orgUnits: org, status: closed, finalScores }),
      ).units,
    );
  });
});

describe('unitCountsOf', () => {
  it('counts the objectives below each unit from counts per owner, before any key result', () => {
    const groups = unitCountsOf(
      org,
      new Map([
        ['acme', 1],
        ['ada', 2],
        ['support', 1],
      ]),
      { cycle: { start: '2026-01-01', end: '2026-03-31', state: 'active' }, today: '2026-02-01' },
    );
    const byId = new Map(groups.map((u) => [u.id, u]));
    expect(byId.get('acme')).toMatchObject({ objectiveCount: 4, ownObjectiveCount: 1 });
    expect(byId.get('north')).toMatchObject({ objectiveCount: 2, ownObjectiveCount: 0 });
    expect(byId.get('support')).toMatchObject({ objectiveCount: 1, status: null });
    expect(byId.has('ada')).toBe(false);
  });
});
