/**
 * The team server address a person types into *Join a team* or *Share this workspace*.
 * `wss://` is accepted anywhere; plain `ws://` only to this machine, because on a network it
 * would carry the invite code and the team's plans unencrypted — unless the person ticks
 * "Connect without encryption" knowing that.
 */

/** Host names that never leave this computer (URL keeps IPv6 in brackets). */
const THIS_MACHINE = new Set(['localhost', '127.0.0.1', '[::1]']);

export const isThisMachine = (hostname: string): boolean =>
  THIS_MACHINE.has(hostname.toLowerCase());

export type ServerAddressCheck =
  | { ok: true; url: string; encrypted: boolean; needsUnencryptedConsent?: undefined }
  | {
      ok: false;
      message: string;
      /** Ticking "Connect without encryption" would accept it. */ needsUnencryptedConsent?: boolean;
    };

const EXAMPLE = 'for example wss://team.example.org';

export function checkServerAddress(text: string, allowUnencrypted = false): ServerAddressCheck {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: `Enter the team server's address, ${EXAMPLE}.` };
  if (trimmed.length > 500) return { ok: false, message: 'That address is too long.' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed))
    return { ok: false, message: `The address must start with wss:// — ${EXAMPLE}.` };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: `"${trimmed}" is not a server address — ${EXAMPLE}.` };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:')
    return {
      ok: false,
      message: `A team server's address starts with wss:// (or ws://), not ${url.protocol}// — ${EXAMPLE}.`,
    };
  if (url.protocol !== 'wss:' && url.protocol !== 'ws:')
    return { ok: false, message: `The address must start with wss:// — ${EXAMPLE}.` };
  if (!url.hostname) return { ok: false, message: `The address names no server — ${EXAMPLE}.` };
  if (url.username || url.password)
    return {
      ok: false,
      message:
        'Leave the user name and password out of the address: your invite code signs you in.',
    };
  if (url.search || url.hash)
    return {
      ok: false,
      message: 'The address must not end in ?… or #… — only the server and port.',
    };
  const encrypted = url.protocol === 'wss:';
  if (!encrypted && !isThisMachine(url.hostname) && !allowUnencrypted)
    return {
      ok: false,
      needsUnencryptedConsent: true,
      message: `ws:// to ${url.hostname} is not encrypted: anyone on the network could read your invite code and the team's plans. Use wss://, or tick "Connect without encryption" if you accept that.`,
    };
  // Without a path URL adds "/"; the server is addressed the way the person wrote it.
  const href = url.pathname === '/' && !trimmed.endsWith('/') ? url.href.slice(0, -1) : url.href;
  return { ok: true, url: href, encrypted };
}
