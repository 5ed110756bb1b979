/**
 * `npm run server` as a person runs it: the server a child process started with its flags (so a
 * test can kill it outright), members invited and revoked with the CLI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acknowledged,
  connect,
  exited,
  field,
  putRecord,
  runCli,
  spawnServer,
  synced,
  tempDataPath,
  type Client,
} from './serverHarness';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function track(client: Client): Client {
  cleanups.push(() => client.destroy());
  return client;
}

async function serve(args: string[]) {
  const server = await spawnServer(args);
  cleanups.push(async () => {
    server.child.kill('SIGKILL');
    await exited(server.child);
  });
  return server;
}

async function invite(dataPath: string, person: string, admin = false): Promise<string> {
  const r = await runCli([
    'invite',
    '--data',
    dataPath,
    '--person',
    person,
    ...(admin ? ['--admin'] : []),
  ]);
  expect(r.code).toBe(0);
  return /\b([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})\b/.exec(r.out)![1]!;
}

// Each server start is a Node process with tsx: seconds on a busy machine.
describe('npm run server', { timeout: 60_000 }, () => {
  it('loses no acknowledged edit when the server is killed and restarted on its file', async () => {
    const data = tempDataPath();
    cleanups.push(() => data.dispose());
    const first = await serve(['--port', '0', '--data', data.path]);
    expect(first.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
    expect(first.output()).toContain(
      `npm run server -- invite --data ${data.path} --person <person id> --admin`,
    );
    const code = await invite(data.path, 'sam');

    const writer = track(connect(first.url, 'unit/sam/q1', code));
    await synced(writer);
    for (let i = 0; i < 20; i++) {
      putRecord(writer.doc, 'checkIns', { id: `c${i}`, value: i });
    }
    await acknowledged(writer);
    writer.destroy();
    first.child.kill('SIGKILL');
    await exited(first.child);

    const second = await serve(['--port', '0', '--data', data.path]);
    const reader = track(connect(second.url, 'unit/sam/q1', code));
    await synced(reader);
    const values = [...reader.doc.getMap('checkIns').keys()].map((id) =>
      field(reader.doc, 'checkIns', id, 'value'),
    );
    expect(values.sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it('serves wss:// with the certificate and key it is given', async () => {
    const data = tempDataPath();
    cleanups.push(() => data.dispose());
    const dir = dirname(data.path);
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ]);
    expect(made.status, made.stderr?.toString()).toBe(0);
    const code = await invite(data.path, 'sam');
    const server = await serve([
      '--port',
      '0',
      '--data',
      data.path,
      '--tls-cert',
      join(dir, 'cert.pem'),
      '--tls-key',
      join(dir, 'key.pem'),
    ]);
    expect(server.url).toMatch(/^wss:\/\//);

    const ca = readFileSync(join(dir, 'cert.pem'));
    class TrustingOurCert extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { ca });
      }
    }
    const client = track(
      connect(server.url, 'planning/q1', code, TrustingOurCert as unknown as typeof WebSocket),
    );
    await synced(client);
    putRecord(client.doc, 'votes', { id: 'v1', by: 'sam' });
    await acknowledged(client);
  });

  it('refuses bad flags with a message naming the flag and exit code 2', async () => {
    const r = await runCli(['--port', 'eighty', '--data', 'x.sqlite']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--port "eighty" is not a port number');
    expect(r.err).toContain('npm run server -- --help');
  });

  it('says which PostgreSQL it cannot reach, with exit code 1', async () => {
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    const r = await runCli(['members', '--postgres', 'postgres://cairn:pw@127.0.0.1:1/team']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "Cannot open the team's store (PostgreSQL postgres://cairn:***@127.0.0.1:1/team)",
    );
  });

  it('revokes with the CLI and lists who is a member', async () => {
    const data = tempDataPath();
    cleanups.push(() => data.dispose());
    await invite(data.path, 'ada', true);
    await invite(data.path, 'sam');
    expect((await runCli(['revoke', '--data', data.path, '--person', 'sam'])).code).toBe(0);
    const again = await runCli(['revoke', '--data', data.path, '--person', 'sam']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('sam has no active invite');
    const list = await runCli(['members', '--data', data.path]);
    expect(list.out).toMatch(/ada\s+admin\s+invited/);
    expect(list.out).toMatch(/sam\s+member\s+revoked/);
  });
});
