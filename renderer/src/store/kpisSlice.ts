import type { StateCreator } from 'zustand';

/** Which KPI dialog is open on the KPI board (renderer/src/features/kpis). */
export type KpiDialog =
  | { kind: 'add' }
  | { kind: 'edit'; kpiId: string }
  | { kind: 'checkIn'; kpiId: string }
  | { kind: 'recovery'; kpiId: string }
  | { kind: 'feed'; kpiId: string }
  | null;

export interface KpisSlice {
  kpiDialog: KpiDialog;
  openKpiDialog(dialog: KpiDialog): void;
}

export const createKpisSlice: StateCreator<KpisSlice, [], [], KpisSlice> = (set) => ({
  kpiDialog: null,
  openKpiDialog: (kpiDialog) => set({ kpiDialog }),
});
