import type { CairnDb } from '../db/schema';
import { checkInviteOn } from './checkInvite';
import { setActiveTeamSync } from './active';
import { TeamTransport } from './transport';

/**
 * The transport's face to the rest of the app, as agreed between the workspaces and transport
 * work: `startTeamSync` when a team workspace opens, `checkInvite` before one is made.
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
  /** The member the server says this is (null until known). */
  memberId?: string | null;
  /**
   * Something to tell the person once (a write the server refused, a teammate's change that
   * could not be read); a new `id` is a new message.
   */
  notice?: { id: number; text: string };
}

export interface TeamSyncHandle {
  status(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  stop(): Promise<void>;
  /** Whether this member may change a document (`unit/<owner>/<cycle>`, `org`, `planning/…`). */
  canWrite(docName: string): boolean;
}

/** `WebSocket` where there is none (Node), e.g. the `ws` package. */
export type WebSocketClass = unknown;

export interface TeamSyncOptions {
  db: CairnDb;
  /** `wss://team.example.org` or `ws://127.0.0.1:1234`. */
  serverUrl: string;
  inviteCode: string;
  WebSocketPolyfill?: WebSocketClass;
  /** Reconnect back-off (ms): from `minDelay` (1 s), doubling up to `maxDelay` (30 s). */
  reconnect?: { minDelay?: number; maxDelay?: number };
}

export type InviteCheck =
  { ok: true; memberId: string; admin: boolean } | { ok: false; message: string };

export function startTeamSync(options: TeamSyncOptions): TeamSyncHandle {
  const transport = new TeamTransport(options);
  const handle: TeamSyncHandle = {
    status: () => transport.status(),
    subscribe: (listener) => transport.subscribe(listener),
    canWrite: (docName) => transport.canWrite(docName),
    stop: async () => {
      setActiveTeamSync(null, handle);
      await transport.stop();
    },
  };
  setActiveTeamSync(handle);
  return handle;
}

/** Asks the server whether this code is a member's, and whose, before a workspace is made. */
export async function checkInvite(
  serverUrl: string,
  inviteCode: string,
  options: { WebSocketPolyfill?: WebSocketClass; timeoutMs?: number } = {},
): Promise<InviteCheck> {
  return checkInviteOn(serverUrl, inviteCode, options);
}
