import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CairnDb, SCHEMA_V3, SCHEMA_V4, TABLE_NAMES } from '../../../renderer/src/db/schema';
import { readAllTables } from '../../../renderer/src/db/commands/backup';
import { backupBeforeUpgrade } from '../../../renderer/src/features/backups/schemaUpgrade';
import { BACKUP_FORMAT_VERSION, restore, serializeBackup } from '../../../shared/domain/backup';
import { countCycleOwners, type CycleOwners } from '../../../shared/domain/ownerList';
import { SHIPPED_V3 } from './shippedSchemas';
import { createDatabase } from './helpers';

const fixtureV3 = (): { tables: Record<string, Record<string, unknown>[]> } =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/db/v3.json'), 'utf8'));

const canonical = (tables: unknown) =>
  serializeBackup(tables as never, { appVersion: '-', exportedAt: '-' });

const byCycle = (a: CycleOwners, b: CycleOwners) => a.cycleId.localeCompare(b.cycleId);

const Q4 = '00000000-0000-4000-8000-000000000011';
const Q3 = '00000000-0000-4000-8000-000000000010';
const ids = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

/** A v3 team workspace's sync bookkeeping, which the upgrade must leave as it is. */
const SYNC_ROWS = {
  syncState: [{ key: 'team', value: { memberId: 'mei' } }],
  syncSnapshots: [{ docName: 'org', state: new Uint8Array([1, 2, 3]), upToSeq: 4 }],
  syncRecords: [{ table: 'objectives', id: ids(1), docName: `unit/${ids(1)}/${Q4}` }],
  syncUpdates: [{ seq: 1, docName: 'org', update: new Uint8Array([7]), origin: 'local' }],
  mergedChanges: [{ id: 'm1', at: '2026-11-01T00:00:00Z', table: 'objectives', recordId: 'o1' }],
};

describe("version 4: each cycle's owner list", () => {
  it('is version 3 plus the owner list, which no backup holds, and key results by feed file', () => {
    expect(SCHEMA_V3).toEqual(SHIPPED_V3);
    expect(SCHEMA_V4).toEqual({
      ...SHIPPED_V3,
      keyResults: 'id, objectiveId, cycleId, ownerId, feed.fileRef',
      cycleOwners: 'cycleId',
    });
    expect(TABLE_NAMES).not.toContain('cycleOwners');
  });

  it('upgrades a version-3 workspace with every record intact and its owner lists counted', async () => {
    const name = await createDatabase(3, SHIPPED_V3, fixtureV3().tables);
    const written: string[] = [];
    const db = new CairnDb(name);
    expect(await backupBeforeUpgrade(db, async (t) => void written.push(t), '0.3.0')).toBe(true);
    // Version 3 rows are backup format 2: the safety backup restores as it was.
    const r = restore(written[0]!);
    expect(r.ok && r.formatVersion).toBe(BACKUP_FORMAT_VERSION);
    expect(r.ok && canonical(r.tables)).toBe(canonical(fixtureV3().tables));

    expect(canonical(await readAllTables(db))).toBe(canonical(fixtureV3().tables));
    expect(db.verno).toBe(4);
    // Q4: the company's objective, Mei's, and a deleted one of another owner (left out).
    expect((await db.cycleOwners.toArray()).sort(byCycle)).toEqual(
      [
        { cycleId: Q3, ownerIds: [ids(4)], counts: [1] },
        { cycleId: Q4, ownerIds: [ids(1), ids(4)], counts: [1, 1] },
      ].sort(byCycle),
    );
    db.close();
  });

  it('upgrades a version-3 team workspace with its sync bookkeeping intact', async () => {
    const name = await createDatabase(3, SHIPPED_V3, { ...fixtureV3().tables, ...SYNC_ROWS });
    const db = new CairnDb(name);
    expect(canonical(await readAllTables(db))).toBe(canonical(fixtureV3().tables));
    expect(await db.syncState.get('team')).toEqual(SYNC_ROWS.syncState[0]);
    expect(await db.syncRecords.toArray()).toEqual(SYNC_ROWS.syncRecords);
    expect(await db.mergedChanges.toArray()).toEqual(SYNC_ROWS.mergedChanges);
    expect((await db.syncUpdates.toArray()).map((u) => [u.seq, u.docName])).toEqual([[1, 'org']]);
    expect((await db.cycleOwners.toArray()).sort(byCycle)).toEqual(
      countCycleOwners(await db.objectives.toArray()).sort(byCycle),
    );
    // Opening did not record the owner list, nor anything else, as a local edit to send.
    expect(await db.syncUpdates.count()).toBe(1);
    db.close();
  });
});
