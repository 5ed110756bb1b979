import { formatDocumentName } from './documentNames';
import { documentAccess, type OrgUnitLink, type SyncMember } from './permissions';
import { placeRecord, type Parents } from './placement';
import type { Row, SyncedTable } from './recordDoc';
import { possessive } from '../format/possessive';

/**
 * What the edit controls may offer (issue 16, "the UI disables editing of documents you may
 * only read"): a record is editable when the member may write the document it syncs in. The
 * record's document comes from `placeRecord` — the same placement the sync recorder uses — and
 * the answer from `documentAccess` — the same rule the server holds — so a control the UI
 * offers is a write the server accepts. The server still refuses on its own; this never
 * replaces it.
 *
 * `WriteCheck` is a member's rights over the org tree: `writeCheck(member, units)` here, or the
 * open team workspace's transport (`TeamSyncHandle.canWrite`, which runs the same rule). No
 * check (null) is a personal workspace, where everything is editable.
 */
export type WriteCheck = (documentName: string) => boolean;

export function writeCheck(member: SyncMember, units: readonly OrgUnitLink[]): WriteCheck {
  return (name) => documentAccess(name, member, units) === 'write';
}

/**
 * May the member write this record? Objectives, key results, scores and retros go by their
 * owner unit's document; check-ins and initiatives by their key result's; KPIs and KPI
 * check-ins by the unit's KPIs document; org units and cycles by the org document; votes and
 * comments by the cycle's planning document; a record that never leaves this computer (a
 * private objective and all under it) is always editable.
 */
export function mayWriteRecord(
  table: SyncedTable,
  row: Row,
  parents: Parents,
  check: WriteCheck | null,
): boolean {
  if (!check) return true;
  const name = placeRecord(table, row, parents);
  return name === null || check(name);
}

/** May the member change what a unit owns: its goals in any cycle (the owner decides). */
export function mayWriteUnitGoals(unitId: string, check: WriteCheck | null): boolean {
  if (!check) return true;
  // The owner alone decides a unit document's writers; any cycle id stands for all of them.
  return writeName(check, () =>
    formatDocumentName({ kind: 'unit', ownerId: unitId, cycleId: 'any' }),
  );
}

/** May the member add, edit, check in or delete a unit's KPIs. */
export function mayWriteUnitKpis(unitId: string, check: WriteCheck | null): boolean {
  if (!check) return true;
  return writeName(check, () => formatDocumentName({ kind: 'kpis', ownerId: unitId }));
}

/** May the member change the org tree and the cycles (admins, in a team workspace). */
export function mayWriteOrg(check: WriteCheck | null): boolean {
  return !check || check('org');
}

/** May the member vote and comment in a cycle's planning. */
export function mayWritePlanning(cycleId: string, check: WriteCheck | null): boolean {
  if (!check) return true;
  return writeName(check, () => formatDocumentName({ kind: 'planning', cycleId }));
}

function writeName(check: WriteCheck, make: () => string): boolean {
  try {
    return check(make());
  } catch {
    // An id no document can hold (not one Cairn makes) never syncs: it stays editable here.
    return true;
  }
}

/** What a disabled control says about why (its title / description). */
export type ViewOnlyWhat =
  | { kind: 'goals'; ownerName: string; person: boolean }
  | { kind: 'kpis'; ownerName: string; person: boolean }
  | { kind: 'org' }
  | { kind: 'planning' };

export function viewOnlyReason(what: ViewOnlyWhat): string {
  switch (what.kind) {
    case 'goals':
    case 'kpis': {
      const things = what.kind === 'goals' ? 'goals' : 'KPIs';
      const who = what.person ? 'them and their leads' : 'its lead';
      return `View only — ${possessive(what.ownerName)} ${things} are edited by ${who}`;
    }
    case 'org':
      return "View only — the org tree and cycles are edited by the team's admins";
    case 'planning':
      return "View only — this cycle's planning is not open to you";
  }
}
