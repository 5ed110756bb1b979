import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '../../../renderer/src/db/schema';
import { exportBackup, restoreBackup } from '../../../renderer/src/db/commands/backup';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  restore,
  serializeBackup,
} from '../../../shared/domain/backup';
import { fixture, fixtureText, freshDb, snapshot, withoutExportedAt } from './helpers';

describe('the backup format', () => {
  it('lists exactly the tables of the Dexie schema, in the same order', () => {
    expect([...BACKUP_TABLES]).toEqual(TABLE_NAMES);
  });

  it('writes format name, format version, app version, date and every table', async () => {
    const d = freshDb();
    await restoreBackup(fixtureText(), { database: d });
    const { text } = await exportBackup('9.9.9', d, new Date('2026-11-25T12:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: '9.9.9',
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(Object.keys(file.tables)).toEqual(TABLE_NAMES);
    for (const t of TABLE_NAMES)
      expect(file.tables[t].length, t).toBe((fixture().tables[t] ?? []).length);
  });

  it('sorts rows by id and keys by name, so the same data always gives the same text', () => {
    const f = fixture();
    const shuffled = Object.fromEntries(
      Object.entries(f.tables).map(([t, rows]) => [
        t,
        [...rows].reverse().map((r) => Object.fromEntries(Object.entries(r).reverse())),
      ]),
    );
    const meta = { appVersion: '1', exportedAt: 'x' };
    expect(serializeBackup(shuffled, meta)).toBe(serializeBackup(f.tables as never, meta));
  });
});

describe('backup → wipe → restore → backup', () => {
  it('gives an identical file but for the export date', async () => {
    const a = freshDb();
    expect((await restoreBackup(fixtureText(), { database: a })).ok).toBe(true);
    const first = await exportBackup('0.1.0', a, new Date('2026-11-25T10:00:00Z'));
    await a.delete();
    const b = freshDb();
    const r = await restoreBackup(first.text, { database: b });
    expect(r.ok).toBe(true);
    const second = await exportBackup('0.1.0', b, new Date('2026-11-26T08:00:00Z'));
    expect(second.text).not.toBe(first.text);
    expect(withoutExportedAt(second.text)).toBe(withoutExportedAt(first.text));
  });

  it('keeps odd but valid text verbatim: emoji, right-to-left, control characters, markup', async () => {
    const f = fixture();
    const odd =
      'Tab\there, bell \u0007, RTL \u202Eolleh\u202C, עברית, 🧗‍♀️, <script>alert(1)</script>';
    f.tables.objectives![0]!.description = odd;
    f.tables.comments![0]!.text = odd;
    const d = freshDb();
    expect((await restoreBackup(JSON.stringify(f), { database: d })).ok).toBe(true);
    expect((await d.objectives.get(String(f.tables.objectives![0]!.id)))?.description).toBe(odd);
    expect((await d.comments.toArray())[0]?.text).toBe(odd);
  });

  it('replaces the whole workspace: records not in the backup are gone afterwards', async () => {
    const d = freshDb();
    await d.orgUnits.add({
      id: 'stray',
      kind: 'company',
      name: 'Old',
      parentId: null,
      createdAt: 'a',
      updatedAt: 'a',
    });
    await restoreBackup(fixtureText(), { database: d });
    expect(await d.orgUnits.get('stray')).toBeUndefined();
    expect(await d.orgUnits.count()).toBe(fixture().tables.orgUnits!.length);
  });

  it('runs the safety backup between validation and the write, and not at all for a refused file', async () => {
    const d = freshDb();
    const calls: string[] = [];
    await restoreBackup('{"format":"cairn-backup"', {
      database: d,
      before: async () => void calls.push('bad'),
    });
    await restoreBackup(fixtureText(), {
      database: d,
      before: async () => void calls.push(await snapshot(d)),
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).not.toContain('Northwind');
  });

  it('reports progress up to the number of rows', async () => {
    const seen: number[] = [];
    const total = Object.values(fixture().tables).reduce((n, rows) => n + rows.length, 0);
    await restoreBackup(fixtureText(), {
      database: freshDb(),
      onProgress: (done, all) => (expect(all).toBe(total), seen.push(done)),
    });
    expect(seen[seen.length - 1]).toBe(total);
  });

  it('accepts a parsed object as well as text', () => {
    expect(restore(fixture()).ok).toBe(true);
  });
});
