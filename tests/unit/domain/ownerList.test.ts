import { describe, expect, it } from 'vitest';
import {
  applyOwnerListChanges,
  countCycleOwners,
  cycleOwnersSchema,
  ownerCountsOf,
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
      o('q4', 'ben'),
      o('q4', 'ana'),
      o('q4', 'ana'),
      o('q1', 'ana'),
      o('q4', 'cy', '2026-11-01T00:00:00Z'),
    ]);
    expect(rows).toEqual([
      { cycleId: 'q4', ownerIds: ['ana', 'ben'], counts: [2, 1] },
      { cycleId: 'q1', ownerIds: ['ana'], counts: [1] },
    ]);
  });

  it('gives a cycle whose objectives are all deleted no row at all', () => {
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
  it("adds to an owner's count, adds a new owner and drops one left with none", () => {
    const changes = [
      { cycleId: 'q4', ownerId: 'ana', by: 2 },
      { cycleId: 'q4', ownerId: 'ben', by: 1 },
      { cycleId: 'q4', ownerId: 'cy', by: -1 },
    ];
    const current = [{ cycleId: 'q4', ownerIds: ['ana', 'cy'], counts: [3, 1] }];
    expect(applyOwnerListChanges(changes, current)).toEqual({
      put: [{ cycleId: 'q4', ownerIds: ['ana', 'ben'], counts: [5, 1] }],
      remove: [],
    });
  });

  it('starts the list of a cycle that had none, and removes the list a cycle is left without', () => {
    const changes = [
      { cycleId: 'q1', ownerId: 'ana', by: 1 },
      { cycleId: 'q4', ownerId: 'ana', by: -1 },
    ];
    const current = [undefined, { cycleId: 'q4', ownerIds: ['ana'], counts: [1] }];
    expect(applyOwnerListChanges(changes, current)).toEqual({
      put: [{ cycleId: 'q1', ownerIds: ['ana'], counts: [1] }],
      remove: ['q4'],
    });
  });
});

describe('ownerCountsOf', () => {
  it('reads a list as owner → count, and no list as no owners', () => {
    expect(ownerCountsOf({ cycleId: 'q4', ownerIds: ['ana', 'ben'], counts: [2, 1] })).toEqual(
      new Map([
        ['ana', 2],
        ['ben', 1],
      ]),
    );
    expect(ownerCountsOf(undefined)).toEqual(new Map());
  });
});

describe('cycleOwnersSchema', () => {
  it('refuses a list counting no objectives for an owner, or counts that do not match the owners', () => {
    const ok = { cycleId: 'q4', ownerIds: ['ana', 'ben'], counts: [2, 1] };
    expect(cycleOwnersSchema.safeParse(ok).success).toBe(true);
    expect(cycleOwnersSchema.safeParse({ ...ok, counts: [2, 0] }).success).toBe(false);
    expect(cycleOwnersSchema.safeParse({ ...ok, counts: [2] }).success).toBe(false);
  });
});
