import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Database } from '@hocuspocus/extension-database';
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { normalizeInviteCode } from '../../shared/sync/invites';
import { formatMemberMessage } from '../../shared/sync/memberMessage';
import { documentAccess, type OrgUnitLink, type SyncMember } from '../../shared/sync/permissions';
import { hashInviteCode } from './members';
import { readOrgUnits } from './orgUnits';
import {
  documentsUnloaded,
  fromAnotherInstance,
  heldUntilStored,
  redisExtension,
} from './scaleOut';
import { openStorage } from './storage';

export interface TeamServerOptions {
  /** The SQLite file; created when missing. Ignored when `postgres` is given. */
  dataPath?: string;
  /** A PostgreSQL URL: the team kept there instead, shared by every instance. */
  postgres?: string;
  /** A Redis URL: instances behind one address relay updates and awareness through it. */
  redis?: string;
  /** 127.0.0.1 unless the team is on the LAN. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** PEM certificate and key: serve wss:// instead of ws://. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** How often to look for invites revoked by the CLI (another process on the same file). */
  revocationCheckMs?: number;
}

export interface TeamServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** One WebSocket: a client multiplexes all its documents over it. */
interface Peer {
  socket: WebSocket;
  member: SyncMember | null;
  tokenHash: string | null;
  connections: Map<string, Connection>;
}

interface Context {
  peer: Peer;
}

class Refused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const MAX_DOCUMENTS_PER_CLIENT = 5000;

/** The client learns its member id and admin flag from the server, not from its own copy. */
function tellWhoTheyAre(peer: Peer, connection: Connection): void {
  if (peer.member) connection.sendStateless(formatMemberMessage(peer.member));
}

export async function startTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  if (!options.postgres && !options.dataPath) throw new Error('Give dataPath or postgres.');
  const store = await openStorage(
    options.postgres ? { postgres: options.postgres } : { dataPath: options.dataPath! },
  );
  // Hocuspocus may still run a debounced store after close(); the file is shut by then.
  let closed = false;
  const peers = new Set<Peer>();

  // The org tree as the server holds it: the live document when loaded, else the stored one.
  // Only the live document changes it, and each of its updates drops the cache.
  const hocuspocus = new Hocuspocus<Context>();
  let unitsCache: OrgUnitLink[] | null = null;
  const orgUnits = async (): Promise<OrgUnitLink[]> => {
    if (unitsCache) return unitsCache;
    const live = hocuspocus.documents.get('org');
    // While loading, the live document is still empty: read what is stored instead.
    if (live && !live.isLoading) return (unitsCache = readOrgUnits(live));
    const doc = new Y.Doc();
    const stored = await store.loadDocument('org');
    if (stored) Y.applyUpdate(doc, stored);
    const units = readOrgUnits(doc);
    doc.destroy();
    // Another instance may change the stored tree: keep only what this one sees change.
    if (!options.redis) unitsCache = units;
    return units;
  };

  // A lead added or removed in the org document changes what open connections may write.
  const recheckOpenConnections = async () => {
    unitsCache = null;
    const units = await orgUnits();
    for (const peer of peers) {
      if (!peer.member) continue;
      for (const [name, connection] of peer.connections) {
        connection.readOnly = documentAccess(name, peer.member, units) !== 'write';
      }
    }
  };

  const permissions: Extension = {
    extensionName: 'CairnPermissions',
    async onAuthenticate({ token, documentName, context, connectionConfig }) {
      const { peer } = context as Context;
      const code = normalizeInviteCode(token ?? '');
      const tokenHash = code ? hashInviteCode(code) : null;
      const member = tokenHash ? await store.memberByTokenHash(tokenHash) : null;
      if (!member || !tokenHash) throw new Refused('permission-denied');
      const access = documentAccess(documentName, member, await orgUnits());
      if (access === 'none') throw new Refused('unknown-document');
      connectionConfig.readOnly = access !== 'write';
      peer.member = member;
      peer.tokenHash = tokenHash;
    },
    async connected({ documentName, connection, context }) {
      const { peer } = context as Context;
      peer.connections.set(documentName, connection);
      // The org tree may have changed between authenticating and now: decide again.
      if (peer.member)
        connection.readOnly =
          documentAccess(documentName, peer.member, await orgUnits()) !== 'write';
      tellWhoTheyAre(peer, connection);
    },
    async onDisconnect({ documentName, context }) {
      (context as Context | undefined)?.peer.connections.delete(documentName);
    },
    async afterLoadDocument({ document, documentName }) {
      // Synchronous, in the update's own tick: written before the server acknowledges it.
      // (With PostgreSQL the append is in flight: heldUntilStored holds the acknowledgement.)
      document.on('update', (update: Uint8Array, origin: unknown) => {
        if (!closed && !fromAnotherInstance(origin)) void store.appendUpdate(documentName, update);
      });
      if (documentName === 'org') {
        unitsCache = null;
        document.on('update', () => void recheckOpenConnections());
      }
    },
  };

  const database = new Database({
    fetch: async ({ documentName }) => store.loadDocument(documentName),
    store: async ({ documentName, state }) => {
      if (!closed) await store.compactDocument(documentName, state);
    },
  });

  const redis = options.redis ? redisExtension(options.redis) : null;
  hocuspocus.configure({
    extensions: [permissions, database, ...(redis ? [redis] : [])],
    quiet: true,
    // A client opens every team document at once on (re)connect — one per unit and cycle —
    // before any is authenticated; Hocuspocus's default (100) would cut off a mid-size team.
    maxPendingDocuments: MAX_DOCUMENTS_PER_CLIENT,
  });

  // The CLI (or another instance's) revokes and re-invites (a new code) by writing the store
  // from another process; its members version tells us when. A code no longer on file ends its
  // connections.
  let seenVersion = await store.membersVersion();
  let checking = false;
  const revocationTimer = setInterval(() => {
    if (checking) return;
    checking = true;
    void (async () => {
      const version = await store.membersVersion();
      if (version === seenVersion) return;
      seenVersion = version;
      for (const peer of peers) {
        if (peer.tokenHash && !(await store.memberByTokenHash(peer.tokenHash))) {
          peer.socket.close(4403, 'invite revoked');
        }
      }
    })()
      .catch(() => {}) // the database is unreachable: try again on the next tick
      .finally(() => (checking = false));
  }, options.revocationCheckMs ?? 200);

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const peer: Peer = { socket, member: null, tokenHash: null, connections: new Map() };
    peers.add(peer);
    const client = hocuspocus.handleConnection(
      heldUntilStored(socket, store),
      request as unknown as Request,
      { peer },
    );
    socket.on('message', (data: Buffer) => client.handleMessage(new Uint8Array(data)));
    socket.on('close', (code: number, reason: Buffer) => {
      peers.delete(peer);
      client.handleClose({ code, reason: reason.toString() });
    });
    socket.on('error', () => socket.terminate());
  });

  const onRequest = (_req: IncomingMessage, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('Cairn team server\n');
  };
  const http = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : createHttpServer(onRequest);
  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host;

  let closing: Promise<void> | null = null;
  return {
    port,
    url: `${options.tls ? 'wss' : 'ws'}://${hostForUrl}:${port}`,
    close: () =>
      (closing ??= (async () => {
        clearInterval(revocationTimer);
        http.close();
        for (const peer of peers) peer.socket.close(1001, 'server stopping');
        const compacting = [...hocuspocus.documents.values()].map((doc) =>
          store.compactDocument(doc.name, Y.encodeStateAsUpdate(doc)),
        );
        closed = true;
        await Promise.all(compacting);
        hocuspocus.closeConnections();
        wss.close();
        if (redis) {
          await documentsUnloaded(hocuspocus);
          await redis.onDestroy();
        }
        await store.close();
      })()),
  };
}
