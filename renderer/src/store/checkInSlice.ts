import type { StateCreator } from 'zustand';
import type { SelectionSlice } from './selectionSlice';

/** UI state of the Check-in view (never data): who is checking in, what is open, which date. */
export interface CheckInSlice {
  /** The owner checked in as; null follows the "me" setting. */
  checkInOwnerId: string | null;
  checkInSessionOpen: boolean;
  /** Shows objectives and key results as they stood on this date; null is today. */
  checkInAsOf: string | null;
  /** Checks in as another owner: what was selected belonged to the previous one. */
  setCheckInOwner(id: string | null): void;
  openCheckInSession(open: boolean): void;
  setCheckInAsOf(date: string | null): void;
}

export const createCheckInSlice: StateCreator<
  CheckInSlice & SelectionSlice,
  [],
  [],
  CheckInSlice
> = (set) => ({
  checkInOwnerId: null,
  checkInSessionOpen: false,
  checkInAsOf: null,
  setCheckInOwner: (checkInOwnerId) => set({ checkInOwnerId, selection: null, detailOpen: false }),
  openCheckInSession: (checkInSessionOpen) => set({ checkInSessionOpen }),
  setCheckInAsOf: (checkInAsOf) => set({ checkInAsOf }),
});
