/**
 * "Host this team on this computer" as main runs it: Electron's utilityProcess.fork is replaced
 * by a Node child_process.fork of the real hostedEntry (the binary cannot run here), so the real
 * team server answers real Hocuspocus clients on 127.0.0.1.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostingStatus } from '../../../shared/host';
import { HOST_CHANNELS } from '../../../shared/host';

const children: ChildProcess[] = [];

vi.mock('electron', () => ({
  utilityProcess: {
    // Electron's UtilityProcess, as far as main uses it, on a Node child with an IPC channel.
    fork: (modulePath: string) => {
      const child = fork(modulePath, [], {
        execArgv: ['--disable-warning=ExperimentalWarning', '--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      return {
        postMessage: (message: unknown) => child.send(message as object),
        on(event: string, listener: (arg: unknown) => void) {
          if (event === 'exit')
            child.on('exit', (code, signal) => listener(code ?? (signal ? 1 : 0)));
          else child.on(event, listener);
          return this;
        },
        kill: () => child.kill(),
      };
    },
  },
}));

import { createHostTeam, lanAddresses } from '../../../electron/main/hostTeam';
import { registerHostTeamIpc } from '../../../electron/main/hostTeamIpc';
import {
  authenticated,
  authenticationFailed,
  connect,
  socketClosed,
  type Client,
} from '../sync/serverHarness';

const ENTRY = join(process.cwd(), 'electron/server/hostedEntry.ts');
const LAN = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4' as const,
      mac: '00:00:00:00:00:00',
      internal: true,
      cidr: '127.0.0.1/8',
    },
  ],
  eth0: [
    {
      address: '192.168.1.20',
      netmask: '255.255.255.0',
      family: 'IPv4' as const,
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: '192.168.1.20/24',
    },
    {
      address: 'fe80::1',
      netmask: 'ffff:ffff:ffff:ffff::',
      family: 'IPv6' as const,
      mac: '02:00:00:00:00:01',
      internal: false,
      cidr: 'fe80::1/64',
      scopeid: 2,
    },
  ],
};

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function userData() {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-hosting-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function hosting(dir: string) {
  const seen: HostingStatus[] = [];
  const team = createHostTeam({
    entryPath: ENTRY,
    dataPath: join(dir, 'hosted-team', 'team.sqlite'),
    settingsPath: join(dir, 'hosting.json'),
    interfaces: () => LAN,
    onStatus: (s) => seen.push(s),
  });
  cleanups.push(() => team.shutdown());
  return { team, seen };
}

function client(url: string, document: string, code: string): Client {
  const c = connect(url, document, code);
  cleanups.push(() => c.destroy());
  return c;
}

const settingsIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'hosting.json'), 'utf8'));

// Each start forks a Node process with tsx: seconds on a busy machine.
describe('hosting a team on this computer', { timeout: 60_000 }, () => {
  it('starts a server teammates reach on the LAN, lets the admin in and refuses a stranger', async () => {
    const dir = userData();
    const { team } = hosting(dir);
    const started = await team.start({ port: 0, adminPersonId: 'sam' });
    expect(started.state).toBe('running');
    expect(started.addresses).toEqual([`ws://192.168.1.20:${started.port}`]);
    expect(started.localUrl).toBe(`ws://127.0.0.1:${started.port}`);
    expect(started.adminInvite).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(settingsIn(dir).leftOn).toBe(true);

    const admin = client(started.localUrl!, 'org', started.adminInvite!);
    expect(await authenticated(admin)).toBe('read-write');
    const stranger = client(started.localUrl!, 'org', '7G2KQ-M4XRA-8P3WD-0ZT5N-CF6YB');
    expect(await authenticationFailed(stranger)).toBe('permission-denied');
  });

  it('invites a teammate from the app: their code opens their own documents', async () => {
    const { team } = hosting(userData());
    const started = await team.start({ port: 0, adminPersonId: 'sam' });
    const { personId, code } = await team.invite('kim');
    expect(personId).toBe('kim');
    const kim = client(started.localUrl!, 'unit/kim/q1', code);
    expect(await authenticated(kim)).toBe('read-write');
    expect((await team.status()).members).toBe(2);
  });

  it('starts one server at a time: starting again only adds the invite asked for', async () => {
    const { team } = hosting(userData());
    const first = await team.start({ port: 0 });
    const again = await team.start({ adminPersonId: 'ana' });
    expect(again.port).toBe(first.port);
    expect(children).toHaveLength(1);
    const ana = client(again.localUrl!, 'org', again.adminInvite!);
    expect(await authenticated(ana)).toBe('read-write');
  });

  it('stops: teammates are disconnected and it does not start on the next launch', async () => {
    const dir = userData();
    const { team } = hosting(dir);
    const started = await team.start({ port: 0, adminPersonId: 'sam' });
    const admin = client(started.localUrl!, 'org', started.adminInvite!);
    await authenticated(admin);
    const closed = socketClosed(admin);
    const stopped = await team.stop();
    expect(stopped.state).toBe('stopped');
    expect(stopped.leftOn).toBe(false);
    await closed;
    expect(settingsIn(dir).leftOn).toBe(false);
    expect(await hosting(dir).team.resume()).toBeNull();
    await expect(team.invite('kim')).rejects.toThrow('Start hosting first');
  });

  it('starts again on the next launch when left on, with the same team and invites', async () => {
    const dir = userData();
    const first = hosting(dir).team;
    const started = await first.start({ port: 0, adminPersonId: 'sam' });
    await first.shutdown(); // the app quits with hosting on
    expect(settingsIn(dir).leftOn).toBe(true);

    const resumed = await hosting(dir).team.resume();
    expect(resumed?.state).toBe('running');
    const admin = client(resumed!.localUrl!, 'org', started.adminInvite!);
    expect(await authenticated(admin)).toBe('read-write');
  });

  it('reports a crash of the server instead of going quiet', async () => {
    const { team, seen } = hosting(userData());
    await team.start({ port: 0 });
    const gone = new Promise<void>((resolve) => children[0]!.once('exit', () => resolve()));
    children[0]!.kill('SIGKILL');
    await gone;
    const status = await team.status();
    expect(status.state).toBe('failed');
    expect(status.problem).toMatch(/stopped unexpectedly/);
    expect(seen.at(-1)?.state).toBe('failed');
    // Still on: the next launch tries again.
    expect(status.leftOn).toBe(true);
  });

  it('says so when the port is taken, and is not left on', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '0.0.0.0', resolve));
    cleanups.push(() => new Promise((resolve) => taken.close(resolve)));
    const port = (taken.address() as { port: number }).port;
    const dir = userData();
    const { team } = hosting(dir);
    const result = await team.start({ port });
    expect(result.state).toBe('failed');
    expect(result.problem).toBe(
      `Port ${port} is already in use on this computer: stop what uses it, or choose another port.`,
    );
    expect((await team.status()).leftOn).toBe(false);
  });
});

describe('lanAddresses', () => {
  it('lists what teammates enter: IPv4 addresses of this computer on a network, not loopback', () => {
    expect(lanAddresses(LAN, 1234)).toEqual(['ws://192.168.1.20:1234']);
    expect(lanAddresses({}, 1234)).toEqual([]);
  });
});

describe('hosting channels', () => {
  function setup() {
    const handlers = new Map<string, (event: unknown, arg?: unknown) => Promise<unknown>>();
    const team = {
      start: vi.fn(async () => ({}) as never),
      stop: vi.fn(async () => ({}) as never),
      status: vi.fn(async () => ({}) as never),
      invite: vi.fn(async () => ({}) as never),
    };
    registerHostTeamIpc(
      { handle: (ch: string, fn: never) => void handlers.set(ch, fn) } as never,
      team,
    );
    const call = (ch: string, arg?: unknown, url = 'app://cairn/index.html') =>
      handlers.get(ch)!({ senderFrame: { url }, sender: {} }, arg);
    return { team, call };
  }

  it('refuses bad arguments before anything starts', async () => {
    const { team, call } = setup();
    await expect(call(HOST_CHANNELS.hostTeamStart, { port: 80 })).rejects.toThrow(
      'must be between 1024 and 65535',
    );
    await expect(call(HOST_CHANNELS.hostTeamStart, { adminPersonId: '../x' })).rejects.toThrow(
      'is not the id of a person of the org tree',
    );
    await expect(call(HOST_CHANNELS.hostTeamStart, { host: '0.0.0.0' })).rejects.toThrow();
    await expect(call(HOST_CHANNELS.hostTeamInvite, 'kim/q1')).rejects.toThrow('hostTeam.invite');
    expect(team.start).not.toHaveBeenCalled();
    expect(team.invite).not.toHaveBeenCalled();
  });

  it('refuses a page that is not Cairn', async () => {
    const { team, call } = setup();
    await expect(
      call(HOST_CHANNELS.hostTeamStop, undefined, 'https://evil.example'),
    ).rejects.toThrow('did not come from Cairn');
    expect(team.stop).not.toHaveBeenCalled();
  });

  it('passes checked requests on', async () => {
    const { team, call } = setup();
    await call(HOST_CHANNELS.hostTeamStart, { port: 4213, adminPersonId: 'sam' });
    await call(HOST_CHANNELS.hostTeamInvite, 'kim');
    expect(team.start).toHaveBeenCalledWith({ port: 4213, adminPersonId: 'sam' });
    expect(team.invite).toHaveBeenCalledWith('kim');
  });
});
