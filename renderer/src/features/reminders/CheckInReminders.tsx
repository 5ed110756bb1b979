import { useEffect } from 'react';
import { slotKey } from '@shared/domain/reminders';
import { ACTIONS } from '@shared/menu';
import { runAction } from '../../actions/registry';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { ReminderBanner } from './ReminderBanner';
import { useReminderPlan } from './useReminderPlan';

/**
 * The weekly check-in reminder in the window: keeps the badge at the number of due key
 * results and, when this week's reminder could not be a desktop notification (appReminders),
 * shows it as a banner above the view. Both open the check-in session. Nothing is checked in
 * or changed for you.
 */
export function CheckInReminders() {
  const plan = useReminderPlan();
  const bannerFor = useUi((s) => s.reminderBannerFor);
  const dismissedFor = useUi((s) => s.reminderDismissedFor);
  const sessionOpen = useUi((s) => s.checkInSessionOpen);
  const count = plan?.due.length;

  useEffect(() => {
    if (count !== undefined) host.setBadgeCount(count).catch(reportError);
  }, [count]);

  if (!plan || plan.due.length === 0 || sessionOpen) return null;
  const slot = slotKey(plan.slot);
  if (bannerFor !== slot || dismissedFor === slot) return null;
  const start = () => {
    const ui = useUi.getState();
    // The session runs over the open cycle: open one the reminder is about if another is shown.
    if (!plan.due.some((d) => d.cycleId === ui.cycleId)) ui.setCycle(plan.due[0]!.cycleId);
    ui.setCheckInOwner(null);
    runAction(ACTIONS.startCheckIn.id).catch(reportError);
  };
  return (
    <ReminderBanner
      plan={plan}
      onStart={start}
      onDismiss={() => useUi.getState().dismissReminder(slot)}
    />
  );
}
