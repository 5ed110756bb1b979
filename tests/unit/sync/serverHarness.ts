/**
 * Node clients for the team server tests: a HocuspocusProvider over `ws`, as the desktop app's
 * sync will use, and waits that resolve on events (the test timeout is the only clock).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import { runServerCli } from '../../../electron/server/cli';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Resolves with the server's answer to this client's next edit: applied or refused. */
  nextSyncStatus(): Promise<boolean>;
  destroy(): void;
}

const SYNC_STATUS = 8;

export function tempDataPath(): { path: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'cairn-team-'));
  return { path: join(dir, 'team.sqlite'), dispose: () => rmSync(dir, { recursive: true }) };
}

export function connect(
  url: string,
  name: string,
  token: string,
  WebSocketClass: typeof WebSocket = WebSocket,
): Client {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocketClass,
    delay: 50,
    factor: 1,
    minDelay: 50,
    maxDelay: 50,
  });
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
  });
  // A provider given its socket does not attach itself (one socket carries many documents).
  provider.attach();
  const statusWaiters: ((applied: boolean) => void)[] = [];
  socket.on('message', (event: { data: ArrayBuffer }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data));
    if (decoder.arr.length <= 1 || decoding.readVarString(decoder) !== name) return;
    if (decoding.readVarUint(decoder) !== SYNC_STATUS) return;
    const applied = decoding.readVarUint(decoder) === 1;
    statusWaiters.shift()?.(applied);
  });
  return {
    doc,
    provider,
    socket,
    nextSyncStatus: () => new Promise((resolve) => statusWaiters.push(resolve)),
    destroy: () => {
      // A client the server dropped may be reconnecting as its test ends. Closing a `ws` still
      // connecting emits 'error' a tick later, after the provider has removed its listeners:
      // without one of ours it would be an uncaught exception in whatever test runs next.
      (socket.webSocket as { on?: (event: 'error', fn: () => void) => void } | null)?.on?.(
        'error',
        () => {},
      );
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Resolves once the client holds the server's document and the server answered its own sync. */
export async function synced(client: Client): Promise<void> {
  if (!client.provider.isSynced) {
    await new Promise<void>((resolve) => client.provider.on('synced', () => resolve()));
  }
  await acknowledged(client);
}

export function authenticated(client: Client): Promise<'read-write' | 'readonly'> {
  return new Promise((resolve) =>
    client.provider.on('authenticated', ({ scope }: { scope: 'read-write' | 'readonly' }) =>
      resolve(scope),
    ),
  );
}

export function authenticationFailed(client: Client): Promise<string> {
  return new Promise((resolve) =>
    client.provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)),
  );
}

/** Resolves once every edit this client made is acknowledged by the server. */
export function acknowledged(client: Client): Promise<void> {
  if (client.provider.unsyncedChanges === 0) return Promise.resolve();
  return new Promise((resolve) =>
    client.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) resolve();
    }),
  );
}

export function socketClosed(client: Client): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    client.socket.on('close', ({ event }: { event: { code: number; reason: string } }) =>
      resolve({ code: event.code, reason: String(event.reason) }),
    ),
  );
}

/** Resolves once the document satisfies the test, checked now and after every update. */
export function until(doc: Y.Doc, test: (doc: Y.Doc) => boolean): Promise<void> {
  if (test(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!test(doc)) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
}

/** Writes records the way the client maps them: table map › record id › map of fields. */
export function putRecord(
  doc: Y.Doc,
  table: string,
  record: { id: string } & Record<string, unknown>,
): void {
  doc.transact(() => {
    const fields = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(record)) fields.set(key, value);
    doc.getMap(table).set(record.id, fields);
  });
}

export function field(doc: Y.Doc, table: string, id: string, name: string): unknown {
  const record = doc.getMap(table).get(id);
  return record instanceof Y.Map ? record.get(name) : undefined;
}

/** `npm run server` as a child process, so a test can SIGKILL the real thing. */
export async function spawnServer(
  args: string[],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      '--import',
      'tsx',
      'electron/server/main.ts',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (line) => {
      output += line + '\n';
      const match = /at (wss?:\/\/\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** Runs a CLI command (invite, revoke, members, or a bad line) in-process, to its exit code. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runServerCli(args, {
    out: (text) => (out += text + '\n'),
    err: (text) => (err += text + '\n'),
  });
  return { code, out, err };
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
