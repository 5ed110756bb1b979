import { create } from 'zustand';
import type { CycleState } from '@shared/domain/model';
import type { DeletionToken } from '../db/commands/softDelete';
import { createLayoutSlice, type LayoutSlice } from './layoutSlice';
import { createPlanningSlice, type PlanningSlice } from './planningSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createCheckInSlice, type CheckInSlice } from './checkInSlice';
import { createBackupsSlice, type BackupsSlice } from './backupsSlice';
import { createUpdatesSlice, type UpdatesSlice } from './updatesSlice';
import { createMapSlice, type MapSlice } from './mapSlice';
import { createReviewSlice, type ReviewSlice } from './reviewSlice';
import { createRemindersSlice, type RemindersSlice } from './remindersSlice';
import { createWorkspacesSlice, type WorkspacesSlice } from './workspacesSlice';
import { createKpisSlice, type KpisSlice } from './kpisSlice';
import { createObjectivesSlice, type ObjectivesSlice } from './objectivesSlice';

export { selectedObjectiveId, type Selection } from './selectionSlice';

/** UI state only — never a copy of the data, which lives in IndexedDB. */

export const VIEWS = [
  'objectives',
  'map',
  'checkin',
  'kpis',
  'planning',
  'review',
  'reports',
  'org',
  'backups',
  'merged',
  'settings',
] as const;
export type View = (typeof VIEWS)[number];

/**
 * Where the objective pane stays open when you arrive. Every other view closes it on arrival
 * (Check-in, Planning, Review and Reports have their own panels, the Map needs the room) and
 * opens it again only when you ask from there (a map node, a proposal, a coach finding).
 */
const KEEPS_OBJECTIVE_PANE: ReadonlySet<View> = new Set<View>(['objectives']);

export interface UndoEntry {
  label: string;
  undo: () => Promise<void>;
  /** The message once undone; by default "<what> is back". */
  undone?: string;
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
  paletteOpen: boolean;
  dialog:
    | { kind: 'newObjective' }
    | { kind: 'newCycle' }
    | { kind: 'moveCycle'; cycleId: string; to: Exclude<CycleState, 'closed'> }
    | null;
  undoStack: UndoEntry[];
  toasts: Toast[];
  setView(view: View): void;
  setCycle(id: string | null): void;
  setOrgUnit(id: string | null): void;
  setPalette(open: boolean): void;
  openDialog(d: UiState['dialog']): void;
  pushUndo(entry: UndoEntry): void;
  popUndo(): UndoEntry | undefined;
  toast(text: string, tone?: Toast['tone'], undo?: UndoEntry): void;
  dismissToast(id: number): void;
}

let toastSeq = 0;

/** At most this many messages show; a new one pushes the oldest out. */
export const MAX_TOASTS = 3;

/**
 * How long a message stays, in ms: long enough to read, longer when it offers Undo; an error
 * stays until dismissed (null). The timer pauses while the message is hovered or focused.
 */
export const toastDuration = (t: Pick<Toast, 'tone' | 'undo'>): number | null =>
  t.tone === 'error' ? null : t.undo ? 8_000 : 5_000;

/** The one UI store, built from slices (Zustand's slices guide); each feature's state is a slice. */
export type UiStore = UiState &
  LayoutSlice &
  PlanningSlice &
  SelectionSlice &
  CheckInSlice &
  BackupsSlice &
  UpdatesSlice &
  MapSlice &
  ReviewSlice &
  ObjectivesSlice &
  RemindersSlice &
  WorkspacesSlice &
  KpisSlice;

export const useUi = create<UiStore>()((set, get, api) => ({
  ...createLayoutSlice(set, get, api),
  ...createPlanningSlice(set, get, api),
  ...createSelectionSlice(set, get, api),
  ...createCheckInSlice(set, get, api),
  ...createBackupsSlice(set, get, api),
  ...createUpdatesSlice(set, get, api),
  ...createMapSlice(set, get, api),
  ...createReviewSlice(set, get, api),
  ...createObjectivesSlice(set, get, api),
  ...createRemindersSlice(set, get, api),
  ...createWorkspacesSlice(set, get, api),
  ...createKpisSlice(set, get, api),
  view: 'objectives',
  cycleId: null,
  orgUnitId: null,
  paletteOpen: false,
  dialog: null,
  undoStack: [],
  toasts: [],
  setView: (view) =>
    set((s) =>
      view === s.view || KEEPS_OBJECTIVE_PANE.has(view)
        ? { view }
        : { view, selection: null, detailOpen: false },
    ),
  setCycle: (cycleId) => set({ cycleId, selection: null, detailOpen: false }),
  setOrgUnit: (orgUnitId) => set({ orgUnitId }),
  setPalette: (paletteOpen) => set({ paletteOpen }),
  openDialog: (dialog) => set({ dialog }),
  pushUndo: (entry) => set((s) => ({ undoStack: [...s.undoStack.slice(-49), entry] })),
  popUndo: () => {
    const stack = get().undoStack;
    const last = stack[stack.length - 1];
    if (last) set({ undoStack: stack.slice(0, -1) });
    return last;
  },
  // Timers live in the Toasts component, which pauses them while a message is in use.
  toast: (text, tone = 'info', undo) => {
    const id = ++toastSeq;
    set((s) => ({ toasts: [...s.toasts, { id, text, tone, undo }].slice(-MAX_TOASTS) }));
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

/**
 * The one way a change becomes undoable: run it, remember how to reverse it, and say what
 * happened in a message with an Undo button (Ctrl/Cmd+Z and the palette's Undo pop the same
 * entry).
 */
export async function changeWithUndo<T>(change: {
  run: () => Promise<T>;
  reverse: (token: T) => Promise<void>;
  /** The message after the change, e.g. "Deleted Ship the beta". */
  message: string;
  /** What Undo says it undoes, e.g. "Undo Ship the beta". */
  label: string;
  undone?: string;
}): Promise<void> {
  const token = await change.run();
  const entry: UndoEntry = {
    label: change.label,
    undo: () => change.reverse(token),
    undone: change.undone,
  };
  useUi.getState().pushUndo(entry);
  useUi.getState().toast(change.message, 'info', entry);
}

/** Runs a delete, remembers how to undo it, and offers Undo in a toast. */
export function deleteWithUndo(
  label: string,
  run: () => Promise<DeletionToken>,
  restore: (t: DeletionToken) => Promise<void>,
): Promise<void> {
  return changeWithUndo({
    run,
    reverse: restore,
    message: `Deleted ${label}`,
    label: `Undo ${label}`,
  });
}

/** Undoes one entry (already taken off the stack) and says so. */
export async function performUndo(entry: UndoEntry): Promise<void> {
  await entry.undo();
  useUi.getState().toast(entry.undone ?? `${entry.label.replace(/^Undo /, '')} is back`);
}
