import { describe, expect, it } from 'vitest';
import { buildAlignmentGraph, emptyLanes } from '../../../shared/domain/graph';
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
