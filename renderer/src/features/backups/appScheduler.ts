import { db } from '../../db/schema';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { AutoBackupScheduler } from './autoBackup';
import { activeBackups } from './workspaceBackups';

/** The app's one automatic-backup scheduler, on the app's database and host. */
export const autoBackups = new AutoBackupScheduler({
  database: db,
  host: activeBackups,
  onError: reportError,
  onWritten: (_entry, reason) => {
    if (reason !== 'automatic') useUi.getState().toast(`Backup saved (${reason})`);
  },
});
