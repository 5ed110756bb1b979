import type { StateCreator } from 'zustand';

/** Objectives' UI state only: which objective's detail pane has its "new key result" form open. */
export interface ObjectivesSlice {
  addingKeyResultTo: string | null;
  setAddingKeyResultTo(objectiveId: string | null): void;
}

export const createObjectivesSlice: StateCreator<ObjectivesSlice, [], [], ObjectivesSlice> = (
  set,
) => ({
  addingKeyResultTo: null,
  setAddingKeyResultTo: (addingKeyResultTo) => set({ addingKeyResultTo }),
});
