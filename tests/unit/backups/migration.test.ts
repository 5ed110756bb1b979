import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  CairnDb,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V4,
  TABLE_NAMES,
} from '../../../renderer/src/db/schema';
import { readAllTables } from '../../../renderer/src/db/commands/backup';
import {
  backupBeforeUpgrade,
  reloadOnSchemaUpgrade,
} from '../../../renderer/src/features/backups/schemaUpgrade';
import { restore, serializeBackup } from '../../../shared/domain/backup';
import { fixture } from './helpers';

/**
 * Version 1 exactly as it shipped. Never edit: a schema change is a new version (see
 * docs/decisions/0003-append-only-schema.md). The first test fails if SCHEMA_V1 drifts.
 */
const SHIPPED_V1 = {
  orgUnits: 'id, parentId, kind',
  cycles: 'id, start, state',
  objectives: 'id, cycleId, ownerId, [cycleId+ownerId], alignedTo.id, carriedFromId',
  keyResults: 'id, objectiveId, cycleId, ownerId',
  checkIns: 'id, keyResultId, [keyResultId+at], ownerId, at',
  initiatives: 'id, keyResultId, ownerId',
  scores: 'id, cycleId, keyResultId',
  retros: 'id, cycleId, objectiveId',
  comments: 'id, objectiveId',
  votes: 'id, cycleId, objectiveId, [cycleId+voter]',
  dismissals: 'id, subjectId, ruleId',
  templates: 'id, category',
  settings: 'key',
};

let seq = 0;
/** A real version-1 IndexedDB holding the fixture, written without any of today's code. */
async function createV1Database(): Promise<string> {
  const name = `cairn-v1-${++seq}-${Date.now()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  const f = fixture();
  await v1.transaction('rw', v1.tables, async () => {
    for (const t of v1.tables) await t.bulkAdd(f.tables[t.name] ?? []);
  });
  v1.close();
  return name;
}

const canonical = (tables: unknown) =>
  serializeBackup(tables as never, { appVersion: '-', exportedAt: '-' });

/** What a version 5 could look like: an added index and an upgrade that fills a field. */
class CairnDbNext extends CairnDb {
  constructor(name: string) {
    super(name);
    this.version(5)
      .stores({ ...SCHEMA_V4, objectives: `${SCHEMA_V4.objectives}, planState` })
      .upgrade((tx) => tx.table('settings').put({ key: 'upgradedToNext', value: true }));
  }
}

describe('the schema is append-only', () => {
  it('keeps version 1 as it shipped', () => {
    expect(SCHEMA_V1).toEqual(SHIPPED_V1);
    // Version 3 added the KPI tables to the workspace (what a backup holds).
    expect(TABLE_NAMES).toEqual([...Object.keys(SHIPPED_V1), 'kpis', 'kpiCheckIns']);
  });
});

describe('a version-1 database opened by the current code', () => {
  it('has every record of every table intact', async () => {
    const name = await createV1Database();
    const db = new CairnDb(name);
    const tables = await readAllTables(db);
    for (const t of TABLE_NAMES)
      expect(tables[t].length, t).toBe((fixture().tables[t] ?? []).length);
    expect(canonical(tables)).toBe(canonical(fixture().tables));
    expect(restore({ ...fixture(), tables }).ok).toBe(true);
    db.close();
  });

  it('answers the indexed queries views make', async () => {
    const db = new CairnDb(await createV1Database());
    const q4 = '00000000-0000-4000-8000-000000000011';
    expect(await db.objectives.where('cycleId').equals(q4).count()).toBe(3);
    expect(
      await db.checkIns
        .where('[keyResultId+at]')
        .between(
          ['00000000-0000-4000-8000-000000000030', '2026-10-01'],
          ['00000000-0000-4000-8000-000000000030', '2026-10-31'],
        )
        .count(),
    ).toBe(2);
    db.close();
  });
});

describe('version 2: the team sync tables', () => {
  it('upgrades a version-1 database with every record intact and empty sync tables', async () => {
    const name = await createV1Database();
    const written: string[] = [];
    const db = new CairnDb(name);
    expect(await backupBeforeUpgrade(db, async (t) => void written.push(t), '0.2.0')).toBe(true);
    expect(canonical((restore(written[0]!) as { tables: unknown }).tables)).toBe(
      canonical(fixture().tables),
    );
    expect(canonical(await readAllTables(db))).toBe(canonical(fixture().tables));
    expect(db.verno).toBe(4);
    for (const t of ['syncUpdates', 'syncSnapshots', 'syncRecords', 'syncState', 'mergedChanges'])
      expect(await db.table(t).count(), t).toBe(0);
    db.close();
  });

  it('keeps version 2 to version 1 plus the sync tables', () => {
    expect(Object.keys(SCHEMA_V2).filter((t) => !(t in SCHEMA_V1))).toEqual([
      'syncUpdates',
      'syncSnapshots',
      'syncRecords',
      'syncState',
      'mergedChanges',
    ]);
    for (const t of Object.keys(SHIPPED_V1) as (keyof typeof SCHEMA_V1)[])
      expect(SCHEMA_V2[t]).toBe(SCHEMA_V1[t]);
  });
});

describe('before a schema upgrade', () => {
  it('backs up the old data as it is, then the upgrade keeps every record', async () => {
    const name = await createV1Database();
    const written: string[] = [];
    const v2 = new CairnDbNext(name);
    expect(await backupBeforeUpgrade(v2, async (t) => void written.push(t), '0.2.0')).toBe(true);
    expect(written).toHaveLength(1);
    const r = restore(written[0]!);
    expect(r.ok && canonical(r.tables)).toBe(canonical(fixture().tables));
    const after = await readAllTables(v2);
    expect(after.objectives).toEqual(
      expect.arrayContaining(
        fixture().tables.objectives!.map((o) => expect.objectContaining({ id: o.id })),
      ),
    );
    expect(await v2.settings.get('upgradedToNext')).toEqual({ key: 'upgradedToNext', value: true });
    v2.close();
  });

  it('writes nothing when no upgrade is due, or when there is no database yet', async () => {
    const write = vi.fn(async () => {});
    const name = await createV1Database();
    const upgraded = new CairnDb(name);
    await upgraded.open();
    upgraded.close();
    expect(await backupBeforeUpgrade(new CairnDb(name), write, '0.1.0')).toBe(false);
    expect(await backupBeforeUpgrade(new CairnDb('never-created'), write, '0.1.0')).toBe(false);
    expect(write).not.toHaveBeenCalled();
  });
});

describe('several windows', () => {
  it('a window on the old schema closes its connection and reloads when another upgrades', async () => {
    const name = await createV1Database();
    const oldWindow = new CairnDb(name);
    await oldWindow.open();
    const notify = vi.fn();
    const reload = vi.fn();
    reloadOnSchemaUpgrade(oldWindow, notify, reload, 0);
    const newWindow = new CairnDbNext(name);
    await newWindow.open();
    await new Promise((r) => setTimeout(r, 10));
    expect(notify).toHaveBeenCalledWith(expect.stringMatching(/reloads/));
    expect(reload).toHaveBeenCalledOnce();
    expect(oldWindow.isOpen()).toBe(false);
    newWindow.close();
  });
});
