import { create } from 'zustand';

/** Objectives' UI state only: which objective's detail pane has its "new key result" form open. */
interface ObjectivesUi {
  addingKeyResultTo: string | null;
  setAddingKeyResultTo(objectiveId: string | null): void;
}

export const useObjectivesUi = create<ObjectivesUi>()((set) => ({
  addingKeyResultTo: null,
  setAddingKeyResultTo: (addingKeyResultTo) => set({ addingKeyResultTo }),
}));
