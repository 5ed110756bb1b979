/**
 * The names of a team workspace's Yjs documents. One writer group per document, so the sync
 * server can decide permissions per document (docs/architecture.md, "Team sync"):
 * - `org` — the org tree and the cycles; admins write it.
 * - `unit/<ownerId>/<cycleId>` — one owner unit's objectives, key results, initiatives, scores,
 *   retrospectives and check-ins in one cycle; the owner (a person) writes it, and so do the
 *   leads (`OrgUnit.leadIds`) of the owner unit or of any unit above it.
 * - `planning/<cycleId>` — the cycle's planning votes and comments; every member writes it.
 * - `kpis/<ownerId>` — one owner unit's KPIs and their check-ins (KPIs are not bound to a
 *   cycle); written by the same people as that unit's `unit/…` documents.
 * Ids are the records' UUIDs, which never contain a slash. The server decides with
 * `documentAccess` (permissions.ts) and refuses any name `parseDocumentName` does not read.
 */
export type DocumentName =
  | { kind: 'org' }
  | { kind: 'unit'; ownerId: string; cycleId: string }
  | { kind: 'planning'; cycleId: string }
  | { kind: 'kpis'; ownerId: string };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function formatDocumentName(name: DocumentName): string {
  switch (name.kind) {
    case 'org':
      return 'org';
    case 'unit':
      return `unit/${checkId(name.ownerId)}/${checkId(name.cycleId)}`;
    case 'planning':
      return `planning/${checkId(name.cycleId)}`;
    case 'kpis':
      return `kpis/${checkId(name.ownerId)}`;
  }
}

/** Reads a document name sent by a client; null for anything that is not one of ours. */
export function parseDocumentName(text: string): DocumentName | null {
  if (text === 'org') return { kind: 'org' };
  const parts = text.split('/');
  if (parts[0] === 'unit' && parts.length === 3 && ID.test(parts[1]!) && ID.test(parts[2]!)) {
    return { kind: 'unit', ownerId: parts[1]!, cycleId: parts[2]! };
  }
  if (parts[0] === 'planning' && parts.length === 2 && ID.test(parts[1]!)) {
    return { kind: 'planning', cycleId: parts[1]! };
  }
  if (parts[0] === 'kpis' && parts.length === 2 && ID.test(parts[1]!)) {
    return { kind: 'kpis', ownerId: parts[1]! };
  }
  return null;
}

/** Whether text can be a record id inside a document name (a person named by an invite, too). */
export function isRecordId(text: string): boolean {
  return ID.test(text);
}

function checkId(id: string): string {
  if (!isRecordId(id)) throw new Error(`"${id}" is not a record id`);
  return id;
}
