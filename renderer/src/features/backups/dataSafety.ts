import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { registerBackupActions } from './actions';
import { autoBackups } from './appScheduler';
import { safetyNetMiddleware } from './safetyNet';
import { backupBeforeUpgrade, reloadOnSchemaUpgrade } from './schemaUpgrade';
import { requestPersistentStorage } from './storage';

let started: Promise<void> | null = null;

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
      await backupBeforeUpgrade(db, (text) => host.writeAutoBackup(text), version);
    } catch (err) {
      reportError(err);
    }
    void requestPersistentStorage();
    void autoBackups.start().catch(reportError);
  })();
  return started;
}
