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
