import { Redis } from '@hocuspocus/extension-redis';
import type { Hocuspocus, WebSocketLike } from '@hocuspocus/server';
import IORedis from 'ioredis';
import type { WebSocket } from 'ws';
import type { TeamStorage } from './storage';

/**
 * Several instances behind one address (`--redis URL`): Hocuspocus's Redis extension relays
 * each instance's updates and awareness to the others and lets one instance at a time store a
 * document. The instances must share one database (`--postgres`).
 */
export function redisExtension(url: string): Redis {
  return new Redis({
    createClient: () => new IORedis(url, { lazyConnect: false }),
    prefix: 'cairn',
  });
}

/**
 * On close: the Redis extension unsubscribes each document as it unloads (a second after its
 * last connection), so its connections must stay open until then.
 */
export async function documentsUnloaded(hocuspocus: Hocuspocus, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (hocuspocus.documents.size > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Updates relayed from another instance: that instance has stored them already. */
export function fromAnotherInstance(origin: unknown): boolean {
  return (
    typeof origin === 'object' &&
    origin !== null &&
    (origin as { source?: unknown }).source === 'redis'
  );
}

const OPEN = 1;

/**
 * The socket Hocuspocus writes to, holding each outgoing message until every update appended
 * so far is committed. Hocuspocus acknowledges an update as soon as it has applied it in memory;
 * with SQLite the append is already committed then (no wait), with PostgreSQL it is in flight.
 * Order is kept, so the acknowledgement a client sees means its edit is stored. If a write
 * fails, the client is disconnected instead: on reconnecting it sends what the server lacks.
 */
export function heldUntilStored(socket: WebSocket, storage: TeamStorage): WebSocketLike {
  let queue: Promise<void> | null = null;
  return {
    get readyState() {
      return socket.readyState;
    },
    close: (code?: number, reason?: string) => socket.close(code, reason),
    send(data) {
      const stored = storage.written();
      if (!queue && !stored) {
        socket.send(data as Uint8Array);
        return;
      }
      const next: Promise<void> = Promise.all([queue, stored]).then(
        () => {
          if (socket.readyState === OPEN) socket.send(data as Uint8Array);
        },
        () => socket.close(1011, 'storage unavailable'),
      );
      queue = next;
      void next.then(() => {
        if (queue === next) queue = null;
      });
    },
  };
}
