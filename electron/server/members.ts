import { createHash, randomBytes } from 'node:crypto';
import {
  formatInviteCode,
  INVITE_CODE_BYTES,
  normalizeInviteCode,
} from '../../shared/sync/invites';
import type { TeamStorage } from './storage';
import type { TeamStore } from './store';

/**
 * Invites a person (again): returns the code, which exists only in this return value. A
 * re-invite replaces the person's old code, and a running server disconnects its connections.
 */
export function inviteMember(store: TeamStore, personId: string, admin: boolean): string;
export function inviteMember(
  store: TeamStorage,
  personId: string,
  admin: boolean,
): string | Promise<string>;
export function inviteMember(
  store: TeamStorage,
  personId: string,
  admin: boolean,
): string | Promise<string> {
  const code = formatInviteCode(randomBytes(INVITE_CODE_BYTES));
  const put = store.putMember(personId, hashInviteCode(normalizeInviteCode(code)!), admin);
  // SQLite writes at once, so callers holding a TeamStore get the code without awaiting.
  return put instanceof Promise ? put.then(() => code) : code;
}

/**
 * What the server keeps of a code: a hash of its normalised form. A plain SHA-256 is enough:
 * the code carries 125 random bits, so there is nothing to guess from the hash.
 */
export function hashInviteCode(normalizedCode: string): string {
  return createHash('sha256').update(normalizedCode).digest('hex');
}
