import { describe, expect, it } from 'vitest';
import { restore } from '../../../shared/domain/backup';
import { fixture } from '../backups/helpers';

/** Feeds add optional fields only: backups from before them, and with them, both restore. */
describe('restore with key results fed from files', () => {
  it('restores a backup written before feeds, every key result and check-in as it was', () => {
    const old = fixture();
    const r = restore(old);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables.keyResults).toHaveLength(old.tables.keyResults!.length);
    expect(r.tables.checkIns).toHaveLength(old.tables.checkIns!.length);
    expect(r.tables.keyResults.every((kr) => kr.feed === undefined)).toBe(true);
  });

  it('keeps a feed and each check-in’s provenance through a backup', () => {
    const f = fixture();
    const kr = f.tables.keyResults!.find((k) => k.kind === 'increase')!;
    const ci = f.tables.checkIns!.find((c) => c.keyResultId === kr.id)!;
    kr.feed = {
      fileName: 'sales.csv',
      fileRef: '/home/ana/sales.csv',
      kind: 'csv',
      column: 'MRR',
      reading: 'last',
      lastValue: ci.value,
      problem: null,
    };
    ci.source = {
      file: 'sales.csv',
      column: 'MRR',
      reading: 'last',
      readAt: '2026-11-25T09:02:00.000Z',
    };
    const r = restore(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables.keyResults.find((k) => k.id === kr.id)?.feed?.column).toBe('MRR');
    expect(r.tables.checkIns.find((c) => c.id === ci.id)?.source).toMatchObject({
      file: 'sales.csv',
    });
  });

  it('refuses a backup whose feed reads in a way Cairn does not know', () => {
    const f = fixture();
    const kr = f.tables.keyResults!.find((k) => k.kind === 'increase')!;
    kr.feed = {
      fileName: 'sales.csv',
      fileRef: 'x',
      kind: 'csv',
      column: 'MRR',
      reading: 'median',
    };
    expect(restore(f).ok).toBe(false);
  });
});
