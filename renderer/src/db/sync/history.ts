import { EDITS_MAP, type Edit, type SyncedTable } from '@shared/sync/recordDoc';
import type { CairnDb } from '../schema';
import { loadDocument } from './docStore';
import { txOf } from './teamSync';

/**
 * The `edits` entries (who last changed each field) of some records, read from the documents
 * that hold them now. A record that stays on this machine (private) has none.
 */
export async function recordEdits(
  database: CairnDb,
  records: readonly { table: SyncedTable; id: string }[],
): Promise<[string, Edit][]> {
  const tables = [database.syncRecords, database.syncUpdates, database.syncSnapshots];
  return database.transaction('r', tables, async (t) => {
    const placed = await database.syncRecords.bulkGet(records.map((r) => [r.table, r.id]));
    const prefixes = new Map<string, Set<string>>();
    placed.forEach((p, i) => {
      if (!p) return;
      const r = records[i]!;
      let set = prefixes.get(p.docName);
      if (!set) prefixes.set(p.docName, (set = new Set()));
      set.add(`${r.table}/${r.id}`);
    });
    const out: [string, Edit][] = [];
    for (const [docName, wanted] of prefixes) {
      const doc = await loadDocument(txOf(database, t), docName);
      for (const [key, edit] of doc.getMap<Edit>(EDITS_MAP).entries())
        if (wanted.has(key.slice(0, key.lastIndexOf('/')))) out.push([key, edit]);
    }
    return out;
  });
}
