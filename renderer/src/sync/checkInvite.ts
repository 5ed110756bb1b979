import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { parseMemberMessage } from '@shared/sync/memberMessage';
import type { InviteCheck, WebSocketClass } from './api';
import { refusedMessage, REVOKED_MESSAGE, unreachableMessage } from './messages';

/**
 * Connects to the server's `org` document with the code, once, and reads who the server says
 * the code belongs to. Nothing is stored: the caller makes the workspace with the answer.
 */
export function checkInviteOn(
  serverUrl: string,
  inviteCode: string,
  options: { WebSocketPolyfill?: WebSocketClass; timeoutMs?: number },
): Promise<InviteCheck> {
  const url = serverUrl.trim();
  if (!/^wss?:\/\/[^/\s]+/i.test(url))
    return Promise.resolve({
      ok: false,
      message: `“${url}” is not a team server address: it starts with wss:// (or ws://)`,
    });
  if (!inviteCode.trim()) return Promise.resolve({ ok: false, message: 'Enter the invite code' });
  const socket = new HocuspocusProviderWebsocket({
    url,
    maxAttempts: 1,
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: 'org',
    token: inviteCode.trim(),
    document: new Y.Doc(),
    awareness: null,
  });
  return new Promise<InviteCheck>((resolve) => {
    let done = false;
    const finish = (answer: InviteCheck) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      provider.destroy();
      socket.destroy();
      resolve(answer);
    };
    const unreachable = () => finish({ ok: false, message: unreachableMessage(url) });
    const timer = setTimeout(unreachable, options.timeoutMs ?? 10_000);
    provider.on('stateless', ({ payload }: { payload: string }) => {
      const member = parseMemberMessage(payload);
      if (member) finish({ ok: true, memberId: member.personId, admin: member.admin });
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) =>
      finish({ ok: false, message: refusedMessage(reason) }),
    );
    socket.on('maxAttemptsFailed', unreachable);
    socket.on('close', ({ event }: { event: { code: number } }) => {
      if (event.code === 4403) finish({ ok: false, message: REVOKED_MESSAGE });
    });
    provider.attach();
  });
}
