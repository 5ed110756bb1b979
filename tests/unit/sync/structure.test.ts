import { describe, expect, it } from 'vitest';
import { resolveStructure } from '../../../shared/sync/structure';

const unit = (id: string, parentId: string | null, updatedAt = 't0') => ({
  id,
  parentId,
  name: id.toUpperCase(),
  updatedAt,
});
const objective = (id: string, alignedTo: string | null, updatedAt = 't0', deletedAt?: string) => ({
  id,
  title: `Objective ${id}`,
  alignedTo: alignedTo ? { kind: 'objective' as const, id: alignedTo } : null,
  updatedAt,
  deletedAt,
});

describe('resolveStructure', () => {
  it('unaligns the objective whose link changed last, breaking an alignment loop', () => {
    const fixes = resolveStructure({
      orgUnits: [],
      objectives: [objective('a', 'b', 't1'), objective('b', 'a', 't2'), objective('c', 'a')],
      keyResults: [],
    });
    expect(fixes).toEqual([
      expect.objectContaining({ kind: 'alignmentLoop', id: 'b', patch: { alignedTo: null } }),
    ]);
  });

  it('finds a loop through a key result, and settles a tie by id the same way every time', () => {
    const input = {
      orgUnits: [],
      objectives: [
        objective('a', null),
        { ...objective('b', 'a'), alignedTo: { kind: 'keyResult' as const, id: 'kr-a' } },
      ].map((o, i) => (i === 0 ? { ...o, alignedTo: { kind: 'objective' as const, id: 'b' } } : o)),
      keyResults: [{ id: 'kr-a', objectiveId: 'a', title: 'KR' }],
    };
    const once = resolveStructure(input);
    expect(once.map((f) => f.id)).toEqual(['b']);
    expect(resolveStructure({ ...input, objectives: [...input.objectives].reverse() })).toEqual(
      once,
    );
  });

  it('leaves a chain without a loop alone, and ignores deleted objectives', () => {
    expect(
      resolveStructure({
        orgUnits: [],
        objectives: [objective('a', 'b'), objective('b', 'c'), objective('c', 'a', 't', 'gone')],
        keyResults: [],
      }),
    ).toEqual([]);
  });

  it('moves the unit moved last to the top of the org when two moves made a loop', () => {
    const fixes = resolveStructure({
      orgUnits: [unit('co', null), unit('x', 'y', 't5'), unit('y', 'x', 't3'), unit('z', 'co')],
      objectives: [],
      keyResults: [],
    });
    expect(fixes).toEqual([
      expect.objectContaining({
        kind: 'orgLoop',
        table: 'orgUnits',
        id: 'x',
        patch: { parentId: 'co' },
      }),
    ]);
    expect(fixes[0]!.message).toMatch(/"X" was moved to the top/);
  });

  it('deletes a key result, its check-ins and initiatives with the stamp of their deleted objective', () => {
    const fixes = resolveStructure({
      orgUnits: [],
      objectives: [objective('a', null, 't', 'deleted-at-9')],
      keyResults: [{ id: 'kr', objectiveId: 'a', title: 'Late', updatedAt: 't' }],
      checkIns: [{ id: 'ci', keyResultId: 'kr' }],
      initiatives: [{ id: 'in', keyResultId: 'kr', title: 'Task' }],
    });
    expect(fixes.map((f) => [f.table, f.id, f.patch])).toEqual([
      ['keyResults', 'kr', { deletedAt: 'deleted-at-9' }],
      ['checkIns', 'ci', { deletedAt: 'deleted-at-9' }],
      ['initiatives', 'in', { deletedAt: 'deleted-at-9' }],
    ]);
  });
});
