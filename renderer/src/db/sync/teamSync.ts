import type { DBCoreTransaction, Table, Transaction } from 'dexie';
import * as Y from 'yjs';
import { parseDocumentName } from '@shared/sync/documentNames';
import {
  SYNCED_TABLES,
  applyUpdatesTracked,
  hasLocalFields,
  readRecord,
  withLocalFields,
  type DocChanges,
  type Row,
  type SyncedTable,
} from '@shared/sync/recordDoc';
import { mergedRowProblems, refuseRemoteRow } from '@shared/sync/remoteRows';
import type { StructureFix } from '@shared/sync/structure';
import type { CairnDb } from '../schema';
import { compactionFor, type Compaction } from './compaction';
import { appendUpdate, loadDocument, type Tx } from './docStore';
import { bottomCore, markRemote } from './recorder';
import { SYNC_TABLES, type MergedChange, type SyncRecord, type TeamSettings } from './syncRows';
import { overwritten, priorFieldState, repairStructure, structureEntry } from './mergeEntries';

/**
 * The seam between a team workspace's data and its transport. The Hocuspocus provider (not
 * built yet) holds one Y.Doc per document name: it starts from `documentState`, sends
 * `pendingUpdates` and reports them with `markPushed` once the server has them, and hands
 * every update it receives to `applyRemote`. Nothing here knows about the network.
 */
export interface SyncSeam {
  documentNames(): Promise<string[]>;
  documentState(docName: string): Promise<Uint8Array>;
  pendingUpdates(docName: string): Promise<{ seq: number; update: Uint8Array }[]>;
  markPushed(docName: string, seqs: readonly number[]): Promise<void>;
  applyRemote(docName: string, updates: readonly Uint8Array[]): Promise<RemoteOutcome>;
}

export interface RemoteOutcome {
  /** Rows written or removed here. */
  rows: number;
  /** Entries added to the Merged changes inbox (overwritten edits and repairs). */
  merged: MergedChange[];
  fixes: StructureFix[];
}

/** A teammate's batch refused as a whole: nothing of it was written. */
export class SyncRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncRefusal';
  }
}

export const allTables = (d: CairnDb) => [
  ...SYNCED_TABLES.map((t) => d.table(t)),
  ...SYNC_TABLES.map((t) => d.table(t)),
];

export const txOf = (d: CairnDb, t: Transaction): Tx => ({
  core: bottomCore(d.name),
  trans: t.idbtrans as unknown as DBCoreTransaction,
});

/**
 * Makes a workspace a team workspace: from now on every local write is recorded for sync.
 * Records already here go into their documents in the same transaction (sharing a
 * workspace uploads it; joining starts empty).
 */
export async function enableTeamSync(database: CairnDb, team: TeamSettings): Promise<void> {
  await database.transaction('rw', allTables(database), async () => {
    await database.syncState.put({ key: 'team', value: team });
    for (const t of SYNCED_TABLES) {
      const rows = await database.table(t).toArray();
      // Re-putting the rows unchanged is what records them: the recorder sees a team workspace.
      if (rows.length) await database.table(t).bulkPut(rows);
    }
  });
}

/** Rows read from a document, each with what this machine keeps to itself of it (a feed). */
export async function keepingLocalFields(
  database: CairnDb,
  table: SyncedTable,
  rows: Row[],
): Promise<Row[]> {
  if (!rows.length || !hasLocalFields(table)) return rows;
  const here = (await database.table(table).bulkGet(rows.map((r) => r.id))) as (Row | undefined)[];
  return rows.map((row, i) => withLocalFields(table, row, here[i]));
}

export async function teamOf(database: CairnDb): Promise<TeamSettings | null> {
  return ((await database.syncState.get('team'))?.value as TeamSettings | undefined) ?? null;
}

/**
 * The seam for one open team workspace. Its documents are compacted as sync goes on: after
 * the server acknowledges a push and after a teammate's batch is written (compaction.ts).
 */
export function teamSync(
  database: CairnDb,
  compaction: Compaction = compactionFor(database),
): SyncSeam {
  return {
    documentNames: () => documentNames(database),
    documentState: (docName) => documentState(database, docName),
    pendingUpdates: (docName) => pendingUpdates(database, docName),
    markPushed: async (docName, seqs) => {
      await markPushed(database, docName, seqs);
      compaction.touched(docName);
    },
    applyRemote: async (docName, updates) => {
      const outcome = await applyRemote(database, docName, updates);
      compaction.touched(docName);
      return outcome;
    },
  };
}

export async function documentNames(database: CairnDb): Promise<string[]> {
  // A document can hold no record any more (its last one moved) and still have updates to push.
  const [snaps, recs, updates] = await Promise.all([
    database.syncSnapshots.toCollection().primaryKeys(),
    database.syncRecords.orderBy('docName').uniqueKeys(),
    database.syncUpdates.orderBy('[docName+seq]').keys(),
  ]);
  const fromUpdates = (updates as unknown as [string, number][]).map((k) => k[0]);
  return [...new Set([...snaps, ...(recs as string[]), ...fromUpdates])].sort();
}

export async function documentState(database: CairnDb, docName: string): Promise<Uint8Array> {
  return database.transaction('r', [database.syncUpdates, database.syncSnapshots], async (t) =>
    Y.encodeStateAsUpdate(await loadDocument(txOf(database, t), docName)),
  );
}

/** Local updates the server does not have yet, oldest first. */
export async function pendingUpdates(database: CairnDb, docName: string) {
  const rows = await database.syncUpdates
    .where('[docName+seq]')
    .between([docName, 0], [docName, Infinity])
    .filter((u) => u.origin === 'local' && u.pushed === 0)
    .toArray();
  return rows.map((u) => ({ seq: u.seq!, update: u.update }));
}

export async function markPushed(
  database: CairnDb,
  docName: string,
  seqs: readonly number[],
): Promise<void> {
  await database.transaction('rw', database.syncUpdates, async () => {
    await database.syncUpdates
      .where('seq')
      .anyOf([...seqs])
      .filter((u) => u.docName === docName)
      .modify({ pushed: 1 });
  });
}

const waitingForUpdates = (doc: Y.Doc): boolean =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

/**
 * Applies a batch of a teammate's updates to one document and writes the rows it changed,
 * all in one transaction, without recording them as local edits. A bad row refuses the
 * batch: nothing is written, and the error names the record and the field. Fields where a
 * concurrent edit overwrote one of mine go to the Merged changes inbox; structural
 * conflicts the merge made are repaired (recorded as local edits, so the team converges on
 * the same repair) and listed.
 */
export async function applyRemote(
  database: CairnDb,
  docName: string,
  updates: readonly Uint8Array[],
): Promise<RemoteOutcome> {
  const name = parseDocumentName(docName);
  if (!name) throw new SyncRefusal(`"${docName}" is not a document of a team workspace`);
  if (!updates.length) return { rows: 0, merged: [], fixes: [] };
  return database.transaction('rw', allTables(database), async (t) => {
    const tx = txOf(database, t);
    markRemote(tx.trans);
    const team = await teamOf(database);
    if (!team) throw new SyncRefusal('This workspace is not a team workspace');
    const doc = await loadDocument(tx, docName);
    const before = new Y.Doc();
    Y.applyUpdate(before, Y.encodeStateAsUpdate(doc));
    let changes: DocChanges;
    try {
      changes = applyUpdatesTracked(doc, updates, 'remote');
    } catch (err) {
      throw new SyncRefusal(
        `An update of "${docName}" could not be read: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const prior = priorFieldState(before);
    const merged: MergedChange[] = [];
    let rows = 0;
    const touchedCycles = new Set<string>();
    for (const [table, records] of changes) {
      const puts: Row[] = [];
      const places: SyncRecord[] = [];
      for (const [id, fields] of records) {
        const placed = await database.syncRecords.get([table, id]);
        if (fields === 'removed') {
          // Only if it still lives here: a record that moved is already in its new document.
          if (placed?.docName !== docName) continue;
          await database.table(table).delete(id);
          await tx.core
            .table('syncRecords')
            .mutate({ type: 'delete', trans: tx.trans, keys: [[table, id]] });
          rows++;
          continue;
        }
        const row = readRecord(doc, table, id)!;
        const refused = refuseRemoteRow(docName, table, row);
        // Updates may arrive out of order: Yjs applies a later update's deletions at once but
        // holds its new values until the updates before it arrive, so a record can be
        // incomplete meanwhile. It is held back (the old row stays) until they do.
        if (refused && waitingForUpdates(doc)) continue;
        if (refused) throw new SyncRefusal(`A teammate's change was refused: ${refused}`);
        puts.push(row);
        if (placed?.docName !== docName) places.push({ table, id, docName });
        if (typeof row.cycleId === 'string') touchedCycles.add(row.cycleId);
        merged.push(...overwritten(doc, prior, docName, table, row, fields, team));
        for (const problem of mergedRowProblems(table, row))
          merged.push(structureEntry(docName, table, id, problem));
      }
      if (puts.length)
        await (database.table(table) as Table<Row, string>).bulkPut(
          await keepingLocalFields(database, table, puts),
        );
      if (places.length) await database.syncRecords.bulkPut(places);
      rows += puts.length;
    }
    await appendUpdate(tx, {
      docName,
      update: updates.length === 1 ? updates[0]! : Y.mergeUpdates([...updates]),
      origin: 'remote',
      pushed: 1,
      at: new Date().toISOString(),
    });
    const fixes = await repairStructure(database, tx, name.kind === 'org', touchedCycles);
    merged.push(
      ...fixes.map((f) =>
        structureEntry(docName, f.table, f.id, f.message, Object.keys(f.patch)[0]),
      ),
    );
    if (merged.length) await database.mergedChanges.bulkAdd(merged);
    return { rows, merged, fixes };
  });
}
