/**
 * Invite codes for a team server. The server prints a code once and keeps only its hash; the
 * person types or pastes it into *Join a team*, and the client sends it as its token on every
 * connection. Both sides normalise through `normalizeInviteCode`, so a code read aloud, typed in
 * lower case or pasted with spaces still matches.
 *
 * Crockford's base32 (no I, L, O, U): 25 characters carry 125 random bits, shown in five groups.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 25;
const GROUP = 5;
/** Random bytes a code needs: 25 characters × 5 bits, rounded up. */
export const INVITE_CODE_BYTES = 16;

/** Writes a code from random bytes (at least INVITE_CODE_BYTES of them). */
export function formatInviteCode(random: Uint8Array): string {
  if (random.length < INVITE_CODE_BYTES) {
    throw new Error(`an invite code needs ${INVITE_CODE_BYTES} random bytes`);
  }
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < LENGTH) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}

/**
 * The canonical form of a code a person entered (upper case, no separators, look-alike letters
 * read as digits), or null when it cannot be a code.
 */
export function normalizeInviteCode(text: string): string | null {
  const plain = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (plain.length !== LENGTH) return null;
  for (const ch of plain) if (!ALPHABET.includes(ch)) return null;
  return plain;
}
