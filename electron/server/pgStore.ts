import pg from 'pg';
import * as Y from 'yjs';
import type { MemberRow, TeamStorage } from './storage';

/**
 * The team in PostgreSQL, for several server instances behind one address (`--postgres URL`):
 * the same three tables as the SQLite file (`store.ts`), plus `members_version`, a counter every
 * invite and revocation bumps in its own transaction, which each instance polls so a revocation
 * made anywhere disconnects the person everywhere.
 *
 * Appends go out as the updates arrive and commit in any order (Yjs updates commute); the server
 * holds its replies to a client until `written()` resolves, so an acknowledged edit is committed.
 * Compaction merges what is in the log with the instance's state rather than replacing it: an
 * update another instance appended a moment ago may not have reached this one's document yet.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS documents (
    name TEXT PRIMARY KEY,
    state BYTEA NOT NULL,
    stored_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS document_updates (
    seq BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    update_data BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS document_updates_by_name ON document_updates (name, seq);
  CREATE TABLE IF NOT EXISTS members (
    person_id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    admin BOOLEAN NOT NULL,
    invited_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE TABLE IF NOT EXISTS members_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
  );
  INSERT INTO members_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
`;
/** Instances starting together would race on CREATE TABLE; one lock key serialises them. */
const SCHEMA_LOCK = 0x636169726e; // "cairn"

export class PgTeamStore implements TeamStorage {
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PgTeamStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 });
    // An idle client losing its server is reported here; the next query reconnects.
    pool.on('error', () => {});
    const store = new PgTeamStore(pool);
    try {
      await store.transaction(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        await c.query(SCHEMA);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async loadDocument(name: string): Promise<Uint8Array | null> {
    const { rows } = await this.pool.query<{ data: Buffer }>(
      `SELECT data FROM (
         SELECT 0 AS part, 0::bigint AS seq, state AS data FROM documents WHERE name = $1
         UNION ALL
         SELECT 1, seq, update_data FROM document_updates WHERE name = $1
       ) parts ORDER BY part, seq`,
      [name],
    );
    if (rows.length === 0) return null;
    const parts = rows.map((r) => new Uint8Array(r.data));
    return parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts);
  }

  appendUpdate(name: string, update: Uint8Array): Promise<void> {
    const insert = this.pool
      .query('INSERT INTO document_updates (name, update_data) VALUES ($1, $2)', [
        name,
        Buffer.from(update),
      ])
      .then(
        () => undefined,
        (error: Error) => {
          this.failure ??= error;
        },
      )
      .finally(() => this.pending.delete(insert));
    this.pending.add(insert);
    return insert;
  }

  written(): Promise<void> | null {
    if (this.pending.size === 0 && !this.failure) return null;
    return Promise.all([...this.pending]).then(() => {
      const failure = this.failure;
      // Reported once: the clients it concerns are disconnected and send their edits again.
      this.failure = null;
      if (failure) throw failure;
    });
  }

  async compactDocument(name: string, state: Uint8Array): Promise<void> {
    await this.transaction(async (c) => {
      // One compaction of a document at a time, across instances.
      await c.query('SELECT pg_advisory_xact_lock(hashtext($1))', [name]);
      const stored = await c.query<{ state: Buffer }>(
        'SELECT state FROM documents WHERE name = $1',
        [name],
      );
      const log = await c.query<{ seq: string; update_data: Buffer }>(
        'SELECT seq, update_data FROM document_updates WHERE name = $1 ORDER BY seq',
        [name],
      );
      const parts = [
        ...stored.rows.map((r) => new Uint8Array(r.state)),
        ...log.rows.map((r) => new Uint8Array(r.update_data)),
        state,
      ];
      const merged = parts.length === 1 ? state : Y.mergeUpdates(parts);
      await c.query(
        `INSERT INTO documents (name, state, stored_at) VALUES ($1, $2, $3)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, stored_at = excluded.stored_at`,
        [name, Buffer.from(merged), new Date().toISOString()],
      );
      const last = log.rows.at(-1)?.seq;
      if (last !== undefined) {
        await c.query('DELETE FROM document_updates WHERE name = $1 AND seq <= $2', [name, last]);
      }
    });
  }

  async putMember(personId: string, tokenHash: string, admin: boolean): Promise<void> {
    await this.transaction(async (c) => {
      await c.query(
        `INSERT INTO members (person_id, token_hash, admin, invited_at, revoked_at)
         VALUES ($1, $2, $3, $4, NULL)
         ON CONFLICT (person_id) DO UPDATE SET token_hash = excluded.token_hash,
           admin = excluded.admin, invited_at = excluded.invited_at, revoked_at = NULL`,
        [personId, tokenHash, admin, new Date().toISOString()],
      );
      await c.query('UPDATE members_version SET version = version + 1 WHERE id = 1');
    });
  }

  async revokeMember(personId: string): Promise<boolean> {
    return this.transaction(async (c) => {
      const r = await c.query(
        'UPDATE members SET revoked_at = $1 WHERE person_id = $2 AND revoked_at IS NULL',
        [new Date().toISOString(), personId],
      );
      if (!r.rowCount) return false;
      await c.query('UPDATE members_version SET version = version + 1 WHERE id = 1');
      return true;
    });
  }

  async memberByTokenHash(tokenHash: string): Promise<{ personId: string; admin: boolean } | null> {
    const { rows } = await this.pool.query<{ person_id: string; admin: boolean }>(
      'SELECT person_id, admin FROM members WHERE token_hash = $1 AND revoked_at IS NULL',
      [tokenHash],
    );
    const row = rows[0];
    return row ? { personId: row.person_id, admin: row.admin } : null;
  }

  async members(): Promise<MemberRow[]> {
    const { rows } = await this.pool.query<{
      person_id: string;
      admin: boolean;
      invited_at: string;
      revoked_at: string | null;
    }>(
      'SELECT person_id, admin, invited_at, revoked_at FROM members ORDER BY invited_at, person_id',
    );
    return rows.map((r) => ({
      personId: r.person_id,
      admin: r.admin,
      invitedAt: r.invited_at,
      revokedAt: r.revoked_at,
    }));
  }

  async membersVersion(): Promise<string> {
    const { rows } = await this.pool.query<{ version: string }>(
      'SELECT version FROM members_version WHERE id = 1',
    );
    return rows[0]?.version ?? '0';
  }

  async close(): Promise<void> {
    await Promise.all([...this.pending]);
    await this.pool.end();
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }
}
