/**
 * Two team server instances behind "one address" (two ports here), sharing a real Redis and a
 * real PostgreSQL on 127.0.0.1: what `--redis` and `--postgres` promise. Needs Debian's
 * redis-server and postgresql (.ci/run installs them); without them this fails saying so.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import * as Y from 'yjs';
import { PgTeamStore } from '../../../electron/server/pgStore';
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

  it('has an edit in PostgreSQL by the time its writer sees it acknowledged', async () => {
    const a = await instance();
    const sam = join(a, 'planning/q3', await invite('sam'));
    await synced(sam);
    const store = await PgTeamStore.open(postgres!.url);
    cleanups.push(() => store.close());
    // A slow disk: each logged update takes a quarter second to commit.
    const admin = new pg.Client({ connectionString: postgres!.url });
    await admin.connect();
    await admin.query(`
      CREATE FUNCTION slow_commit() RETURNS trigger AS $$
        BEGIN PERFORM pg_sleep(0.25); RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER slow_commit BEFORE INSERT ON document_updates
        FOR EACH ROW EXECUTE FUNCTION slow_commit();`);
    cleanups.push(async () => {
      await admin.query('DROP TRIGGER slow_commit ON document_updates; DROP FUNCTION slow_commit');
      await admin.end();
    });
    for (let i = 0; i < 5; i++) {
      putRecord(sam.doc, 'votes', { id: `v${i}`, by: 'sam' });
      await acknowledged(sam);
      const doc = new Y.Doc();
      Y.applyUpdate(doc, (await store.loadDocument('planning/q3'))!);
      expect(doc.getMap('votes').has(`v${i}`)).toBe(true);
    }
  });

  it('keeps an update another instance logged when one instance compacts without it', async () => {
    const store = await PgTeamStore.open(postgres!.url);
    cleanups.push(() => store.close());
    const here = new Y.Doc();
    here.getMap('votes').set('mine', 1);
    const there = new Y.Doc();
    there.getMap('votes').set('theirs', 2);
    await store.appendUpdate('planning/q4', Y.encodeStateAsUpdate(there));
    await store.compactDocument('planning/q4', Y.encodeStateAsUpdate(here));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await store.loadDocument('planning/q4'))!);
    expect(doc.getMap('votes').toJSON()).toEqual({ mine: 1, theirs: 2 });
  });
});
