import { create } from 'zustand';
import type { DeletionToken } from '../db/commands/softDelete';

/** UI state only — never a copy of the data, which lives in IndexedDB. */

export const VIEWS = [
  'objectives',
  'map',
  'checkin',
  'planning',
  'review',
  'reports',
  'org',
  'backups',
] as const;
export type View = (typeof VIEWS)[number];

export type Selection = { kind: 'objective' | 'keyResult'; id: string } | null;

export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
}

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
  undo?: UndoEntry;
}

interface UiState {
  view: View;
  cycleId: string | null;
  orgUnitId: string | null;
  selection: Selection;
  paletteOpen: boolean;
  dialog: { kind: 'newObjective' } | { kind: 'newCycle' } | null;
  undoStack: UndoEntry[];
  toasts: Toast[];
  setView(view: View): void;
  setCycle(id: string | null): void;
  setOrgUnit(id: string | null): void;
  select(sel: Selection): void;
  setPalette(open: boolean): void;
  openDialog(d: UiState['dialog']): void;
  pushUndo(entry: UndoEntry): void;
  popUndo(): UndoEntry | undefined;
  toast(text: string, tone?: Toast['tone'], undo?: UndoEntry): void;
  dismissToast(id: number): void;
}

let toastSeq = 0;

export const useUi = create<UiState>()((set, get) => ({
  view: 'objectives',
  cycleId: null,
  orgUnitId: null,
  selection: null,
  paletteOpen: false,
  dialog: null,
  undoStack: [],
  toasts: [],
  setView: (view) => set({ view }),
  setCycle: (cycleId) => set({ cycleId, selection: null }),
  setOrgUnit: (orgUnitId) => set({ orgUnitId }),
  select: (selection) => set({ selection }),
  setPalette: (paletteOpen) => set({ paletteOpen }),
  openDialog: (dialog) => set({ dialog }),
  pushUndo: (entry) => set((s) => ({ undoStack: [...s.undoStack.slice(-49), entry] })),
  popUndo: () => {
    const stack = get().undoStack;
    const last = stack[stack.length - 1];
    if (last) set({ undoStack: stack.slice(0, -1) });
    return last;
  },
  toast: (text, tone = 'info', undo) => {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts.slice(-3), { id, text, tone, undo }] }));
    setTimeout(() => get().dismissToast(id), undo ? 10_000 : 5_000);
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/** Runs a delete, remembers how to undo it, and offers Undo in a toast. */
export async function deleteWithUndo(
  label: string,
  run: () => Promise<DeletionToken>,
  restore: (t: DeletionToken) => Promise<void>,
): Promise<void> {
  const token = await run();
  const entry: UndoEntry = { label: `Undo ${label}`, undo: () => restore(token) };
  useUi.getState().pushUndo(entry);
  useUi.getState().toast(`Deleted ${label}`, 'info', entry);
}
