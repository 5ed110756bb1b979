import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

/**
 * One team document on the wire: its Y.Doc and its HocuspocusProvider, attached to the one
 * socket every document of the workspace shares. The doc mirrors what Dexie stores for the
 * document; the transport moves updates between the two.
 */
export interface DocLink {
  name: string;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Local updates (by seq) put into the doc and not yet reported to `markPushed`. */
  inFlight: Set<number>;
  /** The newest local seq put into the doc. */
  lastSeq: number;
  /** Local updates of this document the server has not confirmed yet. */
  waiting: number;
  /** A teammate's updates not yet written to Dexie (one `applyRemote` per tick). */
  incoming: Uint8Array[];
  flushScheduled: boolean;
  /** A fresh copy waiting for the server's state, to replace one the server refused. */
  resetting: boolean;
  /** Opened again after the server refused a write: a refusal now is final. */
  secondTry: boolean;
  /** Dexie work for this document, one step at a time in order. */
  work: Promise<unknown>;
  stopped: boolean;
}

/** Where local updates put into a doc come from; anything the provider applies is a teammate's. */
export const LOCAL_ORIGIN = Symbol('cairn-local');

export interface LinkEvents {
  /** A teammate's update arrived (origin: the provider). */
  remote(link: DocLink, update: Uint8Array): void;
  /** The server acknowledged everything sent so far. */
  allAcknowledged(link: DocLink): void;
  /** The server dropped an edit (a read-only connection). */
  refused(link: DocLink): void;
  authenticated(link: DocLink, scope: string): void;
  authenticationFailed(link: DocLink, reason: string): void;
  stateless(link: DocLink, payload: string): void;
  synced(link: DocLink): void;
}

const SYNC_STATUS = 8;

export function openLink(
  name: string,
  socket: HocuspocusProviderWebsocket,
  token: string,
  doc: Y.Doc,
  events: LinkEvents,
  withAwareness: boolean,
): DocLink {
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    // A document's copy is replaced after a refused write while the server may still route
    // to the old one: a session key per provider keeps the two apart (server 4 reads it).
    sessionAwareness: true,
    // Presence is read from the org document only: one awareness per client is enough.
    ...(withAwareness ? {} : { awareness: null }),
  });
  const link: DocLink = {
    name,
    doc,
    provider,
    inFlight: new Set(),
    lastSeq: 0,
    waiting: 0,
    incoming: [],
    flushScheduled: false,
    resetting: false,
    secondTry: false,
    work: Promise.resolve(),
    stopped: false,
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) events.remote(link, update);
  });
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0 && provider.isSynced) events.allAcknowledged(link);
  });
  provider.on('synced', () => {
    events.synced(link);
    if (provider.unsyncedChanges === 0) events.allAcknowledged(link);
  });
  provider.on(
    'message',
    ({ message }: { message: { readVarString(): string; readVarUint(): number } }) => {
      // The provider ignores a refusal (it just never counts the change as synced): read it here.
      message.readVarString();
      if (message.readVarUint() !== SYNC_STATUS) return;
      if (message.readVarUint() !== 1) events.refused(link);
    },
  );
  provider.on('authenticated', ({ scope }: { scope: string }) => events.authenticated(link, scope));
  provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
    events.authenticationFailed(link, reason),
  );
  provider.on('stateless', ({ payload }: { payload: string }) => events.stateless(link, payload));
  // A provider given its socket does not attach itself (one socket carries many documents).
  provider.attach();
  return link;
}

export function closeLink(link: DocLink): void {
  link.stopped = true;
  link.provider.destroy();
  link.doc.destroy();
}

/** Runs Dexie work for one document after the work before it, errors reported not thrown. */
export function enqueue(
  link: DocLink,
  step: () => Promise<void>,
  onError: (err: unknown) => void,
): Promise<void> {
  const next = link.work.then(() => (link.stopped ? undefined : step())).catch(onError);
  link.work = next;
  return next;
}
