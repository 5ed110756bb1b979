import type { DBCore, DBCoreKeyRange, DBCoreTransaction } from 'dexie';
import * as Y from 'yjs';
import type { SyncSnapshot, SyncUpdate, TeamSettings } from './syncRows';

/**
 * The documents of a team workspace, read and written at Dexie's DBCore level inside the
 * caller's IndexedDB transaction, so a row and its Yjs update commit together or not at all.
 *
 * Loaded documents are kept in memory per database. A cached document is trusted only while
 * the newest stored sequence number of that document is the one it was built up to: another
 * window's write, a compaction or an aborted transaction makes it reload from the tables.
 */

export interface Tx {
  core: DBCore;
  trans: DBCoreTransaction;
}

interface Cached {
  doc: Y.Doc;
  seq: number;
}
const caches = new Map<string, Map<string, Cached>>();
const cacheOf = (core: DBCore) => {
  let c = caches.get(core.schema.name);
  if (!c) caches.set(core.schema.name, (c = new Map()));
  return c;
};

/** Forgets every loaded document of a database (tests reuse names; a restore replaces data). */
export const forgetDocuments = (dbName: string): void => void caches.delete(dbName);

const range = (lower: unknown, upper: unknown): DBCoreKeyRange =>
  ({ type: 2, lower, upper, lowerOpen: false, upperOpen: false }) as DBCoreKeyRange;

function docIndex(core: DBCore) {
  const index = core.table('syncUpdates').schema.getIndexByKeyPath(['docName', 'seq']);
  if (!index) throw new Error('The sync tables are missing: the database is older than version 2');
  return index;
}

/** A document's stored updates in order (all, or only those after `afterSeq`). */
export async function storedUpdates(
  { core, trans }: Tx,
  docName: string,
  afterSeq = 0,
): Promise<SyncUpdate[]> {
  const r = await core.table('syncUpdates').query({
    trans,
    values: true,
    query: { index: docIndex(core), range: range([docName, afterSeq + 1], [docName, Infinity]) },
  });
  return r.result as SyncUpdate[];
}

export async function storedSnapshot({ core, trans }: Tx, docName: string) {
  return (await core.table('syncSnapshots').get({ trans, key: docName })) as
    SyncSnapshot | undefined;
}

async function newestSeq(tx: Tx, docName: string): Promise<number> {
  const r = await tx.core.table('syncUpdates').query({
    trans: tx.trans,
    values: false,
    limit: 1,
    direction: 'prev',
    query: { index: docIndex(tx.core), range: range([docName, 0], [docName, Infinity]) },
  });
  const last = r.result[0] as number | [string, number] | undefined;
  const seq = Array.isArray(last) ? last[1] : (last ?? 0);
  const snap = await storedSnapshot(tx, docName);
  return Math.max(seq, snap?.upToSeq ?? 0);
}

/** Drops the cached copies touched by a transaction that did not commit. */
function forgetOnAbort(tx: Tx, docName: string): void {
  const t = tx.trans as unknown as Partial<EventTarget>;
  const cache = cacheOf(tx.core);
  t.addEventListener?.('abort', () => cache.delete(docName), { once: true });
}

/** The document as stored (snapshot, then every later update), from the cache when current. */
export async function loadDocument(tx: Tx, docName: string): Promise<Y.Doc> {
  const cache = cacheOf(tx.core);
  const seq = await newestSeq(tx, docName);
  const hit = cache.get(docName);
  if (hit && hit.seq === seq) {
    forgetOnAbort(tx, docName);
    return hit.doc;
  }
  const doc = new Y.Doc();
  const snap = await storedSnapshot(tx, docName);
  if (snap) Y.applyUpdate(doc, snap.state, 'stored');
  // A compaction keeps local updates not yet pushed beside the snapshot that already holds
  // them: applying one again changes nothing.
  for (const u of await storedUpdates(tx, docName)) Y.applyUpdate(doc, u.update, 'stored');
  cache.set(docName, { doc, seq });
  forgetOnAbort(tx, docName);
  return doc;
}

/** Stores an update of a document and moves its cached copy up to it. */
export async function appendUpdate(tx: Tx, row: SyncUpdate): Promise<number> {
  const r = await tx.core
    .table('syncUpdates')
    .mutate({ type: 'add', trans: tx.trans, values: [row] });
  if (r.numFailures) throw r.failures[0] ?? new Error('Could not store a sync update');
  const seq = r.results![0] as number;
  const hit = cacheOf(tx.core).get(row.docName);
  if (hit) hit.seq = seq;
  return seq;
}

export async function teamSettings(tx: Tx): Promise<TeamSettings | null> {
  const row = (await tx.core.table('syncState').get({ trans: tx.trans, key: 'team' })) as
    { value: TeamSettings } | undefined;
  return row?.value ?? null;
}
