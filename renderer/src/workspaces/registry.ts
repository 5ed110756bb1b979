import {
  activeOf,
  defaultWorkspaceList,
  readWorkspaceList,
  setActiveWorkspace,
  type Workspace,
  type WorkspaceList,
} from '@shared/workspaces';

/**
 * Where the list of workspaces lives: localStorage, outside every workspace's database, because
 * it is read synchronously before the `db` singleton is constructed (schema.ts opens the active
 * workspace's database). It holds names and addresses only; invite codes go to the host's
 * `secrets`.
 */
export const WORKSPACES_KEY = 'cairn.workspaces';

/** A Storage-like place to keep the list; tests pass their own. */
export interface ListStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const browserStore = (): ListStore | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser with storage blocked: Cairn opens the personal workspace.
    return null;
  }
};

export function loadWorkspaces(store: ListStore | null = browserStore()): WorkspaceList {
  return store ? readWorkspaceList(store.getItem(WORKSPACES_KEY)) : defaultWorkspaceList();
}

export function saveWorkspaces(
  list: WorkspaceList,
  store: ListStore | null = browserStore(),
): void {
  if (!store) throw new Error('This browser does not let Cairn keep its list of workspaces.');
  store.setItem(WORKSPACES_KEY, JSON.stringify(list));
}

/** Read once at start-up: switching workspaces reloads the window (see switchTo). */
export const activeWorkspace = (store?: ListStore | null): Workspace =>
  activeOf(loadWorkspaces(store));

/** Applies a change to the stored list and keeps the result. */
export function updateWorkspaces(
  change: (list: WorkspaceList) => WorkspaceList,
  store: ListStore | null = browserStore(),
): WorkspaceList {
  const next = change(loadWorkspaces(store));
  saveWorkspaces(next, store);
  return next;
}

/**
 * Opens another workspace. The `db` singleton, live queries, caches and the UI's state all
 * belong to the open database; reloading the window is the one way to be sure nothing of the
 * previous workspace is left showing or written to.
 */
export function switchToWorkspace(id: string): void {
  updateWorkspaces((l) => setActiveWorkspace(l, id));
  window.location.reload();
}
