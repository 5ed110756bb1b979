import { describe, expect, it } from 'vitest';
import {
  applyOwnerListChanges,
  countCycleOwners,
  cycleOwnerSchema,
  ownerListChanges,
} from '../../../shared/domain/ownerList';

const o = (cycleId: string, ownerId: string, deletedAt: string | null = null) => ({
  cycleId,
  ownerId,
  deletedAt,
});

describe('countCycleOwners', () => {
  it("counts each owner's live objectives per cycle, leaving deleted ones out", () => {
    const rows = countCycleOwners([
      o('q4', 'ana'),
      o('q4', 'ana'),
      o('q4', 'ben'),
      o('q1', 'ana'),
      o('q4', 'cy', '2026-11-01T00:00:00Z'),
    ]);
    expect(rows).toEqual([
      { cycleId: 'q4', ownerId: 'ana', count: 2 },
      { cycleId: 'q4', ownerId: 'ben', count: 1 },
      { cycleId: 'q1', ownerId: 'ana', count: 1 },
    ]);
  });

  it('gives an owner whose objectives are all deleted no row at all', () => {
    expect(countCycleOwners([o('q4', 'cy', '2026-11-01T00:00:00Z')])).toEqual([]);
  });
});

describe('ownerListChanges', () => {
  it('counts a new objective for its owner and a deleted one against it', () => {
    expect(ownerListChanges([[undefined, o('q4', 'ana')]])).toEqual([
      { cycleId: 'q4', ownerId: 'ana', by: 1 },
    ]);
    expect(ownerListChanges([[o('q4', 'ana'), o('q4', 'ana', 'now')]])).toEqual([
      { cycleId: 'q4', ownerId: 'ana', by: -1 },
    ]);
  });

  it('moves one from the old owner (or cycle) to the new one', () => {
    expect(ownerListChanges([[o('q4', 'ana'), o('q4', 'ben')]])).toEqual([
      { cycleId: 'q4', ownerId: 'ana', by: -1 },
      { cycleId: 'q4', ownerId: 'ben', by: 1 },
    ]);
    expect(ownerListChanges([[o('q4', 'ana'), o('q1', 'ana')]])).toEqual([
      { cycleId: 'q4', ownerId: 'ana', by: -1 },
      { cycleId: 'q1', ownerId: 'ana', by: 1 },
    ]);
  });

  it('leaves nothing to write for an edit that keeps owner, cycle and deletion as they were', () => {
    expect(ownerListChanges([[o('q4', 'ana'), o('q4', 'ana')]])).toEqual([]);
    expect(ownerListChanges([[o('q4', 'ana', 'then'), o('q4', 'ana', 'now')]])).toEqual([]);
  });

  it('adds up many writes to the same owner', () => {
    expect(
      ownerListChanges([
        [undefined, o('q4', 'ana')],
        [undefined, o('q4', 'ana')],
        [o('q4', 'ana'), undefined],
      ]),
    ).toEqual([{ cycleId: 'q4', ownerId: 'ana', by: 1 }]);
  });
});

describe('applyOwnerListChanges', () => {
  it("adds to an owner's row, starts one for a new owner and removes one left empty", () => {
    const changes = [
      { cycleId: 'q4', ownerId: 'ana', by: 2 },
      { cycleId: 'q4', ownerId: 'ben', by: 1 },
      { cycleId: 'q4', ownerId: 'cy', by: -1 },
    ];
    const current = [
      { cycleId: 'q4', ownerId: 'ana', count: 3 },
      undefined,
      { cycleId: 'q4', ownerId: 'cy', count: 1 },
    ];
    expect(applyOwnerListChanges(changes, current)).toEqual({
      put: [
        { cycleId: 'q4', ownerId: 'ana', count: 5 },
        { cycleId: 'q4', ownerId: 'ben', count: 1 },
      ],
      remove: [['q4', 'cy']],
    });
  });
});

describe('cycleOwnerSchema', () => {
  it('refuses a row that counts no objectives', () => {
    expect(cycleOwnerSchema.safeParse({ cycleId: 'q4', ownerId: 'ana', count: 0 }).success).toBe(
      false,
    );
    expect(cycleOwnerSchema.safeParse({ cycleId: 'q4', ownerId: 'ana', count: 2 }).success).toBe(
      true,
    );
  });
});
