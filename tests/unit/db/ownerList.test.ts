import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CairnDb, db } from '../../../renderer/src/db/schema';
import {
  createObjective,
  deleteObjective,
  updateObjective,
} from '../../../renderer/src/db/commands/objectives';
import { createCycle } from '../../../renderer/src/db/commands/cycles';
import { carryOver } from '../../../renderer/src/db/commands/carryOver';
import { restoreDeleted } from '../../../renderer/src/db/commands/softDelete';
import {
  commitImport,
  exportBackup,
  restoreBackup,
} from '../../../renderer/src/db/commands/backup';
import { ownerCounts } from '../../../renderer/src/db/ownerQueries';
import { documentState } from '../../../renderer/src/db/sync/teamSync';
import { resetDocument } from '../../../renderer/src/db/sync/resetDocument';
import { countCycleOwners, type CycleOwners } from '../../../shared/domain/ownerList';
import { parseOkrMarkdown } from '../../../shared/domain/importMarkdown';
import { ID, makeTeam, ops, settle } from '../sync/replicas';
import { freshWorkspace } from './helpers';

const byCycle = (a: CycleOwners, b: CycleOwners) => a.cycleId.localeCompare(b.cycleId);

/** The owner lists as the table holds them. */
const ownerList = async (database: CairnDb = db) =>
  (await database.cycleOwners.toArray()).sort(byCycle);
/** The owner lists counted again from every objective. */
const recount = async (database: CairnDb = db) =>
  countCycleOwners(await database.objectives.toArray()).sort(byCycle);

const nextQuarter = (ownerId: string) =>
  createCycle(
    { name: 'Q1 2027', kind: 'quarter', start: '2027-01-01', end: '2027-03-31' },
    ownerId,
  );

describe("the owner list, kept with every write to a cycle's objectives", () => {
  it("counts a new objective for its owner in its cycle, and none of another cycle's", async () => {
    const { company, meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Win the market', ownerId: company.id, cycleId: cycle.id });
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await createObjective({ title: 'Hire two engineers', ownerId: meId, cycleId: cycle.id });
    const next = await nextQuarter(company.id);
    await createObjective({ title: 'Plan the year', ownerId: company.id, cycleId: next.id });

    expect(await ownerCounts(cycle.id)).toEqual(
      new Map([
        [company.id, 1],
        [meId, 2],
      ]),
    );
    expect(await ownerCounts(next.id)).toEqual(new Map([[company.id, 1]]));
  });

  it('moves an objective given to another owner, and drops an owner left with none', async () => {
    const { company, meId, cycle } = await freshWorkspace();
    const o = await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await updateObjective(o.id, { ownerId: company.id });

    expect(await ownerCounts(cycle.id)).toEqual(new Map([[company.id, 1]]));
    expect(await ownerList()).toEqual(await recount());
  });

  it('moves an objective written into another cycle (a single write, outside any command)', async () => {
    const { meId, cycle, company } = await freshWorkspace();
    const next = await nextQuarter(company.id);
    const o = await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await db.objectives.update(o.id, { cycleId: next.id });

    expect(await ownerCounts(cycle.id)).toEqual(new Map());
    expect(await ownerCounts(next.id)).toEqual(new Map([[meId, 1]]));
  });

  it('leaves out a deleted objective, and counts it again on Undo', async () => {
    const { meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    const gone = await createObjective({ title: 'Hire', ownerId: meId, cycleId: cycle.id });

    const token = await deleteObjective(gone.id);
    expect(await ownerCounts(cycle.id)).toEqual(new Map([[meId, 1]]));
    await restoreDeleted(token);
    expect(await ownerCounts(cycle.id)).toEqual(new Map([[meId, 2]]));
  });

  it('counts objectives carried over into the next cycle there, and keeps the source as it was', async () => {
    const { meId, cycle } = await freshWorkspace();
    const o = await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    const r = await carryOver(cycle.id, [{ objectiveId: o.id, keyResultIds: [] }]);

    expect(await ownerCounts(r.cycle.id)).toEqual(new Map([[meId, 1]]));
    expect(await ownerCounts(cycle.id)).toEqual(new Map([[meId, 1]]));
  });

  it('counts imported objectives for the owner they were imported to', async () => {
    const { meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    const md =
      '### Grow the community\n- Meetups held: 0 → 10 meetups\n\n### Host a conference\n- Tickets sold: 0 -> 200\n';
    await commitImport(parseOkrMarkdown(md), { cycleId: cycle.id, ownerId: meId }, db);

    expect(await ownerCounts(cycle.id)).toEqual(new Map([[meId, 3]]));
  });

  it("is the restored workspace's own after a restore, nothing of the one it replaced", async () => {
    const { company, meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await createObjective({ title: 'Hire', ownerId: company.id, cycleId: cycle.id });
    const backup = (await exportBackup('test')).text;
    const before = await ownerList();

    const other = await freshWorkspace();
    await createObjective({ title: 'Other', ownerId: other.meId, cycleId: other.cycle.id });
    expect((await restoreBackup(backup)).ok).toBe(true);

    expect(await ownerList()).toEqual(before);
    expect(await ownerList()).toEqual(await recount());
  });

  it('is not part of a backup', async () => {
    const { meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    expect(JSON.parse((await exportBackup('test')).text).tables).not.toHaveProperty('cycleOwners');
  });

  it("counts a teammate's objectives when their changes arrive", async () => {
    const team = await makeTeam(2);
    const [a, b] = team;
    await ops.addObjective(a!.db, 0, 'Delight users');
    await ops.addObjective(a!.db, 1, 'Cut churn');
    await settle(team);
    await ops.deleteObjective(a!.db, 0);
    await settle(team);

    expect(await ownerList(b!.db)).toEqual(await recount(b!.db));
    expect((await ownerList(b!.db)).map((r) => r.counts)).toEqual([[1]]);
    expect(await ownerList(b!.db)).toEqual(await ownerList(a!.db));
  });

  it('follows a document put back as the server holds it', async () => {
    const [a] = await makeTeam(1);
    await ops.addObjective(a!.db, 0, 'Delight users');
    const docName = `unit/${ID.people[0]}/${ID.cycle}`;
    const server = await documentState(a!.db, docName);
    await ops.addObjective(a!.db, 0, 'Only on this machine');
    expect((await ownerList(a!.db))[0]!.counts).toEqual([2]);

    await resetDocument(a!.db, docName, server);
    expect(await ownerList(a!.db)).toEqual([
      { cycleId: ID.cycle, ownerIds: [ID.people[0]], counts: [1] },
    ]);
  });

  it('writes nothing when the command writing the objective fails', async () => {
    const { meId, cycle } = await freshWorkspace();
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    const attempt = db.transaction('rw', db.objectives, async () => {
      await db.objectives.put({ ...(await db.objectives.toArray())[0]!, ownerId: 'someone-else' });
      throw new Error('refused after the write');
    });
    await expect(attempt).rejects.toThrow('refused after the write');
    expect(await ownerCounts(cycle.id)).toEqual(new Map([[meId, 1]]));
  });

  it('tells a live query reading it of each change', async () => {
    const { meId, cycle } = await freshWorkspace();
    const seen: number[] = [];
    const sub = liveQuery(() => ownerCounts(cycle.id)).subscribe((m) =>
      seen.push(m.get(meId) ?? 0),
    );
    const until = async (n: number) => {
      for (let i = 0; i < 200 && seen.at(-1) !== n; i++) await new Promise((r) => setTimeout(r, 5));
    };
    await until(0);
    await createObjective({ title: 'Ship the beta', ownerId: meId, cycleId: cycle.id });
    await until(1);
    const o = await createObjective({ title: 'Hire', ownerId: meId, cycleId: cycle.id });
    await until(2);
    await deleteObjective(o.id);
    await until(1);
    sub.unsubscribe();
    expect(seen).toEqual([0, 1, 2, 1]);
  });
});
