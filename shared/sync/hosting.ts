/**
 * Words about a team hosted from the desktop app, the same wherever they are shown (Settings,
 * the Share dialog, a copied invite).
 */

/** Plain ws:// on the LAN: what a person must know before teammates connect. */
export const HOSTING_UNENCRYPTED =
  'Teammates connect with plain ws://, which is not encrypted: anyone on the same network can ' +
  'read invite codes and plans. Host only on a network you trust, such as your office or home, ' +
  'never on public Wi-Fi.';

/** An invite a person copies and sends to a teammate: where to connect, the code, how. */
export function hostedInviteMessage(
  name: string,
  addresses: readonly string[],
  code: string,
): string {
  const where =
    addresses.length === 0
      ? 'This computer is on no network right now: connect it, then ask me for the address.'
      : addresses.length === 1
        ? `Server address: ${addresses[0]}`
        : `Server address (the one on your network): ${addresses.join(' or ')}`;
  return [
    `${name}, you are invited to our Cairn team.`,
    'In Cairn, choose "Join a team…" and enter:',
    where,
    `Invite code: ${code}`,
    'Tick "Connect without encryption": the server runs on our local network, unencrypted.',
  ].join('\n');
}
