import { ACTIONS } from '@shared/menu';
import { registerAction } from '../../actions/registry';

/** Builds and saves the open cycle's .ics; the calendar library loads only when asked. */
export const exportCalendar = (): Promise<void> =>
  import('./exportCalendar').then((m) => m.exportCheckInCalendar());

/** The calendar export, reachable from the Cycle menu, the palette and the Check-in view. */
export function registerReminderActions(): void {
  registerAction(ACTIONS.exportCalendar, exportCalendar);
}
