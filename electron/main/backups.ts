import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { autoBackupFileName } from '../../shared/backupFiles';
import type { AutoBackupEntry } from '../../shared/host';
import { autoBackupNameSchema, workspaceIdSchema } from '../../shared/hostSchemas';
import { PERSONAL_ID } from '../../shared/workspaces';
import { writeFileAtomic } from './files';

export const KEEP_DAYS = 10;

/**
 * Where a workspace's rolling backups live: the personal workspace keeps the folder Cairn always
 * used (its old backups still list); each team workspace has a folder of its own, by id, so a
 * restore only ever offers that workspace's backups.
 */
export function autoBackupDir(userData: string, workspaceId: string = PERSONAL_ID): string {
  const id = workspaceIdSchema.parse(workspaceId);
  return id === PERSONAL_ID ? join(userData, 'backups') : join(userData, 'team-backups', id);
}

/** Rolling backups in the user-data folder: write one, then drop those older than 10 days. */
export async function writeAutoBackup(
  dir: string,
  content: string,
  now = new Date(),
): Promise<AutoBackupEntry> {
  await fs.mkdir(dir, { recursive: true });
  const name = autoBackupFileName(now);
  await writeFileAtomic(join(dir, name), content);
  await pruneAutoBackups(dir, now);
  return { name, createdAt: now.toISOString(), bytes: Buffer.byteLength(content) };
}

export async function listAutoBackups(dir: string): Promise<AutoBackupEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  const out: AutoBackupEntry[] = [];
  for (const name of names) {
    if (!autoBackupNameSchema.safeParse(name).success) continue;
    const st = await fs.stat(join(dir, name));
    out.push({ name, createdAt: st.mtime.toISOString(), bytes: st.size });
  }
  return out.sort((a, b) => b.name.localeCompare(a.name));
}

export async function readAutoBackup(dir: string, name: string): Promise<string> {
  const safe = autoBackupNameSchema.parse(name);
  return fs.readFile(join(dir, safe), 'utf8');
}

export async function pruneAutoBackups(dir: string, now: Date): Promise<void> {
  const cutoff = now.getTime() - KEEP_DAYS * 24 * 3600 * 1000;
  for (const b of await listAutoBackups(dir)) {
    if (Date.parse(b.createdAt) < cutoff) await fs.rm(join(dir, b.name), { force: true });
  }
}
