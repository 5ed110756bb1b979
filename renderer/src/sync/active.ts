import { useSyncExternalStore } from 'react';
import type { SyncStatus, TeamSyncHandle } from './api';

/**
 * The open team workspace's sync, for the views that show its status or ask what may be
 * edited. Null in a personal workspace. Not UI state (it is the transport's), so not a slice.
 */
let active: TeamSyncHandle | null = null;
const watchers = new Set<() => void>();

export function setActiveTeamSync(handle: TeamSyncHandle | null, only?: TeamSyncHandle): void {
  // A stopping handle clears itself only if no newer one took its place.
  if (only && active !== only) return;
  active = handle;
  for (const watch of watchers) watch();
}

export const activeTeamSync = (): TeamSyncHandle | null => active;

const subscribeActive = (watch: () => void) => {
  watchers.add(watch);
  return () => void watchers.delete(watch);
};

/** The sync status of the open team workspace; null in a personal one. */
export function useSyncStatus(): SyncStatus | null {
  const handle = useSyncExternalStore(subscribeActive, activeTeamSync);
  return useSyncExternalStore(
    (watch) => (handle ? handle.subscribe(watch) : () => undefined),
    () => (handle ? statusOf(handle) : null),
  );
}

// useSyncExternalStore wants the same object until something changed.
const cache = new WeakMap<TeamSyncHandle, { json: string; status: SyncStatus }>();
function statusOf(handle: TeamSyncHandle): SyncStatus {
  const status = handle.status();
  const json = JSON.stringify(status);
  const hit = cache.get(handle);
  if (hit?.json === json) return hit.status;
  cache.set(handle, { json, status });
  return status;
}
