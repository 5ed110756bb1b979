import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllTables, restoreBackup } from '../../../renderer/src/db/commands/backup';
import { describeProblem, restore } from '../../../shared/domain/backup';
import { freshDb } from '../backups/helpers';

/** A KPI's feed is an optional field: format-2 backups with and without it both restore. */

type Tables = Record<string, Record<string, unknown>[]>;
const v3 = (): { formatVersion: number; tables: Tables } =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/db/v3.json'), 'utf8'));

const UPTIME = '00000000-0000-4000-8000-000000000070';
const FEED = {
  fileName: 'uptime.csv',
  fileRef: '/home/mei/reports/uptime.csv',
  kind: 'csv',
  column: 'Uptime',
  reading: 'last',
  lastValue: 98.6,
  lastReadAt: '2026-10-26T09:02:00.000Z',
  problem: null,
};
const SOURCE = {
  file: 'uptime.csv',
  column: 'Uptime',
  reading: 'last',
  readAt: '2026-10-26T09:02:00.000Z',
};

function withFeed(): { formatVersion: number; tables: Tables } {
  const f = v3();
  const kpi = f.tables.kpis!.find((k) => k.id === UPTIME)!;
  kpi.feed = { ...FEED };
  const fed = f.tables.kpiCheckIns!.filter((c) => c.kpiId === UPTIME);
  fed[0]!.source = { manual: true };
  fed[1]!.source = { ...SOURCE };
  return f;
}

describe('restore with KPIs fed from files', () => {
  it('restores a format-2 backup written before KPI feeds, every KPI unfed', () => {
    const f = v3();
    expect(f.formatVersion).toBe(2);
    const r = restore(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables.kpis).toHaveLength(f.tables.kpis!.length);
    expect(r.tables.kpis.every((k) => k.feed === undefined)).toBe(true);
    expect(r.tables.kpiCheckIns.every((c) => c.source === undefined)).toBe(true);
  });

  it('keeps a KPI’s feed and its check-ins’ provenance through a backup and a restore', async () => {
    const d = freshDb();
    expect((await restoreBackup(JSON.stringify(withFeed()), { database: d })).ok).toBe(true);
    const tables = await readAllTables(d);
    expect(tables.kpis.find((k) => k.id === UPTIME)?.feed).toEqual(FEED);
    const sources = tables.kpiCheckIns
      .filter((c) => c.kpiId === UPTIME)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((c) => c.source);
    expect(sources).toEqual([{ manual: true }, SOURCE]);
    await d.delete();
  });

  it('refuses a KPI feed that reads in a way Cairn does not know, naming table, row and field', () => {
    const f = withFeed();
    (f.tables.kpis!.find((k) => k.id === UPTIME)!.feed as Record<string, unknown>).reading =
      'median';
    const r = restore(f);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map(describeProblem)).toEqual([
      expect.stringMatching(
        /^kpis, row 1 \(id 0+-0000-4000-8000-000000000070\) field feed\.reading/,
      ),
    ]);
  });

  it('refuses a KPI check-in whose provenance names no file', () => {
    const f = withFeed();
    const c = f.tables.kpiCheckIns!.find((x) => x.kpiId === UPTIME && x.source)!;
    c.source = { column: 'Uptime', reading: 'last', readAt: SOURCE.readAt };
    expect(restore(f).ok).toBe(false);
  });
});
