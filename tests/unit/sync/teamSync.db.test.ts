import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CairnDb, db } from '../../../renderer/src/db/schema';
import { createObjective, setObjectivePrivate } from '../../../renderer/src/db/commands/objectives';
import { createKeyResult } from '../../../renderer/src/db/commands/keyResults';
import { checkIn } from '../../../renderer/src/db/commands/checkins';
import { freshWorkspace } from '../db/helpers';
import {
  applyRemote,
  documentState,
  enableTeamSync,
  pendingUpdates,
  SyncRefusal,
} from '../../../renderer/src/db/sync/teamSync';
import { compactDocument } from '../../../renderer/src/db/sync/compaction';
import {
  keepMine,
  openMergedChanges,
  settleMergedChange,
} from '../../../renderer/src/db/sync/inbox';
import { exportBackup, restoreBackup } from '../../../renderer/src/db/commands/backup';
import { readRecord, writeRecord } from '../../../shared/sync/recordDoc';
import { backupOf, deliver, ID, makeTeam, ops, outbox, settle } from './replicas';

const unitDoc = (owner: string) => `unit/${owner}/${ID.cycle}`;

/** The document as the server would hold it: every update this replica recorded. */
async function docOf(database: CairnDb, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await documentState(database, docName));
  return doc;
}

const objectiveOf = async (db: CairnDb) => (await db.objectives.toArray())[0]!;

describe('recording local writes', () => {
  it('records nothing in a personal workspace', async () => {
    const db = new CairnDb(`personal-${Date.now()}`);
    await db.orgUnits.add({
      id: 'c',
      kind: 'company',
      name: 'Mine alone',
      parentId: null,
      createdAt: 'x',
      updatedAt: 'x',
    });
    expect(await db.syncUpdates.count()).toBe(0);
    expect(await db.syncRecords.count()).toBe(0);
  });

  it("puts a new objective in its owner's document for the cycle, every field as written", async () => {
    const [a] = await makeTeam(1);
    await ops.addObjective(a!.db, 0, 'Delight users');
    const o = await objectiveOf(a!.db);
    const doc = await docOf(a!.db, unitDoc(ID.people[0]!));
    expect(readRecord(doc, 'objectives', o.id)).toEqual(
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
    );
    expect(doc.getMap('objectives').get(o.id)).toBeInstanceOf(Y.Map);
  });

  it('places check-ins by their key result and comments and votes in the cycle planning document', async () => {
    const [a] = await makeTeam(1);
    await ops.addObjective(a!.db, 1, 'Ship v2');
    await ops.addKeyResult(a!.db, 0, 'Beta users');
    await ops.checkIn(a!.db, 0, 40);
    await ops.comment(a!.db, 0, 'Looks good');
    await ops.vote(a!.db, 0, 'Ana');
    const unit = await docOf(a!.db, unitDoc(ID.people[1]!));
    const ci = (await a!.db.checkIns.toArray())[0]!;
    expect(readRecord(unit, 'checkIns', ci.id)?.value).toBe(40);
    const planning = await docOf(a!.db, `planning/${ID.cycle}`);
    expect(planning.getMap('comments').size).toBe(1);
    expect(planning.getMap('votes').size).toBe(1);
  });

  it('loses nothing: a write that fails leaves neither the row nor its update', async () => {
    const [a] = await makeTeam(1);
    const before = await a!.db.syncUpdates.count();
    await expect(
      a!.db.transaction('rw', a!.db.orgUnits, async () => {
        await a!.db.orgUnits.update(ID.team, { name: 'Renamed' });
        throw new Error('the command found a problem');
      }),
    ).rejects.toThrow('problem');
    expect(await a!.db.syncUpdates.count()).toBe(before);
    expect((await a!.db.orgUnits.get(ID.team))!.name).toBe(ID.team);
    // The document in memory was reloaded: the next write records from the stored state.
    await a!.db.orgUnits.update(ID.team, { name: 'Platform' });
    const doc = await docOf(a!.db, 'org');
    expect(readRecord(doc, 'orgUnits', ID.team)?.name).toBe('Platform');
  });

  it('keeps a private objective and its key results on this machine, and takes one out when made private', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Secret plan');
    await ops.addKeyResult(a!.db, 0, 'Quiet metric');
    await settle([a!, b!]);
    expect(await b!.db.keyResults.count()).toBe(1);
    const o = await objectiveOf(a!.db);
    await a!.db.transaction('rw', [a!.db.objectives, a!.db.keyResults], async () => {
      await a!.db.objectives.update(o.id, { private: true });
      await a!.db.keyResults.bulkPut(await a!.db.keyResults.toArray());
    });
    await settle([a!, b!]);
    expect(await b!.db.objectives.count()).toBe(0);
    expect(await b!.db.keyResults.count()).toBe(0);
    expect(await a!.db.keyResults.count()).toBe(1);
    const doc = await docOf(a!.db, unitDoc(ID.people[0]!));
    expect(doc.getMap('objectives').size + doc.getMap('keyResults').size).toBe(0);
  });

  it('moves an objective to its new owner’s document when the owner changes', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await settle([a!, b!]);
    const o = await objectiveOf(a!.db);
    await a!.db.objectives.update(o.id, { ownerId: ID.people[2]! });
    await settle([a!, b!]);
    expect((await b!.db.objectives.get(o.id))?.ownerId).toBe(ID.people[2]);
    expect((await docOf(a!.db, unitDoc(ID.people[0]!))).getMap('objectives').size).toBe(0);
  });
});

describe('applying remote updates', () => {
  it("writes a teammate's rows without sending them back", async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await settle([a!, b!]);
    expect((await b!.db.objectives.toArray()).map((o) => o.title)).toEqual(['Grow']);
    expect(await pendingUpdates(b!.db, unitDoc(ID.people[0]!))).toEqual([]);
  });

  it('refuses a bad row from a peer, names it, and writes nothing of that batch', async () => {
    const [a, b] = await makeTeam(2);
    await settle([a!, b!]);
    const forged = new Y.Doc();
    Y.applyUpdate(forged, await documentState(a!.db, 'org'));
    const good = { ...(await a!.db.orgUnits.get(ID.team))!, name: 'Fine name' };
    const bad = { ...(await a!.db.orgUnits.get(ID.people[0]!))!, name: '' };
    const sv = Y.encodeStateVector(forged);
    forged.transact(() => {
      writeRecord(forged, 'orgUnits', good, { by: 'x', at: 'y' });
      writeRecord(forged, 'orgUnits', bad, { by: 'x', at: 'y' });
    });
    const batch = Y.encodeStateAsUpdate(forged, sv);
    const stored = await b!.db.syncUpdates.count();
    await expect(applyRemote(b!.db, 'org', [batch])).rejects.toThrow(SyncRefusal);
    await expect(applyRemote(b!.db, 'org', [batch])).rejects.toThrow(
      `In "org", org unit ${ID.people[0]}: Name cannot be empty`,
    );
    expect((await b!.db.orgUnits.get(ID.team))!.name).toBe(ID.team);
    expect(await b!.db.syncUpdates.count()).toBe(stored);
    // The refused batch left no trace: an honest edit still applies.
    await a!.db.orgUnits.update(ID.team, { name: 'Platform' });
    await settle([a!, b!]);
    expect((await b!.db.orgUnits.get(ID.team))!.name).toBe('Platform');
  });

  it('refuses a record placed in a document it does not belong to', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Mine');
    const o = await objectiveOf(a!.db);
    const forged = new Y.Doc();
    writeRecord(forged, 'objectives', { ...o, ownerId: ID.people[1]! }, { by: 'x', at: 'y' });
    await expect(
      applyRemote(b!.db, unitDoc(ID.people[0]!), [Y.encodeStateAsUpdate(forged)]),
    ).rejects.toThrow('belongs to another owner');
    await expect(applyRemote(b!.db, '../etc', [new Uint8Array([0, 0])])).rejects.toThrow(
      'not a document of a team workspace',
    );
    expect(await b!.db.objectives.count()).toBe(0);
  });

  it('keeps both edits when two people change different fields of one objective', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await settle([a!, b!]);
    await ops.editObjective(a!.db, 0, { title: 'Grow revenue' });
    await ops.editObjective(b!.db, 0, { planState: 'proposed' });
    await settle([a!, b!]);
    for (const r of [a!, b!]) {
      const o = await objectiveOf(r.db);
      expect([o.title, o.planState]).toEqual(['Grow revenue', 'proposed']);
    }
    expect(await openMergedChanges(a!.db)).toEqual([]);
  });
  it('writes, and lists for both, a merged key result that breaks a rule across its fields', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await ops.addKeyResult(a!.db, 0, 'Users');
    await settle([a!, b!]);
    const id = (await a!.db.keyResults.toArray())[0]!.id;
    await a!.db.keyResults.update(id, { start: 90 });
    await b!.db.keyResults.update(id, { target: 60 });
    await settle([a!, b!]);
    for (const r of [a!, b!]) {
      expect((await r.db.keyResults.get(id))!).toMatchObject({ start: 90, target: 60 });
      const listed = await openMergedChanges(r.db);
      expect(listed.map((c) => c.message)).toContain(
        `key result ${id}: Target must be above the start for an increase`,
      );
    }
  });
});

describe('the Merged changes inbox', () => {
  async function concurrentTitles() {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await settle([a!, b!]);
    // Both offline: each renames, then both reconnect.
    await ops.editObjective(a!.db, 0, { title: 'Grow revenue' });
    await ops.editObjective(b!.db, 0, { title: 'Grow profit' });
    await settle([a!, b!]);
    const winner = (await objectiveOf(a!.db)).title;
    const [loser, won] = winner === 'Grow revenue' ? [b!, a!] : [a!, b!];
    return { a: a!, b: b!, loser, won, winner };
  }

  it("shows one winner on both and lists the loser's overwritten title: yours, theirs, who", async () => {
    const { loser, won, winner } = await concurrentTitles();
    expect((await objectiveOf(loser.db)).title).toBe(winner);
    const [entry, ...more] = await openMergedChanges(loser.db);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'field',
      table: 'objectives',
      field: 'title',
      yours: winner === 'Grow revenue' ? 'Grow profit' : 'Grow revenue',
      theirs: winner,
      who: won.memberId,
    });
    expect(await openMergedChanges(won.db)).toEqual([]);
  });

  it('"keep mine" re-applies my value as a new edit that wins everywhere', async () => {
    const { a, b, loser } = await concurrentTitles();
    const [entry] = await openMergedChanges(loser.db);
    await keepMine(entry!.id, loser.db);
    await settle([a, b]);
    for (const r of [a, b]) expect((await objectiveOf(r.db)).title).toBe(entry!.yours);
    expect(await openMergedChanges(loser.db)).toEqual([]);
    expect(await openMergedChanges(a.db === loser.db ? b.db : a.db)).toEqual([]);
  });

  it('"keep theirs" takes the entry out of the inbox and changes nothing', async () => {
    const { loser, winner } = await concurrentTitles();
    const [entry] = await openMergedChanges(loser.db);
    await settleMergedChange(entry!.id, loser.db);
    expect(await openMergedChanges(loser.db)).toEqual([]);
    expect((await objectiveOf(loser.db)).title).toBe(winner);
    await expect(keepMine(entry!.id, loser.db)).rejects.toThrow('already settled');
  });

  it('lists nothing when a teammate changed a title after seeing mine', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await ops.editObjective(a!.db, 0, { title: 'Grow revenue' });
    await settle([a!, b!]);
    await ops.editObjective(b!.db, 0, { title: 'Grow profit' });
    await settle([a!, b!]);
    expect((await objectiveOf(a!.db)).title).toBe('Grow profit');
    expect(await openMergedChanges(a!.db)).toEqual([]);
  });
});

describe('structural conflicts after a merge', () => {
  it('breaks an alignment loop two people made the same way on both, and lists it', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await ops.addObjective(a!.db, 1, 'Ship');
    await settle([a!, b!]);
    await ops.align(a!.db, 0, 1);
    await ops.align(b!.db, 1, 0);
    await settle([a!, b!]);
    const aligned = async (r: typeof a) =>
      (await r!.db.objectives.toArray()).filter((o) => o.alignedTo).map((o) => o.id);
    expect(await aligned(a)).toHaveLength(1);
    expect(await aligned(b)).toEqual(await aligned(a));
    const listed = [...(await openMergedChanges(a!.db)), ...(await openMergedChanges(b!.db))];
    expect(listed.some((c) => c.kind === 'structure' && /alignment loop/.test(c.message!))).toBe(
      true,
    );
  });

  it('deletes a key result added to an objective a teammate deleted meanwhile, with its stamp', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addObjective(a!.db, 0, 'Grow');
    await settle([a!, b!]);
    await ops.deleteObjective(a!.db, 0);
    await ops.addKeyResult(b!.db, 0, 'Late idea');
    await settle([a!, b!]);
    for (const r of [a!, b!]) {
      const [o, kr] = [await objectiveOf(r.db), (await r.db.keyResults.toArray())[0]!];
      expect(kr.deletedAt).toBe(o.deletedAt);
    }
    expect(await backupOf(a!)).toBe(await backupOf(b!));
  });

  it('moves a unit out of an org loop made by two moves, the same on every replica', async () => {
    const [a, b] = await makeTeam(2);
    await ops.addTeam(a!.db, 0);
    await ops.addTeam(a!.db, 0);
    await settle([a!, b!]);
    const teams = (await a!.db.orgUnits.where('kind').equals('team').toArray())
      .map((t) => t.id)
      .sort();
    await a!.db.orgUnits.update(teams[1]!, { parentId: teams[2]!, updatedAt: 'z1' });
    await b!.db.orgUnits.update(teams[2]!, { parentId: teams[1]!, updatedAt: 'z2' });
    await settle([a!, b!]);
    expect((await a!.db.orgUnits.get(teams[2]!))!.parentId).toBe(ID.company);
    expect(await backupOf(a!)).toBe(await backupOf(b!));
  });
});

describe('compaction and backups', () => {
  it('merges received updates into a snapshot and keeps the ones still to push', async () => {
    const [a, b] = await makeTeam(2);
    for (const t of ['A', 'B', 'C']) await ops.addObjective(a!.db, 0, t);
    await settle([a!, b!]);
    await ops.addObjective(b!.db, 0, 'Unsent');
    const docName = unitDoc(ID.people[0]!);
    const before = Y.encodeStateAsUpdate(await docOf(b!.db, docName));
    expect(await compactDocument(b!.db, docName)).toBe(3);
    expect(
      await b!.db.syncUpdates
        .where('[docName+seq]')
        .between([docName, 0], [docName, Infinity])
        .count(),
    ).toBe(1);
    const after = await docOf(b!.db, docName);
    const reference = new Y.Doc();
    Y.applyUpdate(reference, before);
    expect(after.getMap('objectives').toJSON()).toEqual(reference.getMap('objectives').toJSON());
    expect(await pendingUpdates(b!.db, docName)).toHaveLength(1);
    // And sync goes on from the snapshot.
    const reopened = new CairnDb(b!.db.name);
    await ops.addObjective(a!.db, 0, 'D');
    for (const m of await outbox([a!, b!], 0)) await deliver([a!, { ...b!, db: reopened }], 1, m);
    expect((await reopened.objectives.toArray()).length).toBe(5);
  });

  it('leaves the sync tables out of a backup, and a restored backup is the same workspace', async () => {
    const [a] = await makeTeam(1);
    await ops.addObjective(a!.db, 0, 'Grow');
    const { text } = await exportBackup('test', a!.db);
    expect(text).not.toMatch(/sync|mergedChanges/);
    const other = new CairnDb(`restored-${Date.now()}`);
    expect((await restoreBackup(text, { database: other })).ok).toBe(true);
    expect(await backupOf({ db: other, memberId: '' })).toBe(await backupOf(a!));
    expect(await other.syncUpdates.count()).toBe(0);
  });

  it('shares a workspace that was personal: its records go into the documents', async () => {
    const db = new CairnDb(`shared-${Date.now()}`);
    await db.orgUnits.add({
      id: 'c',
      kind: 'company',
      name: 'Acme',
      parentId: null,
      createdAt: 'x',
      updatedAt: 'x',
    });
    await enableTeamSync(db, { memberId: 'me' });
    expect(readRecord(await docOf(db, 'org'), 'orgUnits', 'c')?.name).toBe('Acme');
  });
});

describe('setObjectivePrivate', () => {
  it('takes an objective with its key results and check-ins out of the documents, and puts them back', async () => {
    const { meId, cycle } = await freshWorkspace();
    const o = await createObjective({ title: 'Quiet plan', ownerId: meId, cycleId: cycle.id });
    const kr = await createKeyResult(o.id, {
      title: 'Users',
      kind: 'increase',
      start: 0,
      target: 10,
    });
    await checkIn(kr.id, { value: 3 });
    await enableTeamSync(db, { memberId: meId });
    const docName = `unit/${meId}/${cycle.id}`;
    const sizes = async () => {
      const doc = await docOf(db, docName);
      return ['objectives', 'keyResults', 'checkIns'].map((t) => doc.getMap(t).size);
    };
    expect(await sizes()).toEqual([1, 1, 1]);
    await setObjectivePrivate(o.id, true);
    expect(await sizes()).toEqual([0, 0, 0]);
    expect((await db.objectives.get(o.id))!.private).toBe(true);
    await setObjectivePrivate(o.id, false);
    expect(await sizes()).toEqual([1, 1, 1]);
  });
});
