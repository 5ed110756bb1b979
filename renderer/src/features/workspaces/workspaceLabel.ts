import type { Workspace } from '@shared/workspaces';

/** How a workspace is named in lists: its name and whether it is shared. */
export const workspaceLabel = (w: Workspace): string =>
  w.kind === 'team' ? `${w.name} · team` : `${w.name} · never synced`;
