import { inviteMember } from './members';
import { startTeamServer, type TeamServer } from './server';
import { openStorage } from './storage';
import { hostedRequestSchema, type HostedReply, type HostedRequest } from './hostedProtocol';

/**
 * The team server as the desktop app hosts it: the same `startTeamServer` as `npm run server`,
 * run in Electron's utilityProcess so the window's process never holds the sockets or the
 * SQLite file. Main sends requests over `process.parentPort`; this answers each one.
 *
 * Under plain Node (the tests fork it with child_process) the IPC channel of `process.send`
 * stands in for parentPort: the protocol is the same messages either way.
 */
interface Port {
  post(reply: HostedReply): void;
  onMessage(listener: (message: unknown) => void): void;
}

interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

function parentPort(): Port {
  const electron = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electron) {
    return {
      post: (reply) => electron.postMessage(reply),
      onMessage: (listener) => electron.on('message', (e) => listener(e.data)),
    };
  }
  if (process.send) {
    return {
      post: (reply) => process.send!(reply),
      onMessage: (listener) => process.on('message', listener),
    };
  }
  throw new Error('hostedEntry runs as a utility or forked process, with a parent to talk to.');
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Why listening failed, in words a person can act on. */
function startProblem(err: unknown, port: number): string {
  const code = (err as { code?: string }).code;
  if (code === 'EADDRINUSE')
    return `Port ${port} is already in use on this computer: stop what uses it, or choose another port.`;
  if (code === 'EACCES')
    return `This computer does not let Cairn listen on port ${port}: choose a port above 1024.`;
  return `The team server did not start: ${messageOf(err)}`;
}

export function runHostedServer(port: Port = parentPort()): void {
  let server: TeamServer | null = null;
  let dataPath: string | null = null;

  const invite = async (personId: string, admin: boolean): Promise<string> => {
    if (!dataPath) throw new Error('The team server is not running.');
    // A connection of its own, as the CLI makes: the server sees the new member at once.
    const store = await openStorage({ dataPath });
    try {
      return await inviteMember(store, personId, admin);
    } finally {
      await store.close();
    }
  };

  const handle = async (request: HostedRequest): Promise<void> => {
    switch (request.type) {
      case 'start': {
        if (server) {
          port.post({ type: 'error', message: 'The team server is already running.' });
          return;
        }
        try {
          dataPath = request.dataPath;
          server = await startTeamServer({
            dataPath: request.dataPath,
            host: request.host,
            port: request.port,
          });
        } catch (err) {
          port.post({ type: 'error', message: startProblem(err, request.port) });
          return;
        }
        let adminInvite: string | undefined;
        try {
          if (request.adminPersonId) adminInvite = await invite(request.adminPersonId, true);
        } catch (err) {
          port.post({ type: 'error', message: `The admin invite failed: ${messageOf(err)}` });
          return;
        }
        const store = await openStorage({ dataPath: request.dataPath });
        const members = (await store.members()).filter((m) => !m.revokedAt).length;
        await store.close();
        port.post({
          type: 'listening',
          port: server.port,
          members,
          ...(adminInvite ? { adminInvite } : {}),
        });
        return;
      }
      case 'invite':
        try {
          const code = await invite(request.personId, request.admin);
          port.post({ type: 'invited', requestId: request.requestId, code });
        } catch (err) {
          port.post({
            type: 'inviteFailed',
            requestId: request.requestId,
            message: messageOf(err),
          });
        }
        return;
      case 'stop':
        await server?.close();
        server = null;
        port.post({ type: 'stopped' });
        // Nothing else runs here: leaving lets main see a clean exit (code 0).
        process.exit(0);
    }
  };

  port.onMessage((message) => {
    const parsed = hostedRequestSchema.safeParse(message);
    if (!parsed.success) {
      port.post({ type: 'error', message: 'The team server was sent a request it cannot read.' });
      return;
    }
    void handle(parsed.data).catch((err: unknown) =>
      port.post({ type: 'error', message: messageOf(err) }),
    );
  });
  port.post({ type: 'ready' });
}

runHostedServer();
