/**
 * Two team server instances behind "one address" (two ports here), sharing a real Redis and a
 * real PostgreSQL on 127.0.0.1: what `--redis` and `--postgres` promise. Needs Debian's
 * redis-server and postgresql (.ci/run installs them); without them this fails saying so.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTeamServer, type TeamServer } from '../../../electron/server/server';
import {
  acknowledged,
  connect,
  field,
  putRecord,
  runCli,
  socketClosed,
  synced,
  until,
  type Client,
} from './serverHarness';
import { startPostgres, startRedis, type Service } from './scaleServices';

let redis: Service | undefined;
let postgres: Service | undefined;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([redis?.stop(), postgres?.stop()]);
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instance(): Promise<TeamServer> {
  const server = await startTeamServer({
    postgres: postgres!.url,
    redis: redis!.url,
    host: '127.0.0.1',
    port: 0,
    revocationCheckMs: 50,
  });
  cleanups.push(() => server.close());
  return server;
}

function join(server: TeamServer, name: string, code: string): Client {
  const client = connect(server.url, name, code);
  cleanups.push(() => client.destroy());
  return client;
}

/** `npm run server -- invite --postgres <url> --person <id>`, as an admin would. */
async function invite(person: string): Promise<string> {
  const r = await runCli(['invite', '--postgres', postgres!.url, '--person', person]);
  expect(r.code, r.err).toBe(0);
  return /\b([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})\b/.exec(r.out)![1]!;
}

const votes = (client: Client) => [...client.doc.getMap('votes').keys()].sort();

describe('two server instances sharing Redis and PostgreSQL', { timeout: 60_000 }, () => {
  it('bring the edits of a client on each together on both, and keep them', async () => {
    const [a, b] = [await instance(), await instance()];
    expect(a.port).not.toBe(b.port);
    const [adaCode, samCode] = [await invite('ada'), await invite('sam')];
    const ada = join(a, 'planning/q1', adaCode);
    const sam = join(b, 'planning/q1', samCode);
    await Promise.all([synced(ada), synced(sam)]);

    putRecord(ada.doc, 'votes', { id: 'v-ada', by: 'ada' });
    putRecord(sam.doc, 'votes', { id: 'v-sam', by: 'sam' });
    const both = (c: Client) => () => votes(c).length === 2;
    await Promise.all([until(ada.doc, both(ada)), until(sam.doc, both(sam))]);
    expect(votes(ada)).toEqual(['v-ada', 'v-sam']);
    expect(votes(sam)).toEqual(['v-ada', 'v-sam']);
    expect(field(ada.doc, 'votes', 'v-sam', 'by')).toBe('sam');

    // Presence crosses instances too: who is online on one shows on the other.
    ada.provider.setAwarenessField('user', { name: 'Ada' });
    await new Promise<void>((resolve) => {
      const seen = () =>
        [...sam.provider.awareness!.getStates().values()].some(
          (s) => (s.user as { name?: string } | undefined)?.name === 'Ada',
        );
      if (seen()) return resolve();
      sam.provider.awareness!.on('change', () => seen() && resolve());
    });

    // Both instances gone, a third one serves the document from PostgreSQL alone.
    await Promise.all([acknowledged(ada), acknowledged(sam)]);
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    const c = await instance();
    const reader = join(c, 'planning/q1', samCode);
    await synced(reader);
    expect(votes(reader)).toEqual(['v-ada', 'v-sam']);
  });

  it('disconnects a member from the other instance when the CLI revokes them', async () => {
    const [a, b] = [await instance(), await instance()];
    const [adaCode, samCode] = [await invite('ada'), await invite('sam')];
    const ada = join(a, 'planning/q2', adaCode);
    const sam = join(b, 'planning/q2', samCode);
    await Promise.all([synced(ada), synced(sam)]);
    const closed = socketClosed(sam);

    const revoked = await runCli(['revoke', '--postgres', postgres!.url, '--person', 'sam']);
    expect(revoked.code, revoked.err).toBe(0);
    expect(await closed).toEqual({ code: 4403, reason: 'invite revoked' });

    // Ada, on the other instance, stays connected and keeps editing.
    putRecord(ada.doc, 'votes', { id: 'v-after', by: 'ada' });
    await acknowledged(ada);
    const list = await runCli(['members', '--postgres', postgres!.url]);
    expect(list.out).toMatch(/sam\s+member\s+revoked/);
    expect(list.out).toMatch(/ada\s+member\s+invited/);
  });
});
