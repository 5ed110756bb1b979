import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CairnDb } from '../../../renderer/src/db/schema';
import {
  compactDocument,
  compactionFor,
  type Compaction,
} from '../../../renderer/src/db/sync/compaction';
import {
  documentNames,
  documentState,
  pendingUpdates,
  teamSync,
} from '../../../renderer/src/db/sync/teamSync';
import { SYNCED_TABLES, readRecord, type Row } from '../../../shared/sync/recordDoc';
import { backupOf, deliver, ID, makeTeam, ops, outbox, settle, type Replica } from './replicas';

const unitDoc = (owner: string) => `unit/${owner}/${ID.cycle}`;

const compactAll = async (r: Replica) => {
  for (const name of await documentNames(r.db)) await compactDocument(r.db, name);
};

const storedCount = (db: CairnDb, docName: string) =>
  db.syncUpdates.where('[docName+seq]').between([docName, 0], [docName, Infinity]).count();

/** A busy document: objectives created, renamed, re-planned and given key results. */
async function busy(r: Replica, objectives: number) {
  for (let i = 0; i < objectives; i++) await ops.addObjective(r.db, 0, 'Grow');
  for (let round = 0; round < 3; round++)
    for (let i = 0; i < objectives; i++) {
      await ops.editObjective(r.db, i, { title: round % 2 ? 'Ship v2' : 'Delight users' });
      await ops.addKeyResult(r.db, i, 'Cut churn');
      await ops.editKeyResult(r.db, i, round + 1);
    }
}

describe('compaction', () => {
  it('a document compacted in the middle of sync still converges, and what was not pushed yet still goes out', async () => {
    const [a, b] = await makeTeam(2);
    await busy(a!, 4);
    await settle([a!, b!]);
    // In flight: a teammate's edits not yet received, and one of mine not yet pushed.
    await ops.editObjective(a!.db, 0, { title: 'Hire well' });
    const fromA = await outbox([a!, b!], 0);
    await ops.addObjective(b!.db, 0, 'Written while offline');
    await compactAll(b!);
    expect(await pendingUpdates(b!.db, unitDoc(ID.people[0]!))).toHaveLength(1);

    for (const m of fromA) await deliver([a!, b!], 1, m);
    await settle([a!, b!]);
    expect(await backupOf(b!)).toBe(await backupOf(a!));
    const titles = (await a!.db.objectives.toArray()).map((o) => o.title);
    expect(titles).toContain('Hire well');
    expect(titles).toContain('Written while offline');
  });

  it('after a reload, the compacted documents hold exactly the rows, and the backup is unchanged', async () => {
    const [a, b] = await makeTeam(2);
    await busy(a!, 6);
    await settle([a!, b!]);
    const backup = await backupOf(b!);
    await compactAll(b!);
    b!.db.close();

    const reloaded = new CairnDb(b!.db.name);
    expect(await backupOf({ ...b!, db: reloaded })).toBe(backup);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await documentState(reloaded, unitDoc(ID.people[0]!)));
    const objectives = await reloaded.objectives.toArray();
    expect(objectives.length).toBe(6);
    for (const o of objectives) expect(readRecord(doc, 'objectives', o.id)).toEqual(o);
    for (const table of SYNCED_TABLES)
      expect(await reloaded.table(table).count(), table).toBe(await a!.db.table(table).count());
    // And a teammate's next edit lands on the snapshot.
    await ops.editObjective(a!.db, 2, { title: 'After the reload' });
    for (const m of await outbox([a!, b!], 0)) await deliver([a!, { ...b!, db: reloaded }], 1, m);
    expect((await reloaded.objectives.toArray()).map((o: Row) => o.title)).toContain(
      'After the reload',
    );
  });
});

describe('compactionFor (the policy)', () => {
  // Checks run when the test says so (`settled`), not when a timer happens to fire.
  const policy = { threshold: 10, delayMs: 60_000 };

  it('leaves a document with few updates alone and compacts it once it holds more than the threshold', async () => {
    const [a, b] = await makeTeam(2);
    const compaction: Compaction = compactionFor(b!.db, policy);
    const seam = teamSync(b!.db, compaction);
    const docName = unitDoc(ID.people[0]!);
    const receive = async (n: number) => {
      for (let i = 0; i < n; i++) await ops.addObjective(a!.db, 0, 'Grow');
      for (const m of await outbox([a!, b!], 0)) await seam.applyRemote(m.docName, [m.update]);
      await compaction.settled();
    };
    await receive(5);
    expect(await b!.db.syncSnapshots.get(docName)).toBeUndefined();
    expect(await storedCount(b!.db, docName)).toBe(5);

    await receive(8);
    expect(await b!.db.syncSnapshots.get(docName)).toBeDefined();
    expect(await storedCount(b!.db, docName)).toBe(0);
    expect(await b!.db.objectives.count()).toBe(13);
    compaction.stop();
  });

  it('never merges away local edits the server does not have, however many wait', async () => {
    const [a] = await makeTeam(1);
    for (let i = 0; i < 15; i++) await ops.addObjective(a!.db, 0, 'Grow');
    const docName = unitDoc(ID.people[0]!);
    const compaction = compactionFor(a!.db, policy);
    const seam = teamSync(a!.db, compaction);
    await compaction.settled();
    expect(await pendingUpdates(a!.db, docName)).toHaveLength(15);

    // Once the server acknowledges them, they are the server's too: merged on the next check.
    const pending = await seam.pendingUpdates(docName);
    await seam.markPushed(
      docName,
      pending.map((p) => p.seq),
    );
    await compaction.settled();
    expect(await pendingUpdates(a!.db, docName)).toHaveLength(0);
    expect(await storedCount(a!.db, docName)).toBe(0);
    expect(await a!.db.syncSnapshots.get(docName)).toBeDefined();
    compaction.stop();
  });
});
