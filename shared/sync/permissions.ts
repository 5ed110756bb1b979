import { parseDocumentName } from './documentNames';

/**
 * Who may do what to a team document: the sync server calls this on every connection to every
 * document, with the org tree as the server holds it (the `org` document), so a client cannot
 * grant itself rights by editing its own copy of the tree.
 */
export type DocumentAccess = 'write' | 'read' | 'none';

/** A member of the team server: the person (an org unit of kind person) an invite named. */
export interface SyncMember {
  personId: string;
  admin: boolean;
}

/** The part of an org unit the rule reads. */
export interface OrgUnitLink {
  id: string;
  parentId: string | null;
  leadIds?: readonly string[] | undefined;
  deletedAt?: string | null | undefined;
}

/**
 * - `org`: admins write; every other member reads.
 * - `planning/<cycle>`: every member writes (votes and comments are everyone's).
 * - `unit/<owner>/<cycle>`: the owner person writes their own; a lead of the owner unit or of
 *   any unit above it writes it; everyone else reads.
 * - `kpis/<owner>`: like the owner's `unit/…` documents.
 * - any other name: refused.
 * A deleted unit's leads lose their rights through it; a loop in the tree (tolerated on read)
 * ends the walk instead of hanging it.
 */
export function documentAccess(
  documentName: string,
  member: SyncMember,
  units: readonly OrgUnitLink[],
): DocumentAccess {
  const name = parseDocumentName(documentName);
  if (!name) return 'none';
  switch (name.kind) {
    case 'org':
      return member.admin ? 'write' : 'read';
    case 'planning':
      return 'write';
    case 'unit':
    case 'kpis':
      if (name.ownerId === member.personId) return 'write';
      return leadsUnitOrAbove(member.personId, name.ownerId, units) ? 'write' : 'read';
  }
}

function leadsUnitOrAbove(
  personId: string,
  unitId: string,
  units: readonly OrgUnitLink[],
): boolean {
  const byId = new Map(units.map((u) => [u.id, u]));
  const seen = new Set<string>();
  let current = byId.get(unitId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    if (!current.deletedAt && current.leadIds?.includes(personId)) return true;
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return false;
}

/**
 * The org tree as the person sharing a workspace uploads it: they lead its top units, so the
 * server lets them write every unit's goals they are uploading (an admin alone writes only the
 * org tree and cycles; a refused unit document would be reset to the server's empty copy).
 */
export function withSharerLeadingTop<T extends OrgUnitLink & { kind?: string }>(
  units: readonly T[],
  personId: string,
): T[] {
  return units.map((u) =>
    u.parentId === null && u.kind !== 'person' && !u.leadIds?.includes(personId)
      ? { ...u, leadIds: [...(u.leadIds ?? []), personId] }
      : u,
  );
}
