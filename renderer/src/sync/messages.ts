import { possessive } from '@shared/format';

/** What the person reads when the team server turns them away. */

export const REVOKED_MESSAGE =
  'Your invite was revoked, so this workspace no longer syncs. Everything here stays on this computer; ask your team’s admin for a new code to join again.';

export const INVALID_CODE_MESSAGE = 'This invite code is not valid or was revoked';

export const unreachableMessage = (url: string) => `Cannot reach ${url} — check the address`;

export function refusedMessage(reason: string): string {
  return reason === 'permission-denied'
    ? INVALID_CODE_MESSAGE
    : `The team server refused this workspace (${reason})`;
}

/** A write the server dropped: what this member may only view, by the document's owner. */
export function refusedWriteMessage(
  docName: string,
  units: readonly { id: string; name: string }[],
): string {
  const owner = /^(unit|kpis)\//.test(docName) ? docName.split('/')[1] : null;
  const unit = owner ? units.find((u) => u.id === owner)?.name : null;
  const what =
    docName === 'org'
      ? 'the org tree and cycles'
      : unit
        ? `${possessive(unit)} ${docName.startsWith('kpis/') ? 'KPIs' : 'objectives'}`
        : 'these records';
  return `Your change was not saved: you may only view ${what}. Your copy now matches the team's.`;
}
