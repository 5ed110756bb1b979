import { create } from 'zustand';

interface UpdatesDialogState {
  open: boolean;
  /** Opened by "Check for updates…": check as soon as the dialog shows. */
  checkOnOpen: boolean;
  show(checkOnOpen: boolean): void;
  close(): void;
}

/** Whether the Updates dialog is open: UI state of this feature alone. */
export const useUpdatesDialog = create<UpdatesDialogState>((set) => ({
  open: false,
  checkOnOpen: false,
  show: (checkOnOpen) => set({ open: true, checkOnOpen }),
  close: () => set({ open: false, checkOnOpen: false }),
}));
