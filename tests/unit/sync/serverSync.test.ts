/**
 * The team server against real clients: Hocuspocus providers over WebSockets on 127.0.0.1,
 * the server's own SQLite file, and a second connection to that file where the invite CLI
 * would write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteMember } from '../../../electron/server/members';
import { startTeamServer, type TeamServer } from '../../../electron/server/server';
import { TeamStore } from '../../../electron/server/store';
import {
  acknowledged,
  authenticated,
  authenticationFailed,
  connect,
  field,
  putRecord,
  socketClosed,
  synced,
  tempDataPath,
  until,
  type Client,
} from './serverHarness';

let data: ReturnType<typeof tempDataPath>;
let server: TeamServer;
/** Another connection to the server's file: what `npm run server -- invite/revoke` does. */
let cli: TeamStore;
let clients: Client[];
const codes: Record<string, string> = {};

function join(name: string, person: string): Client {
  const client = connect(server.url, name, codes[person]!);
  clients.push(client);
  return client;
}

// Acme ─ Sales (led by Dana) ─ Sam; Tom, a person under Acme.
async function writeOrg(): Promise<void> {
  const admin = join('org', 'ada');
  await synced(admin);
  const unit = (id: string, kind: string, parentId: string | null, leadIds: string[] = []) =>
    putRecord(admin.doc, 'orgUnits', { id, kind, name: id, parentId, leadIds });
  unit('acme', 'company', null);
  unit('sales', 'team', 'acme', ['dana']);
  unit('sam', 'person', 'sales');
  unit('dana', 'person', 'sales');
  unit('tom', 'person', 'acme');
  await acknowledged(admin);
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
  clients = [];
  codes.ada = inviteMember(cli, 'ada', true);
  for (const person of ['dana', 'sam', 'tom']) codes[person] = inviteMember(cli, person, false);
  await writeOrg();
});

afterEach(async () => {
  for (const client of clients) client.destroy();
  await server.close();
  cli.close();
  data.dispose();
});

describe('the team server', () => {
  it('brings two members’ edits of one document together on both', async () => {
    const sam = join('planning/q1', 'sam');
    const tom = join('planning/q1', 'tom');
    await Promise.all([synced(sam), synced(tom)]);
    putRecord(sam.doc, 'votes', { id: 'v1', by: 'sam' });
    putRecord(tom.doc, 'votes', { id: 'v2', by: 'tom' });
    const both = (doc: typeof sam.doc) =>
      field(doc, 'votes', 'v1', 'by') === 'sam' && field(doc, 'votes', 'v2', 'by') === 'tom';
    await Promise.all([until(sam.doc, both), until(tom.doc, both)]);
    expect([...tom.doc.getMap('votes').keys()].sort()).toEqual(['v1', 'v2']);
    expect([...sam.doc.getMap('votes').keys()].sort()).toEqual(['v1', 'v2']);
  });

  it('keeps a member’s edit to another unit’s document from ever reaching its writers', async () => {
    const sam = join('unit/sam/q1', 'sam');
    const tom = join('unit/sam/q1', 'tom');
    const tomScope = authenticated(tom);
    await Promise.all([synced(sam), synced(tom)]);
    expect(await tomScope).toBe('readonly');

    const refused = tom.nextSyncStatus();
    putRecord(tom.doc, 'objectives', { id: 'o1', title: 'Tom was here' });
    expect(await refused).toBe(false);

    // Sam's own edit goes through the server after Tom's was refused: once it arrives,
    // anything of Tom's the server had let through would have arrived before it.
    putRecord(sam.doc, 'objectives', { id: 'o2', title: 'Grow EMEA' });
    const observer = join('unit/sam/q1', 'dana');
    await until(observer.doc, (d) => field(d, 'objectives', 'o2', 'title') === 'Grow EMEA');
    expect(field(observer.doc, 'objectives', 'o1', 'title')).toBeUndefined();
    expect(field(sam.doc, 'objectives', 'o1', 'title')).toBeUndefined();
  });

  it('lets a unit’s lead write the documents of the people below them', async () => {
    const sam = join('unit/sam/q1', 'sam');
    const dana = join('unit/sam/q1', 'dana');
    const danaScope = authenticated(dana);
    await Promise.all([synced(sam), synced(dana)]);
    expect(await danaScope).toBe('read-write');
    putRecord(dana.doc, 'objectives', { id: 'o1', title: 'Win Nordics' });
    await until(sam.doc, (d) => field(d, 'objectives', 'o1', 'title') === 'Win Nordics');
  });

  it('reads leads from the stored org tree after a restart, before anyone opens it', async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    server = await startTeamServer({ dataPath: data.path, host: '127.0.0.1', port: 0 });
    const dana = join('unit/sam/q1', 'dana');
    const tom = join('unit/sam/q1', 'tom');
    const [danaScope, tomScope] = [authenticated(dana), authenticated(tom)];
    await Promise.all([synced(dana), synced(tom)]);
    expect(await danaScope).toBe('read-write');
    expect(await tomScope).toBe('readonly');
  });

  it('gives a person made a lead in the org document write access on their open connection', async () => {
    const tom = join('unit/sam/q1', 'tom');
    const tomScope = authenticated(tom);
    await synced(tom);
    expect(await tomScope).toBe('readonly');

    const admin = clients[0]!;
    const sales = admin.doc.getMap('orgUnits').get('sales') as import('yjs').Map<unknown>;
    sales.set('leadIds', ['dana', 'tom']);
    await acknowledged(admin);

    const applied = tom.nextSyncStatus();
    putRecord(tom.doc, 'objectives', { id: 'o1', title: 'Tom leads now' });
    expect(await applied).toBe(true);
    const sam = join('unit/sam/q1', 'sam');
    await until(sam.doc, (d) => field(d, 'objectives', 'o1', 'title') === 'Tom leads now');
  });

  it('lets a member re-invited as an admin change the org tree once back with the new code', async () => {
    const tom = join('org', 'tom');
    await synced(tom);
    const refused = tom.nextSyncStatus();
    putRecord(tom.doc, 'orgUnits', { id: 'ops', kind: 'team', name: 'Ops', parentId: 'acme' });
    expect(await refused).toBe(false);

    // The CLI re-invites Tom as an admin: his old code stops working, so he is disconnected
    // and comes back with the new one.
    const closed = socketClosed(tom);
    codes.tom = inviteMember(cli, 'tom', true);
    expect(await closed).toMatchObject({ code: 4403 });
    const admin = join('org', 'tom');
    await synced(admin);
    putRecord(admin.doc, 'orgUnits', { id: 'ops', kind: 'team', name: 'Ops', parentId: 'acme' });
    const sam = join('org', 'sam');
    await until(sam.doc, (d) => field(d, 'orgUnits', 'ops', 'name') === 'Ops');
  });

  it('lets only admins change the org tree', async () => {
    const sam = join('org', 'sam');
    await synced(sam);
    const refused = sam.nextSyncStatus();
    putRecord(sam.doc, 'orgUnits', { id: 'sam2', kind: 'team', name: 'Mine', parentId: null });
    expect(await refused).toBe(false);
  });

  it('refuses a wrong invite code with permission-denied', async () => {
    const stranger = connect(server.url, 'planning/q1', 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE');
    clients.push(stranger);
    expect(await authenticationFailed(stranger)).toBe('permission-denied');
    expect(stranger.doc.getMap('votes').size).toBe(0);
  });

  it('refuses a document name that is not one of the team’s', async () => {
    const sam = connect(server.url, 'unit/../secrets', codes.sam!);
    clients.push(sam);
    expect(await authenticationFailed(sam)).toBe('unknown-document');
  });

  it('disconnects a revoked member from every document at once and lets them back in no more', async () => {
    const samUnit = join('unit/sam/q1', 'sam');
    const samPlanning = connect(server.url, 'planning/q1', codes.sam!);
    clients.push(samPlanning);
    const tom = join('planning/q1', 'tom');
    await Promise.all([synced(samUnit), synced(samPlanning), synced(tom)]);

    const closedUnit = socketClosed(samUnit);
    const closedPlanning = socketClosed(samPlanning);
    const refusedAgain = authenticationFailed(samUnit);
    expect(cli.revokeMember('sam')).toBe(true);

    expect(await closedUnit).toEqual({ code: 4403, reason: 'invite revoked' });
    expect(await closedPlanning).toEqual({ code: 4403, reason: 'invite revoked' });
    expect(await refusedAgain).toBe('permission-denied');

    // Tom, not revoked, is still connected and syncing.
    const applied = tom.nextSyncStatus();
    putRecord(tom.doc, 'votes', { id: 'v1', by: 'tom' });
    expect(await applied).toBe(true);
  });

  it('turns away a re-invited member’s old code', async () => {
    const old = codes.sam!;
    codes.sam = inviteMember(cli, 'sam', false);
    const withOld = connect(server.url, 'planning/q1', old);
    const withNew = join('planning/q1', 'sam');
    clients.push(withOld);
    expect(await authenticationFailed(withOld)).toBe('permission-denied');
    await synced(withNew);
  });
});
