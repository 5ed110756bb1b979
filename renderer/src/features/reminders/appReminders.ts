import { reminderBody, slotKey, type ReminderPlan } from '@shared/domain/reminders';
import { ACTIONS } from '@shared/menu';
import { readLastReminded, rememberReminded } from '../../db/commands/reminded';
import { readLocale } from '../../db/commands/settings';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { ReminderScheduler } from './scheduler';

/**
 * Shows this week's reminder as a desktop notification whose click opens the check-in session;
 * where none can be shown (permission refused or not asked yet, no support), as the banner.
 */
async function showReminder(plan: ReminderPlan): Promise<void> {
  const shown = await readLocale()
    .then((locale) =>
      host.notify({
        title: 'Time to check in',
        body: reminderBody(plan, locale),
        actionId: ACTIONS.startCheckIn.id,
      }),
    )
    .catch(() => false);
  if (!shown) useUi.getState().showReminderBanner(slotKey(plan.slot));
}

/**
 * The app's one reminder scheduler (one timer, whatever mounts and remounts). The moment last
 * reminded of is kept in the workspace, so a restart in the same week does not remind again.
 */
export const reminders = new ReminderScheduler({
  notify: (plan) => void showReminder(plan),
  memory: { read: readLastReminded, write: rememberReminded },
});
