import type { SyncedTable } from '@shared/sync/recordDoc';

/**
 * Cairn's own sync tables (schema version 2; docs/decisions/0007-sync-tables.md). They are
 * this machine's bookkeeping, not workspace data: a backup leaves them out.
 */

/** One Yjs update of one document, in the order it was made or received. */
export interface SyncUpdate {
  seq?: number;
  docName: string;
  update: Uint8Array;
  origin: 'local' | 'remote';
  /** 1 once the server has it (always 1 for a remote update). Numbers: IndexedDB cannot index booleans. */
  pushed: 0 | 1;
  /** Local updates: the fields they wrote (`<table>/<id>/<field>`), for the Merged changes inbox. */
  fields?: string[];
  at: string;
}

/** A document's updates up to `upToSeq` merged into one, so loading it stays fast. */
export interface SyncSnapshot {
  docName: string;
  state: Uint8Array;
  upToSeq: number;
}

/** Which document holds a record now, so a move takes it out of the old one. */
export interface SyncRecord {
  table: SyncedTable;
  id: string;
  docName: string;
}

/** `team`: this workspace is a team workspace, and `memberId` is the person using it. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}
export interface TeamSettings {
  memberId: string;
}

export type MergedChangeKind = 'field' | 'structure';
/**
 * The inbox: a local edit a teammate's concurrent edit overwrote (field, yours, theirs, who,
 * when), or a structural repair made after a merge (kind `structure`, with its message).
 */
export interface MergedChange {
  id: string;
  kind: MergedChangeKind;
  docName: string;
  table: SyncedTable;
  recordId: string;
  field: string;
  yours: unknown;
  theirs: unknown;
  /** The org unit (person) whose edit won; null when unknown. */
  who: string | null;
  /** When the winning edit was made. */
  at: string;
  message?: string;
  /** Set once the user kept theirs or re-applied mine. */
  resolvedAt: string | null;
}

export const SYNC_TABLES = [
  'syncUpdates',
  'syncSnapshots',
  'syncRecords',
  'syncState',
  'mergedChanges',
] as const;
