import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { useUi } from '../../store/ui';

// Backup, restore and import (zod validation, parsers) load with their first use.
const flows = () => import('./flows');

/** Back up, restore and import: from the File menu, the palette, or the Backups view. */
export function registerBackupActions(): void {
  registerAction(ACTIONS.backupSave, async () => (await flows()).saveBackupFile());
  // Restore and import show their confirmation and preview in the Backups view.
  registerAction(ACTIONS.backupRestore, async () => {
    useUi.getState().setView('backups');
    await (await flows()).chooseRestoreFile();
  });
  registerAction(ACTIONS.importText, async () => {
    useUi.getState().setView('backups');
    await (await flows()).chooseImportFile();
  });
}
