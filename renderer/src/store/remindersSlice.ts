import type { StateCreator } from 'zustand';

/**
 * The check-in reminder's UI state: the week (as `slotKey`) whose reminder fell back to the
 * in-app banner, and the week whose banner the person dismissed.
 */
export interface RemindersSlice {
  reminderBannerFor: string | null;
  reminderDismissedFor: string | null;
  showReminderBanner(slot: string): void;
  dismissReminder(slot: string): void;
}

export const createRemindersSlice: StateCreator<RemindersSlice, [], [], RemindersSlice> = (
  set,
) => ({
  reminderBannerFor: null,
  reminderDismissedFor: null,
  showReminderBanner: (slot) => set({ reminderBannerFor: slot }),
  dismissReminder: (slot) => set({ reminderDismissedFor: slot }),
});
