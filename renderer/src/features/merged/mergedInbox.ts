import { db, type CairnDb } from '../../db/schema';
import { openMergedChanges } from '../../db/sync/inbox';
import type { MergedChange } from '../../db/sync/syncRows';

/** One inbox entry as the Merged changes view shows it: names instead of ids. */
export interface MergedEntry {
  id: string;
  kind: MergedChange['kind'];
  table: string;
  field: string;
  /** The record's title or name ("Grow revenue"); null once it is gone. */
  subject: string | null;
  /** Values with any record they point to replaced by its name (an owner, an objective). */
  yours: unknown;
  theirs: unknown;
  /** The person whose edit won, by name from the org tree; null when not known. */
  who: string | null;
  at: string;
  message: string | null;
}

export interface MergedInbox {
  /** Edits of mine a teammate's overwrote, newest first: Keep mine or Dismiss. */
  changes: MergedEntry[];
  /** Repairs made after a merge (loops broken, orphans removed): read and dismiss. */
  needsAttention: MergedEntry[];
}

type Named = { id: string; title?: string; name?: string };

/**
 * What the Merged changes view lists: the open entries of the inbox, split into overwritten
 * edits and structure repairs, with people and records named. Reads only the records the
 * entries mention.
 */
export async function loadMergedInbox(database: CairnDb = db): Promise<MergedInbox> {
  const open = await openMergedChanges(database);
  const ids = new Set<string>();
  const mentioned = (v: unknown): void => {
    if (typeof v === 'string') ids.add(v);
    else if (Array.isArray(v)) v.forEach(mentioned);
    else if (v && typeof v === 'object' && 'id' in v && typeof v.id === 'string') ids.add(v.id);
  };
  for (const c of open) {
    ids.add(c.recordId);
    if (c.who) ids.add(c.who);
    mentioned(c.yours);
    mentioned(c.theirs);
  }
  const keys = [...ids];
  const names = new Map<string, string>();
  for (const table of ['orgUnits', 'cycles', 'objectives', 'keyResults', 'initiatives'])
    for (const r of (await database.table(table).bulkGet(keys)) as (Named | undefined)[])
      if (r) names.set(r.id, r.title ?? r.name ?? r.id);
  const named = (v: unknown): unknown => {
    if (typeof v === 'string') return names.get(v) ?? v;
    if (Array.isArray(v)) return v.map(named);
    if (v && typeof v === 'object' && 'id' in v && typeof v.id === 'string')
      return names.get(v.id) ?? v;
    return v;
  };
  const entries = open.map((c): MergedEntry => ({
    id: c.id,
    kind: c.kind,
    table: c.table,
    field: c.field,
    subject: names.get(c.recordId) ?? null,
    yours: named(c.yours),
    theirs: named(c.theirs),
    who: c.who ? (names.get(c.who) ?? null) : null,
    at: c.at,
    message: c.message ?? null,
  }));
  return {
    changes: entries.filter((e) => e.kind === 'field'),
    needsAttention: entries.filter((e) => e.kind === 'structure'),
  };
}
