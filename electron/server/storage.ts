/**
 * What the team server keeps, whatever holds it: SQLite (`TeamStore`, one file, the default) or
 * PostgreSQL (`PgTeamStore`, shared by several server instances behind one address).
 * SQLite answers synchronously and PostgreSQL over the network, so every method may return
 * either a value or a promise; callers await them.
 */
export type Awaitable<T> = T | Promise<T>;

export interface MemberRow {
  personId: string;
  admin: boolean;
  invitedAt: string;
  revokedAt: string | null;
}

export interface TeamStorage {
  /** The document's state with every update since, as one Yjs update; null if never written. */
  loadDocument(name: string): Awaitable<Uint8Array | null>;
  /** Appends one update to the document's log (see `written`). */
  appendUpdate(name: string, update: Uint8Array): Awaitable<void>;
  /** Folds the log into one stored state; nothing appended meanwhile is lost. */
  compactDocument(name: string, state: Uint8Array): Awaitable<void>;
  /** Adds or re-invites a person with a new code's hash; their old code stops working. */
  putMember(personId: string, tokenHash: string, admin: boolean): Awaitable<void>;
  /** False when the person has no active invite. */
  revokeMember(personId: string): Awaitable<boolean>;
  /** The active member whose code hashes to this, if any. */
  memberByTokenHash(tokenHash: string): Awaitable<{ personId: string; admin: boolean } | null>;
  members(): Awaitable<MemberRow[]>;
  /**
   * Changes whenever the members may have changed elsewhere (the CLI, another instance): the
   * server polls it and re-checks its open connections when it moves.
   */
  membersVersion(): Awaitable<number | string>;
  /**
   * Null when every append so far is already committed (SQLite commits inside the call); else
   * resolves once they are, or rejects if one failed. The server holds a client's messages
   * back until then, so nothing is acknowledged before it is stored.
   */
  written(): Promise<void> | null;
  close(): Awaitable<void>;
}

/** Where the team is kept: a SQLite file, or a PostgreSQL database. */
export type StorageChoice = { dataPath: string } | { postgres: string };

export function describeStorage(choice: StorageChoice): string {
  return 'postgres' in choice ? `PostgreSQL ${redactUrl(choice.postgres)}` : choice.dataPath;
}

/** A connection URL for printing: the password replaced. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

export async function openStorage(choice: StorageChoice): Promise<TeamStorage> {
  if ('postgres' in choice) {
    // Loaded only when asked for, so the default (SQLite) server never loads `pg`.
    const { PgTeamStore } = await import('./pgStore');
    return PgTeamStore.open(choice.postgres);
  }
  const { TeamStore } = await import('./store');
  return new TeamStore(choice.dataPath);
}
