import { db } from '../db/schema';
import { host } from '../host';
import { startTeamSync, type TeamSyncHandle } from '../sync/api';
import { activeWorkspace } from './registry';

let handle: TeamSyncHandle | null = null;
let started = false;

/** The open team workspace's sync, once started (null in a personal workspace). */
export const teamSyncHandle = (): TeamSyncHandle | null => handle;

/**
 * Starts syncing the open workspace when it is a team one: once per window, at start-up.
 * A failure leaves the workspace working offline (everything is kept locally and sent once
 * sync runs), so it is logged once rather than shown as an error.
 */
export async function startActiveTeamSync(): Promise<void> {
  const w = activeWorkspace();
  if (started || w.kind !== 'team' || !w.serverUrl) return;
  started = true;
  try {
    const inviteCode = await host.readSecret(w.id);
    if (!inviteCode) throw new Error(`no invite code is kept for workspace "${w.name}"`);
    handle = startTeamSync({ db, serverUrl: w.serverUrl, inviteCode });
  } catch (err) {
    console.warn('Team sync did not start; working offline:', err);
  }
}
