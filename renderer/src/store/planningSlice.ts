import type { StateCreator } from 'zustand';
import type { StepId } from '@shared/domain/planning';

export type PlanningTab = StepId | 'pack';

/** Planning's UI state only: which step is open, who is voting, which panels are open. */
export interface PlanningSlice {
  tab: PlanningTab;
  voter: string;
  coachOpen: boolean;
  /** The New objective dialog opens on its template list (from the "New objective from template" action). */
  templatesOpen: boolean;
  setTab(tab: PlanningTab): void;
  setVoter(voter: string): void;
  setCoachOpen(open: boolean): void;
  setTemplatesOpen(open: boolean): void;
}

export const createPlanningSlice: StateCreator<PlanningSlice, [], [], PlanningSlice> = (set) => ({
  tab: 'submit',
  voter: '',
  coachOpen: false,
  templatesOpen: false,
  setTab: (tab) => set({ tab }),
  setVoter: (voter) => set({ voter }),
  setCoachOpen: (coachOpen) => set({ coachOpen }),
  setTemplatesOpen: (templatesOpen) => set({ templatesOpen }),
});
