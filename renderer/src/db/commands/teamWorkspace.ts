import type { Table } from 'dexie';
import { BACKUP_TABLES } from '@shared/domain/backup';
import { withSharerLeadingTop } from '@shared/sync/permissions';
import { SETTING } from '../bootstrap';
import { CairnDb } from '../schema';
import { enableTeamSync } from '../sync/teamSync';
import type { TeamSettings } from '../sync/syncRows';
import { readAllTables } from './backup';

type AnyTable = Table<Record<string, unknown>, string>;

/**
 * Settings are this computer's (never synced): in a team workspace "me" is the member the
 * invite names, and there is no welcome dialog — its sample data would be uploaded to the team.
 */
const teamSettings = (team: TeamSettings) => [
  { key: SETTING.me, value: team.memberId },
  { key: SETTING.onboarding, value: 'done' },
];

/** Joining a team: an empty team workspace, filled by sync, for the member the server named. */
export async function startJoinedWorkspace(target: CairnDb, team: TeamSettings): Promise<void> {
  await enableTeamSync(target, team);
  await target.transaction('rw', target.settings, () =>
    target.settings.bulkPut(teamSettings(team)),
  );
}

/**
 * Sharing a workspace: a new team workspace's database gets a copy of every record of the
 * source, which stays as it was. The target is made a team workspace first (while empty), so
 * the one transaction that writes the records also records each of them for upload: it
 * arrives whole or not at all. The sharer leads the top of the copied org tree, or the server
 * would refuse the goals of units they do not lead.
 */
export async function copyIntoTeamWorkspace(
  source: CairnDb,
  target: CairnDb,
  team: TeamSettings,
): Promise<number> {
  const tables = await readAllTables(source);
  tables.orgUnits = withSharerLeadingTop(tables.orgUnits, team.memberId);
  await enableTeamSync(target, team);
  let copied = 0;
  await target.transaction(
    'rw',
    BACKUP_TABLES.map((t) => target.table(t)),
    async () => {
      for (const t of BACKUP_TABLES) {
        const rows = tables[t] as unknown as Record<string, unknown>[];
        if (!rows.length) continue;
        await (target.table(t) as unknown as AnyTable).bulkAdd(rows);
        copied += rows.length;
      }
      await target.settings.bulkPut(teamSettings(team));
    },
  );
  return copied;
}
