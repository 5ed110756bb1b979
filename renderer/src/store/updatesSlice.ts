import type { StateCreator } from 'zustand';

/** Whether the Updates dialog is open. */
export interface UpdatesSlice {
  updatesOpen: boolean;
  /** Opened by "Check for updates…": check as soon as the dialog shows. */
  updatesCheckOnOpen: boolean;
  showUpdates(checkOnOpen: boolean): void;
  closeUpdates(): void;
}

export const createUpdatesSlice: StateCreator<UpdatesSlice, [], [], UpdatesSlice> = (set) => ({
  updatesOpen: false,
  updatesCheckOnOpen: false,
  showUpdates: (updatesCheckOnOpen) => set({ updatesOpen: true, updatesCheckOnOpen }),
  closeUpdates: () => set({ updatesOpen: false, updatesCheckOnOpen: false }),
});
