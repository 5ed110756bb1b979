import * as Y from 'yjs';
import type { OrgUnitLink } from '../../shared/sync/permissions';

/**
 * Reads the org tree out of the `org` document. Records live in a Y.Doc as the client writes
 * them (shared/sync/recordDoc*.ts): one top-level Y.Map per Dexie table, keyed by record id,
 * each value a Y.Map of the record's fields. Anything malformed is skipped rather than trusted:
 * a unit the server cannot read grants no rights.
 */
export function readOrgUnits(doc: Y.Doc): OrgUnitLink[] {
  const units: OrgUnitLink[] = [];
  doc.getMap('orgUnits').forEach((value, key) => {
    if (!(value instanceof Y.Map)) return;
    const parentId = value.get('parentId');
    const leadIds = value.get('leadIds');
    const deletedAt = value.get('deletedAt');
    units.push({
      id: key,
      parentId: typeof parentId === 'string' ? parentId : null,
      leadIds: Array.isArray(leadIds)
        ? leadIds.filter((l): l is string => typeof l === 'string')
        : [],
      deletedAt: typeof deletedAt === 'string' ? deletedAt : null,
    });
  });
  return units;
}
