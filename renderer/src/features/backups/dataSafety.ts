import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { registerBackupActions } from './actions';
import { autoBackups } from './appScheduler';
import { safetyNetMiddleware } from './safetyNet';
import { backupBeforeUpgrade, reloadOnSchemaUpgrade } from './schemaUpgrade';
import { requestPersistentStorage } from './storage';
import { activeBackups } from './workspaceBackups';

let started: Promise<void> | null = null;
const START_COUNTS_AFTER_MS = 10_000;

/**
 * Starts everything that keeps the workspace safe. Awaited before the first render, so a
 * schema upgrade cannot run before the old data has been backed up.
 */
export function startDataSafety(): Promise<void> {
  started ??= (async () => {
    registerBackupActions();
    db.use(
      safetyNetMiddleware({
        onChange: autoBackups.markChanged,
        isBackedUp: autoBackups.isBackedUp,
        recordCount: autoBackups.recordCount,
        onMassDeleteRefused: () =>
          void autoBackups.backupNow('before a mass delete').catch(reportError),
      }),
    );
    reloadOnSchemaUpgrade(db, (m) => useUi.getState().toast(m));
    try {
      const version = await Promise.race([
        host.appInfo().then((i) => i.version),
        new Promise<string>((resolve) => setTimeout(() => resolve('unknown'), 2000)),
      ]);
      await backupBeforeUpgrade(db, (text) => activeBackups.writeAutoBackup(text), version);
    } catch (err) {
      reportError(err);
    }
    void requestPersistentStorage();
    // start() counts every table: in a large workspace that is seconds of IndexedDB work
    // (1.3M check-ins ≈ 2 s here) which would hold up the first view's reads. Let the open
    // cycle load first (docs/benchmarks.md).
    setTimeout(() => void autoBackups.start().catch(reportError), START_COUNTS_AFTER_MS);
  })();
  return started;
}
