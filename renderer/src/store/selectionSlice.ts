import type { StateCreator } from 'zustand';

/**
 * What the person has selected, the same in every view: a card, a map node, a key result in
 * Check-in. A key result carries its objective, which the detail pane shows.
 */
export type Selection =
  { kind: 'objective'; id: string } | { kind: 'keyResult'; id: string; objectiveId: string } | null;

/** The objective a selection belongs to (the pane shows it), or null. */
export const selectedObjectiveId = (sel: Selection): string | null =>
  sel === null ? null : sel.kind === 'objective' ? sel.id : sel.objectiveId;

/** The one selection model, and whether the detail pane shows it. */
export interface SelectionSlice {
  selection: Selection;
  /** The detail pane is open on the selection's objective. */
  detailOpen: boolean;
  /** Selects and opens the detail pane on it (null closes the pane). */
  select(sel: Selection): void;
  /**
   * Selects without opening the pane (moving through the map with the arrow keys, a key result
   * in Check-in): an open pane follows the selection, a closed one stays closed.
   */
  pick(sel: Selection): void;
}

export const createSelectionSlice: StateCreator<SelectionSlice, [], [], SelectionSlice> = (
  set,
) => ({
  selection: null,
  detailOpen: false,
  select: (selection) => set({ selection, detailOpen: selection !== null }),
  pick: (selection) => set((s) => ({ selection, detailOpen: selection !== null && s.detailOpen })),
});
