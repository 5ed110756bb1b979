import { describe, expect, it } from 'vitest';
import { wouldCreateLoop } from '../../../shared/domain/alignment';
import { flattenOrgTree, orgDepth, subtreeIds } from '../../../shared/domain/org';
import type { OrgUnit } from '../../../shared/domain/model';

const objectives = [
  { id: 'company', alignedTo: null },
  { id: 'dept', alignedTo: { kind: 'keyResult' as const, id: 'kr-company' } },
  { id: 'team', alignedTo: { kind: 'objective' as const, id: 'dept' } },
];
const keyResults = [
  { id: 'kr-company', objectiveId: 'company' },
  { id: 'kr-team', objectiveId: 'team' },
];

describe('wouldCreateLoop', () => {
  it('allows aligning to an objective higher up', () => {
    expect(
      wouldCreateLoop('team', { kind: 'objective', id: 'company' }, objectives, keyResults),
    ).toBe(false);
  });
  it('refuses aligning the company objective under its own descendant, through a key result', () => {
    expect(
      wouldCreateLoop('company', { kind: 'keyResult', id: 'kr-team' }, objectives, keyResults),
    ).toBe(true);
    expect(wouldCreateLoop('dept', { kind: 'objective', id: 'team' }, objectives, keyResults)).toBe(
      true,
    );
  });
  it('stops on a loop that is already in the data instead of hanging', () => {
    const looped = [
      { id: 'a', alignedTo: { kind: 'objective' as const, id: 'b' } },
      { id: 'b', alignedTo: { kind: 'objective' as const, id: 'a' } },
    ];
    expect(wouldCreateLoop('c', { kind: 'objective', id: 'a' }, looped, [])).toBe(false);
  });
});

const unit = (
  id: string,
  kind: OrgUnit['kind'],
  name: string,
  parentId: string | null,
): OrgUnit => ({
  id,
  kind,
  name,
  parentId,
  createdAt: '',
  updatedAt: '',
});

describe('the org tree', () => {
  const units = [
    unit('p2', 'person', 'Zoe', 't'),
    unit('t', 'team', 'Growth', 'd'),
    unit('c', 'company', 'Acme', null),
    unit('d', 'department', 'Product', 'c'),
    unit('p1', 'person', 'Ana', 'c'),
  ];
  it('lists units depth first, departments before people', () => {
    expect(flattenOrgTree(units).map((r) => [r.unit.name, r.depth])).toEqual([
      ['Acme', 0],
      ['Product', 1],
      ['Growth', 2],
      ['Zoe', 3],
      ['Ana', 1],
    ]);
  });
  it('tells how deep one unit sits, as the tree shows it', () => {
    for (const row of flattenOrgTree(units)) expect(orgDepth(units, row.unit.id)).toBe(row.depth);
    // A unit whose parent is gone sits at the top, as in the tree.
    expect(orgDepth([unit('x', 'team', 'Orphans', 'gone')], 'x')).toBe(0);
  });
  it('finds a unit and everything below it', () => {
    expect([...subtreeIds(units, 'd')].sort()).toEqual(['d', 'p2', 't']);
  });
});
