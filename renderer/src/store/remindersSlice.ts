import type { StateCreator } from 'zustand';

/**
 * The check-in reminder's UI state: which week's reminder was shown (as `slotKey`), whether it
 * fell back to the in-app banner, and whether the person dismissed that banner. In memory
 * only: a restart may show this week's reminder once more, which is the safe side.
 */
export interface RemindersSlice {
  reminderShownFor: string | null;
  reminderBannerFor: string | null;
  reminderDismissedFor: string | null;
  markReminderShown(slot: string, asBanner: boolean): void;
  dismissReminder(slot: string): void;
}

export const createRemindersSlice: StateCreator<RemindersSlice, [], [], RemindersSlice> = (
  set,
) => ({
  reminderShownFor: null,
  reminderBannerFor: null,
  reminderDismissedFor: null,
  markReminderShown: (slot, asBanner) =>
    set((s) => ({
      reminderShownFor: slot,
      reminderBannerFor: asBanner ? slot : s.reminderBannerFor,
    })),
  dismissReminder: (slot) => set({ reminderDismissedFor: slot }),
});
