import { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { TeamSyncOptions } from './api';

/** Close code the team server uses for a revoked (or replaced) invite. */
const REVOKED = 4403;

export interface SocketEvents {
  /** The socket connected (true) or lost its connection (false). */
  connection(connected: boolean): void;
  /** The server closed the socket because this member's invite was revoked. */
  revoked(): void;
}

/** The one WebSocket every document of a team workspace shares. */
export function openTeamSocket(
  options: TeamSyncOptions,
  events: SocketEvents,
): HocuspocusProviderWebsocket {
  const retry = options.reconnect ?? {};
  const socket = new HocuspocusProviderWebsocket({
    url: options.serverUrl,
    // Reconnect with back-off: 1 s, doubling, at most every 30 s, with jitter.
    delay: retry.minDelay ?? 1000,
    minDelay: retry.minDelay ?? 1000,
    maxDelay: retry.maxDelay ?? 30_000,
    factor: 2,
    jitter: retry.minDelay === undefined,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  socket.on('connect', () => events.connection(true));
  socket.on('disconnect', () => events.connection(false));
  socket.on('close', ({ event }: { event: { code: number } }) => {
    if (event.code === REVOKED) events.revoked();
  });
  return socket;
}

/**
 * Follows the browser's own word on the network. When it goes, the connection dies without a
 * close (no packet gets through to say so) and the socket would notice only at its message
 * timeout, 30 s later, saying Synced meanwhile: the socket is closed at once instead, as its
 * own timeout would, and keeps retrying (a server on this computer stays reachable). When the
 * network is back, it connects straight away rather than at its next back-off step.
 */
export function followBrowserNetwork(socket: HocuspocusProviderWebsocket): () => void {
  if (typeof window === 'undefined' || typeof window.addEventListener !== 'function')
    return () => undefined;
  const offline = () => socket.onClose({ event: { code: 4408, reason: 'offline' } });
  // Only a socket meant to be connected: `pause()` keeps it off until `resume()`.
  const online = () => void (socket.shouldConnect && socket.connect());
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}
