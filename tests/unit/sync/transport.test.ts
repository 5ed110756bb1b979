/**
 * The sync transport end to end: team workspaces on fake-indexeddb (one `CairnDb` each), each
 * synced by the app's own transport over `ws` to a real team server on 127.0.0.1. Every wait
 * is for a condition (a live query or a status), never for time.
 */
import { liveQuery } from 'dexie';
import WebSocket from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteMember } from '../../../electron/server/members';
import { startTeamServer, type TeamServer } from '../../../electron/server/server';
import { TeamStore } from '../../../electron/server/store';
import type { CairnDb } from '../../../renderer/src/db/schema';
import { checkInvite, type SyncStatus } from '../../../renderer/src/sync/api';
import { TeamTransport } from '../../../renderer/src/sync/transport';
import { ID, makeTeam, ops, type Replica } from './replicas';
import { exited, spawnServer, tempDataPath } from './serverHarness';

let data: ReturnType<typeof tempDataPath>;
let server: TeamServer;
let cli: TeamStore;
let codes: Record<string, string>;
const running: TeamTransport[] = [];

const [ANA, BEN, CAL] = ID.people as [string, string, string];

function sync(replica: Replica, url = server.url): TeamTransport {
  const t = new TeamTransport({
    db: replica.db,
    serverUrl: url,
    inviteCode: codes[replica.memberId]!,
    WebSocketPolyfill: WebSocket,
    reconnect: { minDelay: 50, maxDelay: 100 },
  });
  running.push(t);
  return t;
}

/** Resolves once a live query on the database gives a result the test accepts. */
function eventually<T>(db: CairnDb, read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const sub = liveQuery(read).subscribe({
      next: (v) => {
        if (!ok(v)) return;
        queueMicrotask(() => sub.unsubscribe());
        resolve(v);
      },
      error: reject,
    });
  });
}

function statusIs(t: TeamTransport, ok: (s: SyncStatus) => boolean): Promise<SyncStatus> {
  return new Promise((resolve) => {
    if (ok(t.status())) return resolve(t.status());
    const off = t.subscribe((s) => {
      if (!ok(s)) return;
      off();
      resolve(s);
    });
  });
}

const synced = (t: TeamTransport) => statusIs(t, (s) => s.state === 'synced');
const titled = (db: CairnDb, title: string) =>
  eventually(
    db,
    () => db.objectives.toArray(),
    (rows) => rows.some((o) => o.title === title),
  );
const objective = async (db: CairnDb, title: string) =>
  (await db.objectives.toArray()).find((o) => o.title === title)!;

/** Ana (admin) leads the team, so she writes Ben's and Cal's goals too; Ben and Cal their own. */
async function team(): Promise<[Replica, Replica, Replica]> {
  const replicas = (await makeTeam(3)) as [Replica, Replica, Replica];
  await replicas[0].db.orgUnits.update(ID.team, { leadIds: [ANA] });
  return replicas;
}

beforeEach(async () => {
  data = tempDataPath();
  server = await startTeamServer({
    dataPath: data.path,
    host: '127.0.0.1',
    port: 0,
    revocationCheckMs: 20,
  });
  cli = new TeamStore(data.path);
  codes = {
    [ANA]: inviteMember(cli, ANA, true),
    [BEN]: inviteMember(cli, BEN, false),
    [CAL]: inviteMember(cli, CAL, false),
  };
});

afterEach(async () => {
  for (const t of running.splice(0)) await t.stop();
  await server.close();
  cli.close();
  data.dispose();
});

// Generous limits: eight people share this machine's two cores; each test takes 1–4 s alone.
describe('the sync transport', { timeout: 60_000 }, () => {
  it('brings an edit made on one computer into the other’s records', async () => {
    const [a, b] = await team();
    const [ta, tb] = [sync(a), sync(b)];
    // Ben joined empty: the org tree and the cycle arrive first, then the goals.
    await ops.addObjective(a.db, 0, 'Delight users');
    const arrived = await titled(b.db, 'Delight users');
    expect(arrived.find((o) => o.title === 'Delight users')?.ownerId).toBe(ANA);
    expect(await b.db.cycles.get(ID.cycle)).toMatchObject({ name: 'Q4 2026' });

    await ops.addObjective(b.db, 1, 'Ship v2');
    await titled(a.db, 'Ship v2');
    await Promise.all([synced(ta), synced(tb)]);
    expect(ta.status().waiting).toBe(0);
    // Each sees the other online.
    await Promise.all([statusIs(ta, (s) => s.online === 1), statusIs(tb, (s) => s.online === 1)]);
  });

  it('brings edits made while both were offline together after reconnecting', async () => {
    const [a, b] = await team();
    const [ta, tb] = [sync(a), sync(b)];
    await ops.addObjective(a.db, 1, 'Grow EMEA');
    await titled(b.db, 'Grow EMEA');
    await Promise.all([synced(ta), synced(tb)]);

    ta.pause();
    tb.pause();
    await Promise.all([
      statusIs(ta, (s) => s.state === 'offline'),
      statusIs(tb, (s) => s.state === 'offline'),
    ]);
    const id = (await objective(a.db, 'Grow EMEA')).id;
    await a.db.objectives.update(id, { description: 'Ana’s words' });
    await b.db.objectives.update(id, { type: 'aspirational' });
    await ops.addObjective(b.db, 1, 'Hire two');
    expect((await statusIs(tb, (s) => s.waiting === 2)).state).toBe('offline');

    ta.resume();
    tb.resume();
    const both = (o: { description: string; type: string } | undefined) =>
      o?.description === 'Ana’s words' && o.type === 'aspirational';
    await Promise.all([
      eventually(a.db, () => a.db.objectives.get(id), both),
      eventually(b.db, () => b.db.objectives.get(id), both),
      titled(a.db, 'Hire two'),
    ]);
    expect((await synced(tb)).waiting).toBe(0);
    // Back online, each sees the other again.
    await statusIs(ta, (s) => s.online === 1);
  });

  it('shows one winner on both when the same field was changed on both, and the loser’s inbox lists it', async () => {
    const [a, b] = await team();
    const [ta, tb] = [sync(a), sync(b)];
    await ops.addObjective(b.db, 1, 'Draft');
    await titled(a.db, 'Draft');
    await Promise.all([synced(ta), synced(tb)]);
    const id = (await objective(a.db, 'Draft')).id;

    ta.pause();
    tb.pause();
    await a.db.objectives.update(id, { title: 'Ana’s title' });
    await b.db.objectives.update(id, { title: 'Ben’s title' });
    ta.resume();
    tb.resume();

    const settled = (o: { title: string } | undefined) => o?.title !== 'Draft';
    const same = async () =>
      (await a.db.objectives.get(id))?.title === (await b.db.objectives.get(id))?.title;
    await Promise.all([synced(ta), synced(tb)]);
    await eventually(a.db, () => a.db.objectives.get(id), settled);
    await eventually(
      b.db,
      async () => same(),
      (v) => v,
    );
    const winner = (await a.db.objectives.get(id))!.title;
    expect(['Ana’s title', 'Ben’s title']).toContain(winner);
    const loser = winner === 'Ana’s title' ? b : a;
    const inbox = await eventually(
      loser.db,
      () => loser.db.mergedChanges.toArray(),
      (rows) => rows.length > 0,
    );
    expect(inbox).toContainEqual(
      expect.objectContaining({
        recordId: id,
        field: 'title',
        yours: winner === 'Ana’s title' ? 'Ben’s title' : 'Ana’s title',
        theirs: winner,
      }),
    );
  });

  it('keeps a read-only member’s write from the others and puts their copy back', async () => {
    const [a, b, c] = await team();
    const [ta, tb, tc] = [sync(a), sync(b), sync(c)];
    await ops.addObjective(b.db, 1, 'Ben’s goal');
    await Promise.all([titled(a.db, 'Ben’s goal'), titled(c.db, 'Ben’s goal')]);
    await Promise.all([synced(ta), synced(tb), synced(tc)]);
    const id = (await objective(c.db, 'Ben’s goal')).id;
    expect(tc.canWrite(`unit/${BEN}/${ID.cycle}`)).toBe(false);
    expect(tc.canWrite(`unit/${CAL}/${ID.cycle}`)).toBe(true);
    expect(tc.status().readOnlyUnits).toContain(BEN);

    // What the UI does not offer, forged straight into Cal's database.
    await c.db.objectives.update(id, { title: 'Cal was here' });
    const told = await statusIs(tc, (s) => !!s.notice);
    expect(told.notice!.text).toMatch(/not saved: you may only view person-b's objectives/);
    await eventually(
      c.db,
      () => c.db.objectives.get(id),
      (o) => o?.title === 'Ben’s goal',
    );

    // Ben's next edit of that document passes the server after Cal's refused one: once it
    // arrives, anything of Cal's the server had let through would have arrived before it.
    await b.db.objectives.update(id, { description: 'Still Ben’s' });
    await eventually(
      a.db,
      () => a.db.objectives.get(id),
      (o) => o?.description === 'Still Ben’s',
    );
    expect((await a.db.objectives.get(id))?.title).toBe('Ben’s goal');
    expect((await b.db.objectives.get(id))?.title).toBe('Ben’s goal');
    await eventually(
      c.db,
      () => c.db.objectives.get(id),
      (o) => o?.description === 'Still Ben’s',
    );
    expect((await synced(tc)).waiting).toBe(0);
  });

  it('lets a member made lead edit the team’s goals without reconnecting', async () => {
    const [a, b] = await team();
    const [ta, tb] = [sync(a), sync(b)];
    await ops.addObjective(a.db, 3, 'Team goal');
    await titled(b.db, 'Team goal');
    await Promise.all([synced(ta), synced(tb)]);
    const doc = `unit/${ID.team}/${ID.cycle}`;
    expect(tb.canWrite(doc)).toBe(false);

    // The server opened Ben's copy of the team's document read-only; the new tree changes that.
    await a.db.orgUnits.update(ID.team, { leadIds: [ANA, BEN] });
    await eventually(
      b.db,
      () => b.db.orgUnits.get(ID.team),
      (u) => !!u?.leadIds?.includes(BEN),
    );
    expect(tb.canWrite(doc)).toBe(true);
    const id = (await objective(b.db, 'Team goal')).id;
    await b.db.objectives.update(id, { description: 'Ben leads this now' });
    await eventually(
      a.db,
      () => a.db.objectives.get(id),
      (o) => o?.description === 'Ben leads this now',
    );
    expect((await synced(tb)).notice).toBeUndefined();
  });

  it('stops syncing a revoked member at once, keeping their data', async () => {
    const [a, b] = await team();
    const [, tb] = [sync(a), sync(b)];
    await ops.addObjective(a.db, 0, 'Kept here');
    await titled(b.db, 'Kept here');
    cli.revokeMember(BEN);
    const refused = await statusIs(tb, (s) => s.state === 'refused');
    expect(refused.message).toMatch(/^Your invite was revoked/);
    expect(await objective(b.db, 'Kept here')).toBeTruthy();
  });
});

describe('checking an invite', { timeout: 30_000 }, () => {
  it('names the member and whether they are an admin', async () => {
    expect(await checkInvite(server.url, codes[ANA]!, { WebSocketPolyfill: WebSocket })).toEqual({
      ok: true,
      memberId: ANA,
      admin: true,
    });
    expect(await checkInvite(server.url, codes[BEN]!, { WebSocketPolyfill: WebSocket })).toEqual({
      ok: true,
      memberId: BEN,
      admin: false,
    });
  });

  it('says when the code is wrong and when the server cannot be reached', async () => {
    cli.revokeMember(CAL);
    expect(await checkInvite(server.url, codes[CAL]!, { WebSocketPolyfill: WebSocket })).toEqual({
      ok: false,
      message: 'This invite code is not valid or was revoked',
    });
    const nobody = 'ws://127.0.0.1:9';
    expect(await checkInvite(nobody, codes[ANA]!, { WebSocketPolyfill: WebSocket })).toEqual({
      ok: false,
      message: `Cannot reach ${nobody} — check the address`,
    });
  });
});

describe('a team server killed mid-sync', { timeout: 120_000 }, () => {
  it('loses none of the edits made around the crash', async () => {
    await server.close();
    const first = await spawnServer(['--port', '0', '--data', data.path]);
    const port = new URL(first.url).port;
    const [a, b] = await team();
    const [ta, tb] = [sync(a, first.url), sync(b, first.url)];
    await ops.addObjective(a.db, 0, 'Before');
    await titled(b.db, 'Before');
    await Promise.all([synced(ta), synced(tb)]);

    const titles = Array.from({ length: 12 }, (_, i) => `Edit ${i}`);
    for (const [i, title] of titles.entries()) {
      if (i === 4) first.child.kill('SIGKILL');
      await ops.addObjective(a.db, i % 2 ? 0 : 1, title);
    }
    await exited(first.child);
    await statusIs(ta, (s) => s.state === 'offline');
    const second = await spawnServer(['--port', port, '--data', data.path]);
    try {
      await Promise.all(titles.map((t) => titled(b.db, t)));
      expect((await synced(ta)).waiting).toBe(0);
    } finally {
      second.child.kill('SIGKILL');
      await exited(second.child);
    }
  });
});
