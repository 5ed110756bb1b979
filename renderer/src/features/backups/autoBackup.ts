import type { AutoBackupEntry, HostApi } from '@shared/host';
import { exportBackup } from '../../db/commands/backup';
import type { CairnDb } from '../../db/schema';

/** At most one automatic backup every 15 minutes, and only when something changed. */
export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;
/** A first change waits this long, so a burst of edits becomes one backup. */
export const AUTO_BACKUP_SETTLE_MS = 10 * 1000;

export interface AutoBackupOptions {
  database: CairnDb;
  host: Pick<HostApi, 'writeAutoBackup' | 'listAutoBackups' | 'appInfo'>;
  now?: () => number;
  onWritten?: (entry: AutoBackupEntry, reason: string) => void;
  onError?: (err: unknown) => void;
}

/**
 * The automatic backup scheduler. `markChanged` is called on every write (by the safety-net
 * middleware); a backup is written through the host when there are changes, no sooner than
 * 15 minutes after the previous one. `backupNow` writes one at once (before a restore, a
 * mass delete or a schema upgrade, or when the user asks).
 */
export class AutoBackupScheduler {
  private changed = false;
  private backedUp = false;
  private lastWrite = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<AutoBackupEntry> | null = null;
  private total: number | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: AutoBackupOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Learns when the last backup was written (earlier sessions count) and the record count. */
  async start(): Promise<void> {
    const [list, counts] = await Promise.all([
      this.opts.host.listAutoBackups().catch(() => []),
      Promise.all(this.opts.database.tables.map((t) => t.count())).catch(() => null),
    ]);
    const newest = list.reduce((m, b) => Math.max(m, Date.parse(b.createdAt) || 0), 0);
    this.lastWrite = Math.max(this.lastWrite, newest);
    if (counts) this.total = counts.reduce((a, b) => a + b, 0);
    if (this.changed) this.schedule();
  }

  markChanged = (): void => {
    this.changed = true;
    this.backedUp = false;
    this.schedule();
  };

  isBackedUp = (): boolean => this.backedUp;
  recordCount = (): number | null => this.total;
  hasPendingChanges = (): boolean => this.changed;

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(
      AUTO_BACKUP_SETTLE_MS,
      this.lastWrite + AUTO_BACKUP_INTERVAL_MS - this.now(),
    );
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.changed) void this.backupNow('automatic').catch((err) => this.opts.onError?.(err));
    }, wait);
  }

  /** Writes a backup now; concurrent calls share one write. */
  backupNow(reason: string): Promise<AutoBackupEntry> {
    this.running ??= this.write(reason).finally(() => (this.running = null));
    return this.running;
  }

  private async write(reason: string): Promise<AutoBackupEntry> {
    // Cleared before reading: a write during the export marks the workspace changed again.
    this.changed = false;
    try {
      const info = await this.opts.host.appInfo();
      const { text, counts } = await exportBackup(
        info.version,
        this.opts.database,
        new Date(this.now()),
      );
      const entry = await this.opts.host.writeAutoBackup(text);
      this.lastWrite = this.now();
      this.total = Object.values(counts).reduce((a, b) => a + b, 0);
      this.backedUp = !this.changed;
      this.opts.onWritten?.(entry, reason);
      return entry;
    } catch (err) {
      this.changed = true;
      this.schedule();
      throw err;
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
