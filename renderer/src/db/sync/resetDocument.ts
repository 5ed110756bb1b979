import type { Table } from 'dexie';
import * as Y from 'yjs';
import { SYNCED_TABLES, readRecord, type Row } from '@shared/sync/recordDoc';
import { refuseRemoteRow } from '@shared/sync/remoteRows';
import type { CairnDb } from '../schema';
import { appendUpdate, forgetDocuments } from './docStore';
import { markRemote } from './recorder';
import { allTables, keepingLocalFields, txOf } from './teamSync';

/**
 * Puts a document back as the server holds it, after the server refused a write to it (a
 * document this member may only read): the rows it holds become the server's, records only
 * this copy had are removed, and its stored updates — the refused ones too — are replaced by
 * the server's state, so they are never sent again. One transaction; nothing is recorded as
 * a local edit. Returns how many rows were written or removed.
 */
export async function resetDocument(
  database: CairnDb,
  docName: string,
  serverState: Uint8Array,
): Promise<number> {
  const server = new Y.Doc();
  Y.applyUpdate(server, serverState);
  return database.transaction('rw', allTables(database), async (t) => {
    const tx = txOf(database, t);
    markRemote(tx.trans);
    const placed = await database.syncRecords.where('docName').equals(docName).toArray();
    let rows = 0;
    for (const table of SYNCED_TABLES) {
      const ids = [...server.getMap(table).keys()];
      const puts = ids
        .map((id) => readRecord(server, table, id)!)
        .filter((row) => !refuseRemoteRow(docName, table, row));
      if (puts.length)
        await (database.table(table) as Table<Row, string>).bulkPut(
          await keepingLocalFields(database, table, puts),
        );
      const kept = new Set(puts.map((r) => r.id));
      const gone = placed.filter((p) => p.table === table && !kept.has(p.id)).map((p) => p.id);
      if (gone.length) await database.table(table).bulkDelete(gone);
      if (gone.length)
        await database.syncRecords.bulkDelete(gone.map((id) => [table, id] as [string, string]));
      if (puts.length)
        await database.syncRecords.bulkPut(puts.map((r) => ({ table, id: r.id, docName })));
      rows += puts.length + gone.length;
    }
    const seqs = await database.syncUpdates
      .where('[docName+seq]')
      .between([docName, 0], [docName, Infinity])
      .primaryKeys();
    // Below Dexie's middlewares, as compaction does: dropping refused updates is bookkeeping.
    if (seqs.length)
      await tx.core.table('syncUpdates').mutate({ type: 'delete', trans: tx.trans, keys: seqs });
    await tx.core
      .table('syncSnapshots')
      .mutate({ type: 'delete', trans: tx.trans, keys: [docName] });
    // The cached copy still holds the refused edits; the next load reads the server's state.
    forgetDocuments(database.name);
    await appendUpdate(tx, {
      docName,
      update: serverState,
      origin: 'remote',
      pushed: 1,
      at: new Date().toISOString(),
    });
    return rows;
  });
}
