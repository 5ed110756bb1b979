import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AutoBackupEntry } from '../../../shared/host';
import { restore } from '../../../shared/domain/backup';
import { restoreBackup } from '../../../renderer/src/db/commands/backup';
import { markDeleted } from '../../../renderer/src/db/commands/softDelete';
import { db } from '../../../renderer/src/db/schema';
import {
  AUTO_BACKUP_INTERVAL_MS,
  AUTO_BACKUP_SETTLE_MS,
  AutoBackupScheduler,
} from '../../../renderer/src/features/backups/autoBackup';
import {
  MassDeleteError,
  safetyNetMiddleware,
} from '../../../renderer/src/features/backups/safetyNet';
import { fixtureText, freshDb } from './helpers';

function fakeHost(existing: AutoBackupEntry[] = []) {
  const written: string[] = [];
  return {
    written,
    host: {
      appInfo: async () => ({
        name: 'Cairn',
        version: '0.1.0',
        platform: 'test',
        host: 'browser' as const,
      }),
      listAutoBackups: async () => existing,
      writeAutoBackup: vi.fn(async (content: string) => {
        written.push(content);
        return {
          name: `cairn-${written.length}.json`,
          createdAt: new Date().toISOString(),
          bytes: content.length,
        };
      }),
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('AutoBackupScheduler', () => {
  it('writes a backup after changes, and no sooner than 15 minutes after the previous one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let now = Date.parse('2026-11-25T09:00:00Z');
    const { host, written } = fakeHost();
    const s = new AutoBackupScheduler({ database: freshDb(), host, now: () => now });
    await s.start();
    s.markChanged();
    await vi.advanceTimersByTimeAsync(AUTO_BACKUP_SETTLE_MS - 1);
    expect(written).toHaveLength(0);
    now += AUTO_BACKUP_SETTLE_MS;
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(restore(written[0]!).ok).toBe(true);

    s.markChanged();
    now += 60_000;
    await vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS - 60_000 - 1);
    expect(written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS);
    await vi.waitFor(() => expect(written).toHaveLength(2));
  });

  it('writes nothing when nothing changed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { host, written } = fakeHost();
    const s = new AutoBackupScheduler({ database: freshDb(), host });
    await s.start();
    await vi.advanceTimersByTimeAsync(AUTO_BACKUP_INTERVAL_MS * 3);
    expect(written).toHaveLength(0);
  });

  it('counts a backup from an earlier session towards the 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const now = Date.parse('2026-11-25T09:00:00Z');
    const recent = {
      name: 'cairn-x.json',
      createdAt: new Date(now - 5 * 60_000).toISOString(),
      bytes: 1,
    };
    const { host, written } = fakeHost([recent]);
    const s = new AutoBackupScheduler({ database: freshDb(), host, now: () => now });
    await s.start();
    s.markChanged();
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(written).toHaveLength(0);
  });

  it('shares one write between concurrent "back up now" calls and knows the state is backed up', async () => {
    const { host, written } = fakeHost();
    const s = new AutoBackupScheduler({ database: freshDb(), host });
    s.markChanged();
    expect(s.isBackedUp()).toBe(false);
    await Promise.all([s.backupNow('a'), s.backupNow('b')]);
    expect(written).toHaveLength(1);
    expect(s.isBackedUp()).toBe(true);
    s.stop();
  });
});

describe('the safety net middleware', () => {
  it('marks every write as a change', async () => {
    const d = freshDb();
    const onChange = vi.fn();
    d.use(
      safetyNetMiddleware({
        onChange,
        isBackedUp: () => true,
        recordCount: () => 0,
        onMassDeleteRefused: vi.fn(),
      }),
    );
    await d.settings.put({ key: 'x', value: 1 });
    expect(onChange).toHaveBeenCalled();
  });

  it('refuses a delete of more than half of the records until a backup exists, writing nothing', async () => {
    let backedUp = false;
    let total: number | null = null;
    const onMassDeleteRefused = vi.fn(() => (backedUp = true));
    // Middlewares join at open: installed before the app's database is first used.
    db.use(
      safetyNetMiddleware({
        onChange: () => {},
        isBackedUp: () => backedUp,
        recordCount: () => total,
        onMassDeleteRefused,
      }),
    );
    await restoreBackup(fixtureText(), { database: db });
    total = (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
    const everything = Object.fromEntries(
      await Promise.all(
        ['orgUnits', 'objectives', 'keyResults', 'checkIns', 'cycles', 'retros'].map(async (t) => [
          t,
          (await db.table(t).toCollection().primaryKeys()) as string[],
        ]),
      ),
    );
    const del = () => db.transaction('rw', Object.keys(everything), () => markDeleted(everything));
    await expect(del()).rejects.toSatisfy(
      (e) =>
        e instanceof MassDeleteError ||
        (e as { failures?: unknown[] }).failures?.[0] instanceof MassDeleteError,
    );
    expect(onMassDeleteRefused).toHaveBeenCalledOnce();
    expect((await db.objectives.toArray()).filter((o) => !o.deletedAt)).toHaveLength(3);
    await del();
    expect((await db.objectives.toArray()).filter((o) => !o.deletedAt)).toHaveLength(0);
  });
});
