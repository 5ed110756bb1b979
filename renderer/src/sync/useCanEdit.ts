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
