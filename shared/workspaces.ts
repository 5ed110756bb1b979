/**
 * The workspaces a person has on this computer: one personal workspace, never synced, and one
 * per team. Each is its own IndexedDB database; this list says which they are and which one is
 * open. Pure: the renderer keeps it (renderer/src/workspaces/registry.ts).
 */

export interface Workspace {
  id: string;
  name: string;
  kind: 'personal' | 'team';
  /** The IndexedDB database holding it. */
  dbName: string;
  /** A team workspace's server, e.g. `wss://team.example.org`. */
  serverUrl?: string;
}

export interface WorkspaceList {
  workspaces: Workspace[];
  activeId: string;
}

export const PERSONAL_ID = 'personal';
/** The personal workspace keeps the database Cairn always had, so nothing moves on upgrade. */
export const PERSONAL_DB = 'cairn';
export const MAX_WORKSPACE_NAME = 60;

export const PERSONAL: Workspace = {
  id: PERSONAL_ID,
  name: 'Personal',
  kind: 'personal',
  dbName: PERSONAL_DB,
};

export const defaultWorkspaceList = (): WorkspaceList => ({
  workspaces: [PERSONAL],
  activeId: PERSONAL_ID,
});

/** What is wrong with a workspace's name, or null: the person sees it beside the field. */
export function workspaceNameProblem(
  name: string,
  list: WorkspaceList,
  renaming?: string,
): string | null {
  const n = name.trim();
  if (!n) return 'Give the workspace a name.';
  if (n.length > MAX_WORKSPACE_NAME)
    return `A workspace's name has at most ${MAX_WORKSPACE_NAME} characters.`;
  const taken = list.workspaces.some(
    (w) => w.id !== renaming && w.name.trim().toLowerCase() === n.toLowerCase(),
  );
  return taken ? `There is already a workspace named "${n}".` : null;
}

const isWorkspace = (w: unknown): w is Workspace => {
  const v = w as Partial<Workspace> | null;
  return (
    typeof v?.id === 'string' &&
    typeof v.name === 'string' &&
    typeof v.dbName === 'string' &&
    (v.kind === 'team' || v.kind === 'personal') &&
    (v.serverUrl === undefined || typeof v.serverUrl === 'string')
  );
};

/**
 * Reads a stored list, keeping what is sound: the personal workspace is always there (it is
 * the `cairn` database), and an unknown active id opens it. Damaged storage must never lock a
 * person out of their data.
 */
export function readWorkspaceList(stored: string | null): WorkspaceList {
  let parsed: unknown;
  try {
    parsed = stored ? JSON.parse(stored) : null;
  } catch {
    parsed = null;
  }
  const raw = (parsed as Partial<WorkspaceList> | null)?.workspaces;
  const teams = (Array.isArray(raw) ? raw : [])
    .filter(isWorkspace)
    .filter((w) => w.kind === 'team' && w.dbName !== PERSONAL_DB && w.id !== PERSONAL_ID);
  const unique = teams.filter((w, i) => teams.findIndex((o) => o.id === w.id) === i);
  const storedPersonal = (Array.isArray(raw) ? raw : []).find(
    (w): w is Workspace => isWorkspace(w) && w.id === PERSONAL_ID,
  );
  const personal = { ...PERSONAL, name: storedPersonal?.name.trim() || PERSONAL.name };
  const workspaces = [personal, ...unique];
  const activeId = (parsed as Partial<WorkspaceList> | null)?.activeId;
  return {
    workspaces,
    activeId: workspaces.some((w) => w.id === activeId) ? activeId! : PERSONAL_ID,
  };
}

export const activeOf = (list: WorkspaceList): Workspace =>
  list.workspaces.find((w) => w.id === list.activeId) ?? PERSONAL;

export const teamDbName = (id: string): string => `cairn-team-${id}`;

export function addTeamWorkspace(
  list: WorkspaceList,
  team: { id: string; name: string; serverUrl: string },
): WorkspaceList {
  const problem = workspaceNameProblem(team.name, list);
  if (problem) throw new Error(problem);
  const w: Workspace = {
    id: team.id,
    name: team.name.trim(),
    kind: 'team',
    dbName: teamDbName(team.id),
    serverUrl: team.serverUrl,
  };
  return { ...list, workspaces: [...list.workspaces, w] };
}

export function renameWorkspace(list: WorkspaceList, id: string, name: string): WorkspaceList {
  const problem = workspaceNameProblem(name, list, id);
  if (problem) throw new Error(problem);
  if (!list.workspaces.some((w) => w.id === id)) throw new Error('That workspace is not here.');
  return {
    ...list,
    workspaces: list.workspaces.map((w) => (w.id === id ? { ...w, name: name.trim() } : w)),
  };
}

/** Takes a team workspace off the list; removing the open one opens the personal workspace. */
export function removeWorkspace(list: WorkspaceList, id: string): WorkspaceList {
  if (id === PERSONAL_ID) throw new Error('The personal workspace cannot be removed.');
  return {
    workspaces: list.workspaces.filter((w) => w.id !== id),
    activeId: list.activeId === id ? PERSONAL_ID : list.activeId,
  };
}

export function setActiveWorkspace(list: WorkspaceList, id: string): WorkspaceList {
  if (!list.workspaces.some((w) => w.id === id)) throw new Error('That workspace is not here.');
  return { ...list, activeId: id };
}
