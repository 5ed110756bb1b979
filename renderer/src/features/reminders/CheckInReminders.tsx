import { useEffect } from 'react';
import { reminderBody, shouldNotify, slotKey } from '@shared/domain/reminders';
import { ACTIONS } from '@shared/menu';
import { runAction } from '../../actions/registry';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import { reportError } from '../../ui/errors';
import { useCheckInUi } from '../checkins/store';
import { useLocale } from '../settings/useFormat';
import { ReminderBanner } from './ReminderBanner';
import { useReminderPlan } from './useReminderPlan';

/**
 * The weekly check-in reminder: keeps the badge at the number of due key results, shows this
 * week's reminder once as a desktop notification, or, where none can be shown, as a banner
 * above the view. Both open the check-in session. Nothing is checked in or changed for you.
 */
export function CheckInReminders() {
  const plan = useReminderPlan();
  const locale = useLocale();
  const shownFor = useUi((s) => s.reminderShownFor);
  const bannerFor = useUi((s) => s.reminderBannerFor);
  const dismissedFor = useUi((s) => s.reminderDismissedFor);
  const sessionOpen = useCheckInUi((s) => s.sessionOpen);
  const count = plan?.due.length;

  useEffect(() => {
    if (count !== undefined) host.setBadgeCount(count).catch(reportError);
  }, [count]);

  useEffect(() => {
    if (!plan || !shouldNotify(plan, shownFor)) return;
    const slot = slotKey(plan.slot);
    // Marked before the host answers, so a re-render meanwhile cannot notify twice.
    useUi.getState().markReminderShown(slot, false);
    host
      .notify({
        title: 'Time to check in',
        body: reminderBody(plan, locale),
        actionId: ACTIONS.startCheckIn.id,
      })
      .catch(() => false)
      .then((shown) => {
        if (!shown) useUi.getState().markReminderShown(slot, true);
      });
  }, [plan, shownFor, locale]);

  if (!plan || plan.due.length === 0 || sessionOpen) return null;
  const slot = slotKey(plan.slot);
  if (bannerFor !== slot || dismissedFor === slot) return null;
  const start = () => {
    const ui = useUi.getState();
    // The session runs over the open cycle: open one the reminder is about if another is shown.
    if (!plan.due.some((d) => d.cycleId === ui.cycleId)) ui.setCycle(plan.due[0]!.cycleId);
    useCheckInUi.getState().setOwner(null);
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
