import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { autoBackupFileName } from '../../shared/backupFiles';
import type { AutoBackupEntry } from '../../shared/host';
import { autoBackupNameSchema } from '../../shared/hostSchemas';
import { writeFileAtomic } from './files';

export const KEEP_DAYS = 10;

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
