import type { SyncMember } from '@shared/sync/permissions';
import type { CairnDb } from '../db/schema';
import type { TeamSettings } from '../db/sync/syncRows';

/** syncState key: who the server last said this member is, for rights while offline. */
const MEMBER_KEY = 'member';

/** Until the server says otherwise: the member the workspace was joined as, no admin rights. */
export async function memberAtStart(db: CairnDb, team: TeamSettings): Promise<SyncMember> {
  const stored = (await db.syncState.get(MEMBER_KEY))?.value as SyncMember | undefined;
  return stored?.personId === team.memberId ? stored : { personId: team.memberId, admin: false };
}

/** Keeps what the server said, when it differs from what was kept. */
export async function keepMember(
  db: CairnDb,
  was: SyncMember | null,
  member: SyncMember,
): Promise<void> {
  if (was?.personId === member.personId && was.admin === member.admin) return;
  await db.syncState.put({ key: MEMBER_KEY, value: member });
}
