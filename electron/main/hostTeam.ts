import { promises as fs } from 'node:fs';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import { dirname } from 'node:path';
import { utilityProcess } from 'electron';
import { z } from 'zod';
import type {
  HostInvite,
  HostingStatus,
  HostStartRequest,
  HostStartResult,
} from '../../shared/host';
import { hostedReplySchema, type HostedReply, type HostedRequest } from '../server/hostedProtocol';
import { writeFileAtomic } from './files';

/** The port a team is hosted on until the person picks another: the CLI's default too. */
export const DEFAULT_HOST_PORT = 1234;
/** Every interface: teammates on the LAN reach it (the caveat is in the UI and README). */
const LISTEN_HOST = '0.0.0.0';
/** How long a stopping server may take to store its documents before it is killed. */
const STOP_GRACE_MS = 5_000;

const settingsSchema = z.object({
  leftOn: z.boolean(),
  port: z.number().int().min(0).max(65535),
});
type HostingSettings = z.infer<typeof settingsSchema>;

/** What main needs of the process it forks: Electron's UtilityProcess has all of it. */
interface HostedChild {
  postMessage(message: HostedRequest): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface HostTeamOptions {
  /** The built hostedEntry.js. */
  entryPath: string;
  /** The team's SQLite file in userData. */
  dataPath: string;
  /** Whether hosting is on, and its port: kept like the window's state. */
  settingsPath: string;
  /** Told of every change of status, a crash included (main passes it to the windows). */
  onStatus?: (status: HostingStatus) => void;
  interfaces?: () => NodeJS.Dict<NetworkInterfaceInfo[]>;
}

/** The addresses teammates enter: one per IPv4 network this computer is on (not loopback). */
export function lanAddresses(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
  port: number,
): string[] {
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      if (i.family === 'IPv4' && !i.internal) out.push(`ws://${i.address}:${port}`);
    }
  }
  return [...new Set(out)];
}

export async function loadHostingSettings(file: string): Promise<HostingSettings> {
  try {
    const r = settingsSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    if (r.success) return r.data;
  } catch {
    // missing or damaged: hosting is off
  }
  return { leftOn: false, port: DEFAULT_HOST_PORT };
}

type Waiter = { resolve(reply: HostedReply): void };

export type HostTeam = ReturnType<typeof createHostTeam>;

/**
 * "Host this team on this computer": one team server at a time, in a utilityProcess, on a LAN
 * port. Starting leaves hosting on (it starts again on the next launch), stopping turns it off,
 * quitting the app stops it and leaves the setting as it was. A crash is reported through
 * `onStatus` and kept in the status until the next start.
 */
export function createHostTeam(options: HostTeamOptions) {
  const interfaces = options.interfaces ?? networkInterfaces;
  let settings: HostingSettings | null = null;
  let child: HostedChild | null = null;
  let stopping = false;
  let starting: Promise<HostStartResult> | null = null;
  let status: HostingStatus = {
    state: 'stopped',
    port: DEFAULT_HOST_PORT,
    addresses: [],
    localUrl: null,
    members: 0,
    leftOn: false,
    problem: null,
  };
  // Replies main waits for: the next lifecycle one (ready, listening, error, stopped), and invites.
  let lifecycle: Waiter | null = null;
  const invites = new Map<number, Waiter>();
  let nextRequest = 1;
  let exited: Promise<void> = Promise.resolve();

  const loaded = async (): Promise<HostingSettings> =>
    (settings ??= await loadHostingSettings(options.settingsPath));
  const save = async (patch: Partial<HostingSettings>): Promise<void> => {
    settings = { ...(await loaded()), ...patch };
    await fs.mkdir(dirname(options.settingsPath), { recursive: true });
    await writeFileAtomic(options.settingsPath, JSON.stringify(settings));
  };
  const set = (patch: Partial<HostingStatus>): HostingStatus => {
    status = { ...status, ...patch };
    options.onStatus?.(status);
    return status;
  };
  const nextLifecycle = (): Promise<HostedReply> =>
    new Promise((resolve) => (lifecycle = { resolve }));

  const onMessage = (message: unknown): void => {
    const parsed = hostedReplySchema.safeParse(message);
    if (!parsed.success) return;
    const reply = parsed.data;
    if (reply.type === 'invited' || reply.type === 'inviteFailed') {
      invites.get(reply.requestId)?.resolve(reply);
      invites.delete(reply.requestId);
      return;
    }
    const waiter = lifecycle;
    lifecycle = null;
    if (waiter) waiter.resolve(reply);
    else if (reply.type === 'error') set({ problem: reply.message });
  };

  const onExit = (code: number): void => {
    child = null;
    const expected = stopping;
    stopping = false;
    // Whatever waited for the server hears that it is gone.
    const gone: HostedReply = {
      type: 'error',
      message: `The team server stopped unexpectedly (exit code ${code}).`,
    };
    lifecycle?.resolve(gone);
    lifecycle = null;
    for (const w of invites.values()) w.resolve({ ...gone, type: 'inviteFailed', requestId: 0 });
    invites.clear();
    if (expected) set({ state: 'stopped', addresses: [], localUrl: null, members: 0 });
    else if (status.state === 'running')
      set({
        state: 'failed',
        addresses: [],
        localUrl: null,
        members: 0,
        problem: `The team server stopped unexpectedly (exit code ${code}); teammates cannot sync until you start hosting again.`,
      });
  };

  async function launch(req: HostStartRequest): Promise<HostStartResult> {
    const port = req.port ?? (await loaded()).port;
    set({ state: 'starting', port, problem: null });
    await fs.mkdir(dirname(options.dataPath), { recursive: true });
    const ready = nextLifecycle();
    const forked = utilityProcess.fork(options.entryPath, [], {
      serviceName: 'Cairn team server',
      stdio: 'inherit',
    }) as unknown as HostedChild;
    child = forked;
    let resolveExit = () => {};
    exited = new Promise((resolve) => (resolveExit = resolve));
    forked.on('message', onMessage);
    forked.on('exit', (code) => {
      onExit(code);
      resolveExit();
    });
    let reply = await ready;
    if (reply.type === 'ready') {
      const listening = nextLifecycle();
      forked.postMessage({
        type: 'start',
        dataPath: options.dataPath,
        host: LISTEN_HOST,
        port,
        ...(req.adminPersonId ? { adminPersonId: req.adminPersonId } : {}),
      });
      reply = await listening;
    }
    if (reply.type !== 'listening') {
      const problem = reply.type === 'error' ? reply.message : 'The team server did not start.';
      if (child === forked) {
        stopping = true;
        forked.kill();
        await exited;
      }
      return set({ state: 'failed', problem });
    }
    await save({ leftOn: true, port });
    const result = set({
      state: 'running',
      port: reply.port,
      addresses: lanAddresses(interfaces(), reply.port),
      localUrl: `ws://127.0.0.1:${reply.port}`,
      members: reply.members,
      leftOn: true,
      problem: null,
    });
    return { ...result, ...(reply.adminInvite ? { adminInvite: reply.adminInvite } : {}) };
  }

  async function invite(personId: string, admin: boolean): Promise<HostInvite> {
    if (!child || status.state !== 'running')
      throw new Error(
        'Start hosting first: invites are made by the team server this computer runs.',
      );
    const requestId = nextRequest++;
    const answer = new Promise<HostedReply>((resolve) => invites.set(requestId, { resolve }));
    child.postMessage({ type: 'invite', requestId, personId, admin });
    const reply = await answer;
    if (reply.type !== 'invited')
      throw new Error(
        `Could not invite ${personId}: ${'message' in reply ? reply.message : 'no answer'}`,
      );
    set({ members: status.members + 1 });
    return { personId, code: reply.code };
  }

  /** Stops the server; `turnOff` also keeps it from starting on the next launch. */
  async function halt(turnOff: boolean): Promise<HostingStatus> {
    await starting?.catch(() => undefined);
    if (turnOff) {
      await save({ leftOn: false });
      set({ leftOn: false });
    }
    const running = child;
    if (!running) return set({ state: 'stopped', problem: null });
    stopping = true;
    running.postMessage({ type: 'stop' });
    const killLater = setTimeout(() => running.kill(), STOP_GRACE_MS);
    await exited;
    clearTimeout(killLater);
    return set({ problem: null });
  }

  async function start(req: HostStartRequest): Promise<HostStartResult> {
    if (starting) await starting.catch(() => undefined);
    if (child && status.state === 'running') {
      if (!req.adminPersonId) return status;
      const { code } = await invite(req.adminPersonId, true);
      return { ...status, adminInvite: code };
    }
    starting = launch(req).finally(() => (starting = null));
    return starting;
  }

  return {
    status: async (): Promise<HostingStatus> => {
      const s = await loaded();
      return status.state === 'stopped' || status.state === 'failed'
        ? { ...status, port: status.state === 'stopped' ? s.port : status.port, leftOn: s.leftOn }
        : status;
    },
    /** Starts hosting (once: a running server only adds the admin invite asked for). */
    start,
    stop: () => halt(true),
    invite: (personId: string) => invite(personId, false),
    /** At launch: hosting the person left on starts again. */
    async resume(): Promise<HostingStatus | null> {
      const s = await loaded();
      set({ leftOn: s.leftOn, port: s.port });
      return s.leftOn ? start({ port: s.port }) : null;
    },
    /** The app quits: stop the server, leave the setting as it is. */
    shutdown: () => halt(false),
    isRunning: () => child !== null,
  };
}
