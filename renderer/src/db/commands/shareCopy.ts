import type { Table } from 'dexie';
import { BACKUP_TABLES } from '@shared/domain/backup';
import { CairnDb } from '../schema';
import { enableTeamSync } from '../sync/teamSync';
import type { TeamSettings } from '../sync/syncRows';
import { readAllTables } from './backup';

type AnyTable = Table<Record<string, unknown>, string>;

/**
 * Sharing a workspace: a new team workspace's database gets a copy of every record of the
 * source, which stays as it was. The target is made a team workspace first (while empty), so
 * the one transaction that writes the records also records each of them for upload: it
 * arrives whole or not at all.
 */
export async function copyIntoTeamWorkspace(
  source: CairnDb,
  target: CairnDb,
  team: TeamSettings,
): Promise<number> {
  const tables = await readAllTables(source);
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
    },
  );
  return copied;
}
