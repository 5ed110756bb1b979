import * as Y from 'yjs';
import { BACKUP_TABLES, type BackupTableName } from '../domain/backupTables';

/**
 * How records live in a team workspace's Yjs documents (agreed with the sync server, which
 * reads the org tree from the `org` document): each table is a top-level `Y.Map` named after
 * the Dexie table, keyed by record id; each value is a `Y.Map` of the record's fields, plain
 * JSON values. Concurrent edits of different fields both survive; of one field, the last
 * writer wins (Yjs decides the same winner on every replica).
 *
 * Beside the tables, one flat map `edits` keeps who last changed each field
 * (`<table>/<id>/<field>` → { by, at }; field '' for who created the record), for the Merged
 * changes inbox and history. Flat keys
 * because two replicas creating the same nested map at once would lose one of them.
 */

/** A person's own settings and templates never leave their machine; every other table syncs. */
const LOCAL_ONLY = ['templates', 'settings'] as const;
export type SyncedTable = Exclude<BackupTableName, (typeof LOCAL_ONLY)[number]>;
export const SYNCED_TABLES: readonly SyncedTable[] = BACKUP_TABLES.filter(
  (t): t is SyncedTable => !(LOCAL_ONLY as readonly string[]).includes(t),
);

export const isSyncedTable = (name: string): name is SyncedTable =>
  (SYNCED_TABLES as readonly string[]).includes(name);

export const EDITS_MAP = 'edits';

/**
 * Fields of a synced record that stay on this machine: a key result's or a KPI's file feed
 * names a file (a path, or a kept handle's id) that only this computer has. Teammates get the
 * check-ins a feed writes, with their provenance, never the link itself.
 */
const LOCAL_FIELDS: Partial<Record<SyncedTable, readonly string[]>> = {
  keyResults: ['feed'],
  kpis: ['feed'],
};

export const hasLocalFields = (table: SyncedTable): boolean => !!LOCAL_FIELDS[table];

export const isLocalField = (table: SyncedTable, field: string): boolean =>
  LOCAL_FIELDS[table]?.includes(field) ?? false;

/** A row as a teammate's copy of it should read: without the fields that stay here. */
export function sharedPart<R extends Row>(table: SyncedTable, row: R): R {
  const local = LOCAL_FIELDS[table];
  if (!local?.some((f) => f in row)) return row;
  const out: Row = { ...row };
  for (const f of local) delete out[f];
  return out as R;
}

/** A teammate's row with this machine's own fields of the record (`here`) kept. */
export function withLocalFields(table: SyncedTable, row: Row, here: Row | undefined): Row {
  const local = LOCAL_FIELDS[table];
  if (!local || !here) return row;
  const out: Row = { ...row };
  for (const f of local) if (here[f] !== undefined) out[f] = here[f];
  return out;
}

export type Row = Record<string, unknown> & { id: string };
/** Who made a local edit, and when (an ISO instant). */
export interface Edit {
  by: string;
  at: string;
}

export const editKey = (table: SyncedTable, id: string, field: string): string =>
  `${table}/${id}/${field}`;

const tableMap = (doc: Y.Doc, table: SyncedTable) => doc.getMap<Y.Map<unknown>>(table);

/** JSON equality for plain record values (objects compared by their keys, not key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Makes the document's copy of a record equal to `row`, touching only the fields that
 * differ, so a concurrent edit of another field is not overwritten. Call inside
 * `doc.transact`. Returns the fields written.
 */
export function writeRecord(doc: Y.Doc, table: SyncedTable, whole: Row, edit: Edit): string[] {
  // A local field never enters a document; one an older version wrote there is dropped now.
  const row = sharedPart(table, whole);
  const records = tableMap(doc, table);
  let rec = records.get(row.id);
  const created = !rec;
  if (!rec) {
    rec = new Y.Map<unknown>();
    records.set(row.id, rec);
  }
  const changed: string[] = [];
  for (const [field, value] of Object.entries(row)) {
    if (value === undefined) continue;
    if (rec.has(field) && sameValue(rec.get(field), value)) continue;
    rec.set(field, value);
    changed.push(field);
  }
  for (const field of [...rec.keys()]) {
    if (row[field] === undefined) {
      rec.delete(field);
      changed.push(field);
    }
  }
  const edits = doc.getMap<Edit>(EDITS_MAP);
  // A new record gets one entry (field ''), not one a field: nobody can have overwritten a
  // field of a record they had not seen, and the entries are most of a document's size.
  if (created) edits.set(editKey(table, row.id, ''), edit);
  else
    for (const field of changed)
      if (!isLocalField(table, field)) edits.set(editKey(table, row.id, field), edit);
  return changed;
}

/** Takes a record out of a document (it moved to another one, or became private). */
export function removeRecord(doc: Y.Doc, table: SyncedTable, id: string): boolean {
  const records = tableMap(doc, table);
  if (!records.has(id)) return false;
  records.delete(id);
  return true;
}

export function readRecord(doc: Y.Doc, table: SyncedTable, id: string): Row | undefined {
  const rec = tableMap(doc, table).get(id);
  return rec ? sharedPart(table, rec.toJSON() as Row) : undefined;
}

export function hasRecord(doc: Y.Doc, table: SyncedTable, id: string): boolean {
  return tableMap(doc, table).has(id);
}

export function lastEdit(
  doc: Y.Doc,
  table: SyncedTable,
  id: string,
  field: string,
): Edit | undefined {
  return doc.getMap<Edit>(EDITS_MAP).get(editKey(table, id, field));
}

/** What a batch of updates changed: per table, per record, the fields (or the record's removal). */
export type DocChanges = Map<SyncedTable, Map<string, Set<string> | 'removed'>>;

/** The id of the Yjs item holding a field's current value: a later value that names it as
 *  its origin was written by someone who had seen it; any other later value was concurrent. */
export function fieldItemId(
  doc: Y.Doc,
  table: SyncedTable,
  id: string,
  field: string,
): Y.ID | null {
  const rec = tableMap(doc, table).get(id);
  const item = rec?._map.get(field);
  return item && !item.deleted ? item.id : null;
}

export function fieldItemOrigin(
  doc: Y.Doc,
  table: SyncedTable,
  id: string,
  field: string,
): Y.ID | null {
  const rec = tableMap(doc, table).get(id);
  return rec?._map.get(field)?.origin ?? null;
}

export const sameId = (a: Y.ID | null, b: Y.ID | null): boolean =>
  !!a && !!b && a.client === b.client && a.clock === b.clock;

/**
 * Applies a batch of updates with `origin` and reports what they changed. Updates already
 * applied change nothing, so a duplicate delivery is harmless.
 */
export function applyUpdatesTracked(
  doc: Y.Doc,
  updates: readonly Uint8Array[],
  origin: unknown,
): DocChanges {
  const changes: DocChanges = new Map();
  const note = (table: SyncedTable, id: string, what: string | 'removed') => {
    let t = changes.get(table);
    if (!t) changes.set(table, (t = new Map()));
    const cur = t.get(id);
    if (what === 'removed') return void t.set(id, 'removed');
    if (cur === undefined || cur === 'removed') t.set(id, new Set([what]));
    else cur.add(what);
  };
  const observers = SYNCED_TABLES.map((table) => {
    const map = tableMap(doc, table);
    const fn = (events: Y.YEvent<Y.Map<unknown>>[]) => {
      for (const ev of events) {
        if (ev.target === map) {
          for (const id of (ev as Y.YMapEvent<unknown>).keysChanged) {
            const rec = map.get(id as string);
            if (!rec) note(table, id as string, 'removed');
            else for (const f of rec.keys()) note(table, id as string, f);
          }
        } else {
          const id = ev.path[0] as string;
          for (const f of (ev as Y.YMapEvent<unknown>).keysChanged) note(table, id, f as string);
        }
      }
    };
    map.observeDeep(fn);
    return () => map.unobserveDeep(fn);
  });
  try {
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u, origin);
    }, origin);
  } finally {
    for (const off of observers) off();
  }
  return changes;
}

/** Runs `fn` in one Yjs transaction and returns the update it made (null: nothing changed). */
export function captureUpdate(doc: Y.Doc, fn: () => void, origin: unknown): Uint8Array | null {
  const parts: Uint8Array[] = [];
  const onUpdate = (u: Uint8Array) => parts.push(u);
  doc.on('update', onUpdate);
  try {
    doc.transact(fn, origin);
  } finally {
    doc.off('update', onUpdate);
  }
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
}
