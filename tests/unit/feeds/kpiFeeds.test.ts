import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedFileRead } from '../../../shared/host';

/**
 * A KPI fed from a file, on fake-indexeddb: the one feed runner reads the KPI's file through
 * readFeed, and each new value becomes a KPI check-in with its provenance; a bad read writes
 * no check-in. The host is faked: it hands over whatever bytes the test put in `files`.
 */
const files = vi.hoisted(() => new Map<string, FeedFileRead>());
vi.mock('../../../renderer/src/host', () => ({
  host: {
    readFeedFile: async (ref: string) => {
      const r = files.get(ref);
      if (!r) throw new Error('not allowed');
      return r;
    },
  },
}));

import { db } from '../../../renderer/src/db/schema';
import { ValidationError } from '../../../renderer/src/db/records';
import { checkInKpi, createKpi } from '../../../renderer/src/db/commands/kpis';
import {
  linkKpiFeed,
  recordKpiFeedRead,
  unlinkKpiFeed,
} from '../../../renderer/src/db/commands/kpiFeeds';
import { readTargetNow } from '../../../renderer/src/features/feeds/feedRunner';
import { readKpi } from '../../../shared/domain/kpiHealth';
import { provenanceLabel } from '../../../shared/feeds/provenance';
import { readFeed } from '../../../shared/feeds/readFeed';
import { freshWorkspace } from '../db/helpers';

const REF = '/home/mei/reports/uptime.csv';
const LINK = {
  fileName: 'uptime.csv',
  fileRef: REF,
  kind: 'csv' as const,
  column: 'Uptime',
  reading: 'last' as const,
};
const csv = (last: string) =>
  new TextEncoder().encode(`Week,Uptime\n2026-11-16,99.8\n2026-11-23,${last}\n`);
const putFile = (text: Uint8Array | null) =>
  text ? files.set(REF, { bytes: text }) : files.set(REF, { gone: true });

let kpiId: string;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 9, 2));
  files.clear();
  const ws = await freshWorkspace();
  kpiId = (
    await createKpi(ws.company.id, {
      name: 'Uptime',
      unit: '%',
      direction: 'higher',
      warningAt: 99.5,
      criticalAt: 99,
      healthyLimit: null,
    })
  ).id;
  await linkKpiFeed(kpiId, LINK);
});
afterEach(() => vi.useRealTimers());

const kpi = async () => (await db.kpis.get(kpiId))!;
const history = async () =>
  (await db.kpiCheckIns.where('kpiId').equals(kpiId).toArray())
    .filter((c) => !c.deletedAt)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
const health = async () => readKpi(await kpi(), await history()).health;

describe('a KPI fed from a file', () => {
  it('checks the KPI in with where the value came from, and its health follows the file', async () => {
    putFile(csv('99.7'));
    expect(await readTargetNow({ kind: 'kpi', id: kpiId })).toBe('checked-in');
    const [first] = await history();
    expect(first).toMatchObject({ value: 99.7, at: '2026-11-25' });
    expect(provenanceLabel(first!.source, () => '09:02')).toBe(
      'from uptime.csv, column Uptime, last row, 09:02',
    );
    expect(await health()).toBe('healthy');
    expect((await kpi()).feed).toMatchObject({ lastValue: 99.7, problem: null });

    vi.setSystemTime(new Date(2026, 10, 25, 11, 40));
    putFile(csv('98.4'));
    expect(await readTargetNow({ kind: 'kpi', id: kpiId })).toBe('checked-in');
    expect((await history()).map((c) => c.value)).toEqual([99.7, 98.4]);
    expect(await health()).toBe('critical');
  });

  it('writes nothing when the file still says the same', async () => {
    putFile(csv('99.7'));
    await readTargetNow({ kind: 'kpi', id: kpiId });
    expect(await readTargetNow({ kind: 'kpi', id: kpiId })).toBe('unchanged');
    expect(await history()).toHaveLength(1);
  });

  it('writes no check-in from a broken file and shows what is wrong on the KPI', async () => {
    putFile(csv('99.7'));
    await readTargetNow({ kind: 'kpi', id: kpiId });
    putFile(new TextEncoder().encode('Week,Uptime\n2026-11-23,about 98\n'));
    expect(await readTargetNow({ kind: 'kpi', id: kpiId })).toBe('problem');
    expect(await history()).toHaveLength(1);
    expect((await kpi()).feed?.problem).toMatch(/about 98/);
    expect(await health()).toBe('healthy');

    putFile(null);
    await readTargetNow({ kind: 'kpi', id: kpiId });
    expect((await kpi()).feed?.problem).toBe(
      'uptime.csv is gone — it was moved, renamed or deleted. Choose the file again.',
    );
    expect(await history()).toHaveLength(1);

    // The file is back with a good value: the problem clears and the value is checked in.
    putFile(csv('99.9'));
    expect(await readTargetNow({ kind: 'kpi', id: kpiId })).toBe('checked-in');
    expect((await kpi()).feed?.problem).toBeNull();
  });

  it('leaves a link made on another machine alone: no problem written over it', async () => {
    expect(await readTargetNow({ kind: 'kpi', id: kpiId })).toBe('unlinked');
    expect((await kpi()).feed?.problem).toBeNull();
    expect(await history()).toHaveLength(0);
  });

  it('marks a check-in by hand, which stays the latest until the file itself changes', async () => {
    await recordKpiFeedRead(kpiId, REF, readFeed(csv('99.7'), 'uptime.csv', LINK, '2026-11-25'));
    vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
    await checkInKpi(kpiId, { value: 98.5, note: 'Outage the export missed' });
    expect((await history()).at(-1)?.source).toEqual({ manual: true });
    const again = readFeed(csv('99.7'), 'uptime.csv', LINK, '2026-11-25');
    expect(await recordKpiFeedRead(kpiId, REF, again)).toBe('unchanged');
    expect(readKpi(await kpi(), await history()).latest).toBe(98.5);
  });

  it('unlinks with every check-in kept, and then ignores reads of the old file', async () => {
    await recordKpiFeedRead(kpiId, REF, readFeed(csv('99.7'), 'uptime.csv', LINK, '2026-11-25'));
    const old = await unlinkKpiFeed(kpiId);
    expect(old).toMatchObject({ fileName: 'uptime.csv', lastValue: 99.7 });
    expect((await kpi()).feed).toBeUndefined();
    expect(await history()).toHaveLength(1);
    const later = readFeed(csv('97'), 'uptime.csv', LINK, '2026-11-25');
    expect(await recordKpiFeedRead(kpiId, REF, later)).toBe('unlinked');
    expect(await history()).toHaveLength(1);
    // By hand after the unlink: no feed, so no mark.
    vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
    await checkInKpi(kpiId, { value: 99.6 });
    expect((await history()).at(-1)?.source).toBeUndefined();
  });

  it('refuses a link that reads in a way Cairn does not know, writing nothing', async () => {
    await unlinkKpiFeed(kpiId);
    await expect(
      linkKpiFeed(kpiId, { ...LINK, reading: 'median' as never }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await kpi()).feed).toBeUndefined();
  });
});
