import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoreBackup } from '../../../renderer/src/db/commands/backup';
import { describeError } from '../../../renderer/src/ui/errors';
import { fixture, fixtureText, freshDb, snapshot } from './helpers';

/** A backup with many check-ins, so the write spans several 1,000-row chunks. */
function bigBackup(n: number): string {
  const f = fixture();
  const ci = f.tables.checkIns![0]!;
  f.tables.checkIns = Array.from({ length: n }, (_, i) => ({
    ...ci,
    id: `ci-${String(i).padStart(6, '0')}`,
  }));
  return JSON.stringify(f);
}

afterEach(() => vi.restoreAllMocks());

describe('restoreBackup when the disk fills up half way', () => {
  it('rolls everything back and the error reads as a full disk', async () => {
    const db = freshDb();
    await restoreBackup(fixtureText(), { database: db });
    const before = await snapshot(db);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls > 1500)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args as Parameters<typeof add>);
    });
    const err = await restoreBackup(bigBackup(3000), { database: db }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(describeError(err)).toMatch(/disk is full: nothing was saved/);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
  });

  it('writes all rows of a backup spanning several chunks', async () => {
    const db = freshDb();
    const r = await restoreBackup(bigBackup(2500), { database: db });
    expect(r.ok && r.counts.checkIns).toBe(2500);
    expect(await db.checkIns.count()).toBe(2500);
  });
});
