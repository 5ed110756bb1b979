import { describe, expect, it } from 'vitest';
import { createObjective, deleteObjective } from '../../../renderer/src/db/commands/objectives';
import { createCycle } from '../../../renderer/src/db/commands/cycles';
import { ownerCountsFromKeys, ownerCountsFromRows } from '../../../renderer/src/db/ownerQueries';
import { freshWorkspace } from './helpers';

describe('ownerCountsFromKeys', () => {
  it("counts each owner's objectives in the cycle, and none of another cycle's", async () => {
    const { company, meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Win the market', ownerId: company.id, cycleId: cycle.id });
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await createObjective({ title: 'Hire two engineers', ownerId: meId, cycleId: cycle.id });
    const next = await createCycle(
      { name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
      company.id,
    );
    await createObjective({ title: 'Plan the year', ownerId: company.id, cycleId: next.id });

    expect(await ownerCountsFromKeys(cycle.id)).toEqual(
      new Map([
        [company.id, 1],
        [meId, 2],
      ]),
    );
    expect(await ownerCountsFromKeys(next.id)).toEqual(new Map([[company.id, 1]]));
  });
});

describe('ownerCountsFromRows', () => {
  it('leaves out a deleted objective, which the index keys still count', async () => {
    const { meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    const gone = await createObjective({ title: 'Hire', ownerId: meId, cycleId: cycle.id });
    await deleteObjective(gone.id);

    expect(await ownerCountsFromRows(cycle.id)).toEqual(new Map([[meId, 1]]));
    expect(await ownerCountsFromKeys(cycle.id)).toEqual(new Map([[meId, 2]]));
  });
});
