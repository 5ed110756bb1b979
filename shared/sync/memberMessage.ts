import type { SyncMember } from './permissions';

/**
 * "Who am I": the server tells a client, on every document it connects to, which member its
 * invite code names and whether they are an admin. A stateless Hocuspocus message, so it needs
 * no document and never becomes part of one. The client reads rights from it (`documentAccess`)
 * and never from its own copy of the invite.
 */
const KIND = 'cairn/member';

export function formatMemberMessage(member: SyncMember): string {
  return JSON.stringify({ kind: KIND, memberId: member.personId, admin: member.admin });
}

/** The member a stateless payload names; null for any other payload. */
export function parseMemberMessage(payload: string): SyncMember | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kind !== KIND || typeof v.memberId !== 'string' || typeof v.admin !== 'boolean')
    return null;
  return { personId: v.memberId, admin: v.admin };
}
