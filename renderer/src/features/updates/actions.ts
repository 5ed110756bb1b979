import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { useUpdatesDialog } from './store';

/** Update settings and a check on demand: from the Help menu or the palette. */
export function registerUpdateActions(): void {
  registerAction(ACTIONS.updateSettings, () => useUpdatesDialog.getState().show(false));
  registerAction(ACTIONS.checkForUpdates, () => useUpdatesDialog.getState().show(true));
}
