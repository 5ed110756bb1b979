import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CairnDb, SCHEMA_V2, SCHEMA_V3 } from '../../../renderer/src/db/schema';
import { readAllTables, restoreBackup } from '../../../renderer/src/db/commands/backup';
import { backupBeforeUpgrade } from '../../../renderer/src/features/backups/schemaUpgrade';
import { BACKUP_FORMAT_VERSION, restore, serializeBackup } from '../../../shared/domain/backup';
import { describeProblem } from '../../../shared/domain/backupChecks';
import { createDatabase, fixture, fixtureText, freshDb } from './helpers';
import { SHIPPED_V2, SHIPPED_V3 } from './shippedSchemas';

const FIXTURE_V3 = resolve(process.cwd(), 'tests/fixtures/db/v3.json');
const fixtureV3Text = () => readFileSync(FIXTURE_V3, 'utf8');
const fixtureV3 = (): { tables: Record<string, Record<string, unknown>[]> } =>
  JSON.parse(fixtureV3Text());

const canonical = (tables: unknown) =>
  serializeBackup(tables as never, { appVersion: '-', exportedAt: '-' });

const SYNC_ROWS = {
  syncState: [{ key: 'team', value: { memberId: 'mei' } }],
  syncSnapshots: [{ docName: 'org', state: new Uint8Array([1, 2, 3]), upToSeq: 4 }],
  syncRecords: [{ table: 'objectives', id: 'o1', docName: 'unit/a/q4' }],
  mergedChanges: [{ id: 'm1', at: '2026-11-01T00:00:00Z', table: 'objectives', recordId: 'o1' }],
};

describe('version 3: the KPI tables', () => {
  it('is version 2 plus the two KPI tables and an index of objectives by KPI', () => {
    expect(SCHEMA_V2).toEqual(SHIPPED_V2);
    expect(SCHEMA_V3).toEqual(SHIPPED_V3);
  });

  it('upgrades a version-2 team workspace with every record and its sync bookkeeping intact', async () => {
    const name = await createDatabase(2, SHIPPED_V2, { ...fixture().tables, ...SYNC_ROWS });
    const written: string[] = [];
    const db = new CairnDb(name);
    expect(await backupBeforeUpgrade(db, async (t) => void written.push(t), '0.2.0')).toBe(true);
    // The safety backup holds the rows as version 2 wrote them: format 1, upgraded on restore.
    expect(JSON.parse(written[0]!).formatVersion).toBe(1);
    const r = restore(written[0]!);
    expect(r.ok && r.formatVersion).toBe(1);
    expect(r.ok && canonical(r.tables)).toBe(canonical(fixture().tables));
    expect(canonical(await readAllTables(db))).toBe(canonical(fixture().tables));
    expect(db.verno).toBe(4);
    expect(await db.kpis.count()).toBe(0);
    expect(await db.kpiCheckIns.count()).toBe(0);
    expect(await db.syncState.get('team')).toEqual(SYNC_ROWS.syncState[0]);
    expect(await db.syncRecords.toArray()).toEqual(SYNC_ROWS.syncRecords);
    expect(await db.mergedChanges.toArray()).toEqual(SYNC_ROWS.mergedChanges);
    expect(new Uint8Array((await db.syncSnapshots.get('org'))!.state)).toEqual(
      new Uint8Array([1, 2, 3]),
    );
    db.close();
  });

  it("opens a version-3 workspace with its KPIs intact and answers the board's queries", async () => {
    const name = await createDatabase(3, SHIPPED_V3, fixtureV3().tables);
    const db = new CairnDb(name);
    expect(canonical(await readAllTables(db))).toBe(canonical(fixtureV3().tables));
    const team = '00000000-0000-4000-8000-000000000003';
    const uptime = '00000000-0000-4000-8000-000000000070';
    expect(await db.kpis.where('ownerId').equals(team).count()).toBe(2);
    expect(await db.objectives.where('kpiIds').equals(uptime).count()).toBe(1);
    const history = await db.kpiCheckIns
      .where('[kpiId+at]')
      .between([uptime, '2026-10-01'], [uptime, '2026-10-31'])
      .toArray();
    expect(history.map((c) => c.value)).toEqual([99.7, 98.6]);
    db.close();
  });
});

describe('backup format 2', () => {
  it('restores a format-1 backup as format 2, with no KPIs', () => {
    const r = restore(fixtureText());
    expect(BACKUP_FORMAT_VERSION).toBe(2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.formatVersion).toBe(1);
    expect(r.tables.kpis).toEqual([]);
    expect(r.tables.kpiCheckIns).toEqual([]);
    expect(r.tables.objectives).toHaveLength(fixture().tables.objectives!.length);
  });

  it('round-trips the KPIs, their history and the objectives linked to them', async () => {
    const d = freshDb();
    expect((await restoreBackup(fixtureV3Text(), { database: d })).ok).toBe(true);
    const tables = await readAllTables(d);
    expect(canonical(tables)).toBe(canonical(fixtureV3().tables));
    expect(tables.objectives.find((o) => o.kpiIds)?.kpiIds).toEqual([
      '00000000-0000-4000-8000-000000000070',
    ]);
    await d.delete();
  });

  const broken = (edit: (t: Record<string, Record<string, unknown>[]>) => void): string[] => {
    const f = fixtureV3();
    edit(f.tables);
    const r = restore(f);
    return r.ok ? [] : r.problems.map(describeProblem);
  };

  it('refuses bad KPI rows, naming the table, the row and the field', () => {
    expect(broken((t) => void (t.kpis![0]!.criticalAt = 99.9))).toEqual([
      'kpis, row 1 (id 00000000-0000-4000-8000-000000000070) field criticalAt: Critical threshold must be below the warning threshold when higher is better',
    ]);
    expect(broken((t) => void (t.kpiCheckIns![1]!.value = 'Infinity'))).toEqual([
      'kpiCheckIns, row 2 (id 00000000-0000-4000-8000-000000000081) field value: Value must be a finite number, not "Infinity"',
    ]);
    expect(broken((t) => void delete t.kpis![1]!.direction)).toEqual([
      'kpis, row 2 (id 00000000-0000-4000-8000-000000000071) field direction: Direction must be "higher" or "lower" (is better)',
    ]);
  });

  it('refuses a check-in of a KPI, or a KPI link, that is not in the backup', () => {
    expect(broken((t) => void (t.kpiCheckIns![0]!.kpiId = 'gone'))).toEqual([
      'kpiCheckIns, row 1 (id 00000000-0000-4000-8000-000000000080) field kpiId: points to kpis "gone", which is not in the backup',
    ]);
    expect(broken((t) => void (t.kpis = []))).toEqual(
      expect.arrayContaining([expect.stringMatching(/field kpiIds\.0: points to kpis/)]),
    );
  });

  it('refuses a format-2 backup that lacks the KPI tables', () => {
    expect(broken((t) => void delete t.kpiCheckIns)).toEqual([
      'kpiCheckIns: is missing from the backup',
    ]);
  });

  it('writes nothing when a backup is refused', async () => {
    const d = freshDb();
    expect((await restoreBackup(fixtureV3Text(), { database: d })).ok).toBe(true);
    const before = canonical(await readAllTables(d));
    const f = fixtureV3();
    f.tables.kpis![0]!.name = '';
    expect((await restoreBackup(f, { database: d })).ok).toBe(false);
    expect(canonical(await readAllTables(d))).toBe(before);
    await d.delete();
  });
});
