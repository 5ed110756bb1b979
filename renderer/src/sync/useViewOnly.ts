import { useLiveQuery } from 'dexie-react-hooks';
import { viewOnlyReason } from '@shared/sync/editRights';
import { db } from '../db/schema';
import { useCanEditKpis, useCanEditOrg, useCanEditUnit } from './useCanEdit';

/** The part of an org unit a view-only reason names. */
interface Named {
  id: string;
  name: string;
  kind: string;
}

/**
 * Why this member may only read a unit's goals ("View only — Sales's goals are edited by its
 * lead"), or null when they may edit them. Disabled controls carry it as their title, so the
 * reason is heard as well as seen; the server refuses such writes on its own.
 */
export function useGoalsViewOnly(unit: Named | null | undefined): string | null {
  const canEdit = useCanEditUnit(unit?.id ?? null);
  if (canEdit || !unit) return null;
  return viewOnlyReason({ kind: 'goals', ownerName: unit.name, person: unit.kind === 'person' });
}

/** The same for a unit known by id (reads its name). */
export function useGoalsViewOnlyOf(unitId: string | null | undefined): string | null {
  const unit = useLiveQuery(async () => (unitId ? db.orgUnits.get(unitId) : undefined), [unitId]);
  const reason = useGoalsViewOnly(unit);
  const canEdit = useCanEditUnit(unitId ?? null);
  // Until the name is read, still say it is view only.
  return canEdit
    ? null
    : (reason ?? viewOnlyReason({ kind: 'goals', ownerName: 'This owner', person: false }));
}

/** Why this member may only read a unit's KPIs, or null. */
export function useKpisViewOnly(unit: Named | null | undefined): string | null {
  const canEdit = useCanEditKpis(unit?.id);
  if (canEdit || !unit) return null;
  return viewOnlyReason({ kind: 'kpis', ownerName: unit.name, person: unit.kind === 'person' });
}

/** Why this member may not change the org tree and cycles, or null. */
export function useOrgViewOnly(): string | null {
  return useCanEditOrg() ? null : viewOnlyReason({ kind: 'org' });
}
