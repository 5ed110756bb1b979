import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { KeyResultFeed } from '../../../shared/feeds/feedSchemas';
import { documentState } from '../../../renderer/src/db/sync/teamSync';
import type { CairnDb } from '../../../renderer/src/db/schema';
import { backupOf, deliver, ID, makeTeam, ops, outbox, settle } from './replicas';

/** A key result's file feed names a file on one computer: it stays there. */

const unitDoc = `unit/${ID.people[0]}/${ID.cycle}`;
const FEED: KeyResultFeed = {
  kind: 'csv',
  column: 'mrr',
  reading: 'last',
  fileName: 'revenue.csv',
  fileRef: '/home/sam/finance/revenue.csv',
  lastValue: 40,
  lastReadAt: '2026-11-02T08:00:00.000Z',
  problem: null,
};

/** The key result as a document holds it, every field, local ones too. */
async function inDocument(db: CairnDb, id: string) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await documentState(db, unitDoc));
  return (doc.getMap('keyResults').get(id) as Y.Map<unknown> | undefined)?.toJSON();
}

async function fedTeam() {
  const [a, b] = await makeTeam(2);
  await ops.addObjective(a!.db, 0, 'Grow');
  await ops.addKeyResult(a!.db, 0, 'Reach 100 MRR');
  const kr = (await a!.db.keyResults.toArray())[0]!;
  // What recordFeedRead does on a read that changed: the feed's value and a check-in from it.
  await a!.db.transaction('rw', [a!.db.keyResults, a!.db.checkIns], async () => {
    await a!.db.keyResults.update(kr.id, { feed: FEED, current: 40 });
    await a!.db.checkIns.add({
      id: 'ci-fed',
      keyResultId: kr.id,
      ownerId: kr.ownerId,
      at: '2026-11-02',
      value: 40,
      confidence: null,
      note: '',
      blockers: '',
      createdAt: '2026-11-02T08:00:00.000Z',
      source: { file: 'revenue.csv', column: 'mrr', reading: 'last', readAt: FEED.lastReadAt! },
    });
  });
  await settle([a!, b!]);
  return { a: a!, b: b!, id: kr.id };
}

describe("a key result's file feed", () => {
  it('is not written to the team document: a teammate sees the check-in and where it came from, not the file', async () => {
    const { a, b, id } = await fedTeam();
    expect(await inDocument(a.db, id)).not.toHaveProperty('feed');
    expect((await a.db.keyResults.get(id))?.feed).toEqual(FEED);
    const theirs = await b.db.keyResults.get(id);
    expect(theirs?.current).toBe(40);
    expect(theirs).not.toHaveProperty('feed');
    expect((await b.db.checkIns.get('ci-fed'))?.source).toEqual({
      file: 'revenue.csv',
      column: 'mrr',
      reading: 'last',
      readAt: FEED.lastReadAt,
    });
  });

  it("stays linked here when a teammate edits the key result, and the feed's own reads send nothing", async () => {
    const { a, b, id } = await fedTeam();
    await ops.editKeyResult(b.db, 0, 3);
    await settle([a, b]);
    const mine = await a.db.keyResults.get(id);
    expect(mine?.weight).toBe(3);
    expect(mine?.feed).toEqual(FEED);
    // A read that failed changes only the feed: nothing for the team.
    await a.db.keyResults.update(id, { feed: { ...FEED, problem: 'The file is gone' } });
    expect(await outbox([a, b], 0)).toEqual([]);
  });

  it("is dropped from a document an older version wrote it to on the next write, kept here, and a teammate's copy never replaces it", async () => {
    const { a, b, id } = await fedTeam();
    // An older client of b's wrote its own feed into the document.
    const old = new Y.Doc();
    Y.applyUpdate(old, await documentState(b.db, unitDoc));
    const oldUpdate = (() => {
      const before = Y.encodeStateVector(old);
      const rec = old.getMap('keyResults').get(id) as Y.Map<unknown>;
      rec.set('feed', { ...FEED, fileRef: 'C:\\Users\\ben\\revenue.csv' });
      return Y.encodeStateAsUpdate(old, before);
    })();
    await deliver([a, b], 0, { from: 1, docName: unitDoc, update: oldUpdate });
    expect((await a.db.keyResults.get(id))?.feed?.fileRef).toBe(FEED.fileRef);
    expect(await inDocument(a.db, id)).toHaveProperty('feed');

    await ops.editKeyResult(a.db, 0, 2);
    expect(await inDocument(a.db, id)).not.toHaveProperty('feed');
    expect((await a.db.keyResults.get(id))?.feed).toEqual(FEED);
    await settle([a, b]);
    expect((await b.db.keyResults.get(id))?.weight).toBe(2);
    expect(await b.db.keyResults.get(id)).not.toHaveProperty('feed');
    expect(await backupOf(b)).not.toContain(FEED.fileRef);
  });
});
