import type { StateCreator } from 'zustand';
import type { WorkspaceList } from '@shared/workspaces';
import { loadWorkspaces } from '../workspaces/registry';

export type WorkspaceDialog = 'switch' | 'join' | 'share' | 'rename' | 'remove';

/**
 * The workspaces' UI state: the list as last read from the registry (re-read after each
 * change) and which workspace dialog is open.
 */
export interface WorkspacesSlice {
  workspaceList: WorkspaceList;
  workspaceDialog: WorkspaceDialog | null;
  openWorkspaceDialog(d: WorkspaceDialog | null): void;
  refreshWorkspaces(): void;
}

export const createWorkspacesSlice: StateCreator<WorkspacesSlice, [], [], WorkspacesSlice> = (
  set,
) => ({
  workspaceList: loadWorkspaces(),
  workspaceDialog: null,
  openWorkspaceDialog: (workspaceDialog) => set({ workspaceDialog }),
  refreshWorkspaces: () => set({ workspaceList: loadWorkspaces() }),
});
