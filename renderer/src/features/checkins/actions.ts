import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';
import { useUi } from '../../store/ui';

/** Check-in actions, reachable from the menu, their shortcuts and the palette. */
export function registerCheckInActions(): void {
  registerAction(ACTIONS.startCheckIn, () => {
    useUi.getState().setView('checkin');
    useUi.getState().openCheckInSession(true);
  });
  registerAction(ACTIONS.weeklyReport, () => useUi.getState().setView('reports'));
}
