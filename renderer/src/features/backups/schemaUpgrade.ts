import Dexie from 'dexie';
import { BACKUP_FORMAT_VERSION, serializeBackup } from '@shared/domain/backup';
import type { BackupTables } from '@shared/domain/backupTables';
import type { CairnDb } from '../../db/schema';

/**
 * Another window opened the database with a newer schema: this window's connection is
 * closed (Dexie's default), so it reloads to pick up the new code instead of writing with
 * the old schema. `notify` tells the user why the window is about to reload.
 */
export function reloadOnSchemaUpgrade(
  database: CairnDb,
  notify: (message: string) => void,
  reload: () => void = () => window.location.reload(),
  delayMs = 1500,
): void {
  database.on('versionchange', () => {
    database.close();
    notify('Cairn was updated in another window; this window reloads to use the new version.');
    setTimeout(reload, delayMs);
    return false;
  });
}

/** The version on disk, or null when the database does not exist yet. */
async function versionOnDisk(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined') return null;
  if (indexedDB.databases) {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return found?.version ? found.version / 10 : null;
  }
  return (await Dexie.exists(name)) ? 0 : null;
}

/** The backup format whose rows a schema version holds (version 3 added the KPI tables). */
export const formatOfSchema = (verno: number): number => (verno < 3 ? 1 : BACKUP_FORMAT_VERSION);

/**
 * Before the current code opens an older database (and Dexie runs the upgrade), reads the
 * old data as it is and hands a backup of it to `write`. Returns whether one was written.
 * Run before anything opens `database`.
 */
export async function backupBeforeUpgrade(
  database: CairnDb,
  write: (text: string) => Promise<unknown>,
  appVersion: string,
): Promise<boolean> {
  const onDisk = await versionOnDisk(database.name);
  if (onDisk === null || (onDisk > 0 && onDisk >= database.verno)) return false;
  // Dynamic mode: no declared version, so the database opens as it is, without upgrading.
  const old = new Dexie(database.name);
  // If this window's own upgrade starts meanwhile, it waits for this read instead of cutting it.
  old.on('versionchange', () => false);
  try {
    await old.open();
    if (old.verno >= database.verno) return false;
    const tables: Record<string, unknown[]> = {};
    await old.transaction('r', old.tables, async () => {
      for (const t of old.tables) tables[t.name] = await t.toArray();
    });
    const text = serializeBackup(tables as Partial<BackupTables>, {
      appVersion,
      exportedAt: new Date().toISOString(),
      formatVersion: formatOfSchema(old.verno),
    });
    await write(text);
    return true;
  } finally {
    old.close();
  }
}
