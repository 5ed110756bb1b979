import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { AutoBackupScheduler } from './autoBackup';

/** The app's one automatic-backup scheduler, on the app's database and host. */
export const autoBackups = new AutoBackupScheduler({
  database: db,
  host,
  onError: reportError,
  onWritten: (_entry, reason) => {
    if (reason !== 'automatic') useUi.getState().toast(`Backup saved (${reason})`);
  },
});
