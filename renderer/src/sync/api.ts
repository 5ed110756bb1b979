import type { CairnDb } from '../db/schema';

/**
 * The transport's face to the rest of the app. Placeholder signatures agreed between the
 * workspaces and transport work: the transport branch replaces the bodies.
 */

export type SyncState = 'connecting' | 'synced' | 'sending' | 'offline' | 'refused';

export interface SyncStatus {
  state: SyncState;
  /** Teammates connected to the team's documents right now, this person excluded. */
  online: number;
  /** Local changes not yet confirmed by the server. */
  waiting: number;
  /** Names of units whose documents this member may only read. */
  readOnlyUnits: string[];
  /** Why the server refused, in words for the person (revoked invite, wrong code…). */
  message?: string;
}

export interface TeamSyncHandle {
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  stop(): Promise<void>;
}

export interface TeamSyncOptions {
  db: CairnDb;
  /** `wss://team.example.org` or `ws://127.0.0.1:1234`. */
  serverUrl: string;
  inviteCode: string;
}

export type InviteCheck =
  { ok: true; memberId: string; admin: boolean } | { ok: false; message: string };

export function startTeamSync(_options: TeamSyncOptions): TeamSyncHandle {
  throw new Error('Team sync transport is not built yet');
}

/** Asks the server whether this code is a member's, and whose, before a workspace is made. */
export async function checkInvite(_serverUrl: string, _inviteCode: string): Promise<InviteCheck> {
  return { ok: false, message: 'Joining a team is not built yet' };
}
