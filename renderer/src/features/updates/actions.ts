import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { useUi } from '../../store/ui';

/** Update settings and a check on demand: from the Help menu or the palette. */
export function registerUpdateActions(): void {
  registerAction(ACTIONS.updateSettings, () => useUi.getState().showUpdates(false));
  registerAction(ACTIONS.checkForUpdates, () => useUi.getState().showUpdates(true));
}
