import { formatDocumentName } from './documentNames';
import { documentAccess, type OrgUnitLink, type SyncMember } from './permissions';

/**
 * The documents a team member's client keeps in sync: the org tree, each cycle's planning
 * document, every unit's document for every cycle and every unit's KPIs — everyone reads
 * them all. A member
 * who joins with nothing learns the units and cycles from `org`, then the rest follows.
 * Deleted units and cycles get no new documents (one that holds data still syncs: the
 * caller adds the names it already stores).
 */
interface Live {
  id: string;
  deletedAt?: string | null | undefined;
}

export function teamDocumentNames(units: readonly Live[], cycles: readonly Live[]): string[] {
  const names = new Set<string>(['org']);
  const add = (make: () => string) => {
    try {
      names.add(make());
    } catch {
      // An id that cannot be part of a document name was never placed in one.
    }
  };
  for (const unit of units)
    if (!unit.deletedAt) add(() => formatDocumentName({ kind: 'kpis', ownerId: unit.id }));
  const liveCycles = cycles.filter((c) => !c.deletedAt);
  for (const cycle of liveCycles) {
    add(() => formatDocumentName({ kind: 'planning', cycleId: cycle.id }));
    for (const unit of units)
      if (!unit.deletedAt)
        add(() => formatDocumentName({ kind: 'unit', ownerId: unit.id, cycleId: cycle.id }));
  }
  return [...names].sort();
}

/** Whether this member may change the objectives (and all under them) an org unit owns. */
export function canWriteUnit(
  unitId: string,
  member: SyncMember,
  units: readonly OrgUnitLink[],
): boolean {
  // The owner alone decides a unit document's writers; any cycle id stands for all of them.
  return documentAccess(`unit/${unitId}/any`, member, units) === 'write';
}
