import {
  mayWriteOrg,
  mayWritePlanning,
  mayWriteRecord,
  mayWriteUnitKpis,
  type WriteCheck,
} from '@shared/sync/editRights';
import type { Parents } from '@shared/sync/placement';
import type { Row, SyncedTable } from '@shared/sync/recordDoc';
import { activeTeamSync, useSyncStatus } from './active';

/** The part of a record that decides which team document holds it. */
interface Placed {
  ownerId: string;
  cycleId: string;
  private?: boolean | undefined;
}

/**
 * Whether this person may change an objective (and its key results): always in a personal
 * workspace and for a private objective (it never leaves this computer); in a team one, when
 * the server's rule (`documentAccess`) lets this member write its owner's document. The
 * server holds the same rule, so what this allows is what it accepts.
 */
export function useCanEdit(record: Placed | null | undefined): boolean {
  // Re-renders when the member, the org tree or the server's answer changes.
  useSyncStatus();
  const sync = activeTeamSync();
  if (!sync || !record || record.private) return true;
  return sync.canWrite(`unit/${record.ownerId}/${record.cycleId}`);
}

/** Whether this person may change what an org unit owns (any cycle: the owner decides). */
export function useCanEditUnit(unitId: string | null): boolean {
  useSyncStatus();
  const sync = activeTeamSync();
  if (!sync || !unitId) return true;
  return sync.canWrite(`unit/${unitId}/any`);
}

/**
 * The open team workspace's rights as the shared rule reads them (shared/sync/editRights.ts);
 * null in a personal workspace. Outside React (the command palette, keyboard commands) it is
 * read at the moment of acting.
 */
export function currentWriteCheck(): WriteCheck | null {
  const sync = activeTeamSync();
  return sync ? (name) => sync.canWrite(name) : null;
}

/** The same, re-read whenever the member, the org tree or the server's answer changes. */
export function useWriteCheck(): WriteCheck | null {
  useSyncStatus();
  return currentWriteCheck();
}

/** Whether this member may write a record (`mayWriteRecord`: its document's rights). */
export function useCanEditRecord(
  table: SyncedTable,
  row: Row | null | undefined,
  parents: Parents = {},
): boolean {
  const check = useWriteCheck();
  return !row || mayWriteRecord(table, row, parents, check);
}

/** Whether this member may add, edit, check in or delete a unit's KPIs. */
export function useCanEditKpis(unitId: string | null | undefined): boolean {
  const check = useWriteCheck();
  return !unitId || mayWriteUnitKpis(unitId, check);
}

/** Whether this member may change the org tree and the cycles (admins, in a team workspace). */
export function useCanEditOrg(): boolean {
  return mayWriteOrg(useWriteCheck());
}

/** Whether this member may vote and comment in a cycle's planning. */
export function useCanEditPlanning(cycleId: string | null | undefined): boolean {
  const check = useWriteCheck();
  return !cycleId || mayWritePlanning(cycleId, check);
}
