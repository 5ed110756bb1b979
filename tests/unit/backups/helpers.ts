import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CairnDb } from '../../../renderer/src/db/schema';
import { readAllTables } from '../../../renderer/src/db/commands/backup';
import { serializeBackup } from '../../../shared/domain/backup';
import { vi } from 'vitest';

// IndexedDB in memory and fast-check runs are slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 30_000 });

export const FIXTURE_V1 = resolve(process.cwd(), 'tests/fixtures/db/v1.json');
export const BAD_DIR = resolve(process.cwd(), 'tests/fixtures/bad-backups');

export const fixtureText = (): string => readFileSync(FIXTURE_V1, 'utf8');
export const fixture = (): { tables: Record<string, Record<string, unknown>[]> } & Record<
  string,
  unknown
> => JSON.parse(fixtureText());

let seq = 0;
/** A database of its own for each test (fake-indexeddb is shared by the whole file). */
export const freshDb = (): CairnDb => new CairnDb(`cairn-test-${Date.now()}-${++seq}`);

/** The workspace as canonical text with a fixed date: equal data gives equal strings. */
export async function snapshot(d: CairnDb): Promise<string> {
  return serializeBackup(await readAllTables(d), { appVersion: 'test', exportedAt: 'fixed' });
}

export const withoutExportedAt = (text: string): string =>
  text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

let older = 0;
/** A real database of an older version, written by a Dexie declared from the literal copy. */
export async function createDatabase(
  version: number,
  stores: Record<string, string>,
  tables: Record<string, unknown[]>,
): Promise<string> {
  const name = `cairn-v${version}-${++older}-${Date.now()}`;
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.transaction('rw', old.tables, async () => {
    for (const t of old.tables) await t.bulkAdd(tables[t.name] ?? []);
  });
  old.close();
  return name;
}
