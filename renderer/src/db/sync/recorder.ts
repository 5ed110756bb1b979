import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { parentIds, placeRecord, type Parents } from '@shared/sync/placement';
import {
  captureUpdate,
  editKey,
  hasRecord,
  isSyncedTable,
  removeRecord,
  writeRecord,
  type Edit,
  type Row,
  type SyncedTable,
} from '@shared/sync/recordDoc';
import { appendUpdate, forgetDocuments, loadDocument, teamSettings, type Tx } from './docStore';
import { announceOnCommit } from './localNotify';
import type { SyncRecord, TeamSettings } from './syncRows';

/**
 * Records every local write to a synced table as a Yjs update of the record's document, in
 * the same IndexedDB transaction as the row (a Dexie DBCore middleware): the row and its
 * update commit together, so quitting at any moment loses nothing and sends nothing twice.
 * Commands need not know about sync. A personal workspace (no `team` entry in syncState)
 * records nothing.
 */

/** Transactions writing rows that came from teammates: their changes are not ours to record. */
const remoteTransactions = new WeakSet<object>();
export const markRemote = (trans: DBCoreTransaction): void => void remoteTransactions.add(trans);
export const unmarkRemote = (trans: DBCoreTransaction): void =>
  void remoteTransactions.delete(trans);

/** What recording reads besides the written table: where records live, their parents. */
const RECORDING_STORES = [
  'syncUpdates',
  'syncSnapshots',
  'syncRecords',
  'syncState',
  'objectives',
  'keyResults',
  'cycles',
];

async function parentsOf(tx: Tx, table: SyncedTable, row: Row): Promise<Parents> {
  const ids = parentIds(table, row);
  const get = async <T>(store: string, key: string | undefined) =>
    key ? ((await tx.core.table(store).get({ trans: tx.trans, key })) as T | undefined) : undefined;
  const keyResult = await get<{ cycleId: string; objectiveId: string }>(
    'keyResults',
    ids.keyResultId,
  );
  const objective = await get<{ cycleId: string; private?: boolean }>(
    'objectives',
    ids.objectiveId && (table !== 'dismissals' || !keyResult)
      ? ids.objectiveId
      : keyResult?.objectiveId,
  );
  const cycle =
    table === 'dismissals' ? await get<{ id: string }>('cycles', ids.cycleId) : undefined;
  return { keyResult, objective, cycle };
}

/** The document a row belongs to now; null when it stays on this machine. */
export async function placeOf(tx: Tx, table: SyncedTable, row: Row): Promise<string | null> {
  return placeRecord(table, row, await parentsOf(tx, table, row));
}

const placeKey = (table: SyncedTable, id: string) => [table, id];

async function currentPlace(tx: Tx, table: SyncedTable, id: string) {
  const r = (await tx.core
    .table('syncRecords')
    .get({ trans: tx.trans, key: placeKey(table, id) })) as SyncRecord | undefined;
  return r?.docName ?? null;
}

/**
 * Brings the documents up to date with rows just written locally: one update per document
 * touched. A row that moved (new owner or cycle) or became private leaves its old document.
 */
export async function recordRows(
  tx: Tx,
  table: SyncedTable,
  rows: readonly Row[],
  edit: Edit,
): Promise<void> {
  const writes = new Map<string, Row[]>();
  const removals = new Map<string, string[]>();
  const places: SyncRecord[] = [];
  const unplaced: string[] = [];
  for (const row of rows) {
    const [was, now] = [await currentPlace(tx, table, row.id), await placeOf(tx, table, row)];
    if (was && was !== now) removals.set(was, [...(removals.get(was) ?? []), row.id]);
    if (now) {
      writes.set(now, [...(writes.get(now) ?? []), row]);
      if (was !== now) places.push({ table, id: row.id, docName: now });
    } else if (was) unplaced.push(row.id);
  }
  for (const docName of new Set([...removals.keys(), ...writes.keys()])) {
    const doc = await loadDocument(tx, docName);
    const fields: string[] = [];
    const update = captureUpdate(
      doc,
      () => {
        for (const id of removals.get(docName) ?? [])
          if (removeRecord(doc, table, id)) fields.push(editKey(table, id, '*'));
        for (const row of writes.get(docName) ?? [])
          for (const f of writeRecord(doc, table, row, edit))
            fields.push(editKey(table, row.id, f));
      },
      'local',
    );
    if (update) await saveLocal(tx, docName, update, fields, edit.at);
  }
  const records = tx.core.table('syncRecords');
  if (places.length) await records.mutate({ type: 'put', trans: tx.trans, values: places });
  if (unplaced.length)
    await records.mutate({
      type: 'delete',
      trans: tx.trans,
      keys: unplaced.map((id) => placeKey(table, id)),
    });
}

export const saveLocal = (
  tx: Tx,
  docName: string,
  update: Uint8Array,
  fields: string[],
  at: string,
) => {
  announceOnCommit(tx, docName);
  return appendUpdate(tx, { docName, update, origin: 'local', pushed: 0, fields, at });
};

async function mutateAndRecord(
  down: DBCore,
  table: DBCoreTable,
  name: SyncedTable,
  req: DBCoreMutateRequest,
) {
  if (remoteTransactions.has(req.trans) || req.type === 'deleteRange') return table.mutate(req);
  const tx: Tx = { core: down, trans: req.trans };
  const team = await teamSettings(tx);
  if (!team) return table.mutate(req);
  const res = await table.mutate(req);
  const ok = (_: unknown, i: number) => !res.failures[i];
  const edit = editBy(team);
  if (req.type === 'delete') {
    // Records are deleted softly (deletedAt); a hard delete only takes a row out of sync.
    const ids = (req.keys as string[]).filter(ok);
    await recordRemovals(tx, name, ids, edit);
  } else {
    await recordRows(tx, name, (req.values as Row[]).filter(ok), edit);
  }
  return res;
}

async function recordRemovals(tx: Tx, table: SyncedTable, ids: string[], edit: Edit) {
  for (const id of ids) {
    const was = await currentPlace(tx, table, id);
    if (!was) continue;
    const doc = await loadDocument(tx, was);
    if (!hasRecord(doc, table, id)) continue;
    const update = captureUpdate(doc, () => removeRecord(doc, table, id), 'local');
    if (update) await saveLocal(tx, was, update, [editKey(table, id, '*')], edit.at);
    await tx.core
      .table('syncRecords')
      .mutate({ type: 'delete', trans: tx.trans, keys: [placeKey(table, id)] });
  }
}

export const editBy = (team: TeamSettings): Edit => ({
  by: team.memberId,
  at: new Date().toISOString(),
});

/**
 * The IndexedDB-level core of each database, for work that must not pass Dexie's caches.
 * Keyed by name: a core's table methods work on the transaction they are given, so any
 * connection's core (the app's, or a restore's strict one) serves every connection.
 */
const bottomCores = new Map<string, DBCore>();
export function bottomCore(dbName: string): DBCore {
  const core = bottomCores.get(dbName);
  if (!core) throw new Error(`The database "${dbName}" is not open`);
  return core;
}

/**
 * Sits below Dexie's own middlewares (level -2): they read Dexie's async context, which the
 * recorder's awaits do not carry, and a write here already has its final values. The cost:
 * live queries are not told about the sync rows written here (a status view re-reads them).
 */
export const syncRecorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cairnSyncRecorder',
  level: -2,
  create(down) {
    if (!down.schema.tables.some((t) => t.name === 'syncUpdates')) return {};
    bottomCores.set(down.schema.name, down);
    // A database opened anew may have been deleted and recreated (its sequence restarts).
    forgetDocuments(down.schema.name);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.some(isSyncedTable)
            ? [...new Set([...stores, ...RECORDING_STORES])]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!isSyncedTable(name)) return table;
        return { ...table, mutate: (req) => mutateAndRecord(down, table, name, req) };
      },
    };
  },
};
