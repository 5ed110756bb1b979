import { create } from 'zustand';

/** UI state of the Check-in view (never data): who is checking in, what is open, which date. */
interface CheckInUi {
  /** The owner checked in as; null follows the "me" setting. */
  ownerId: string | null;
  sessionOpen: boolean;
  selected: { kind: 'keyResult' | 'objective'; id: string } | null;
  /** Shows objectives and key results as they stood on this date; null is today. */
  asOf: string | null;
  setOwner(id: string | null): void;
  openSession(open: boolean): void;
  select(sel: CheckInUi['selected']): void;
  setAsOf(date: string | null): void;
}

export const useCheckInUi = create<CheckInUi>()((set) => ({
  ownerId: null,
  sessionOpen: false,
  selected: null,
  asOf: null,
  setOwner: (ownerId) => set({ ownerId, selected: null }),
  openSession: (sessionOpen) => set({ sessionOpen }),
  select: (selected) => set({ selected }),
  setAsOf: (asOf) => set({ asOf }),
}));
