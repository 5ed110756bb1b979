import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, CairnDb } from '../../../renderer/src/db/schema';
import { exportBackup, readAllTables } from '../../../renderer/src/db/commands/backup';
import { loadSampleWorkspace } from '../../../renderer/src/db/commands/sample';
import { enableTeamSync, teamOf } from '../../../renderer/src/db/sync/teamSync';
import { ensureWorkspace } from '../../../renderer/src/db/bootstrap';
import {
  activeWorkspace,
  loadWorkspaces,
  updateWorkspaces,
  type ListStore,
} from '../../../renderer/src/workspaces/registry';
import {
  joinTeam,
  removeTeamWorkspace,
  shareWorkspace,
  type TeamDeps,
} from '../../../renderer/src/workspaces/teamWorkspaces';
import { renameWorkspace, teamDbName } from '../../../shared/workspaces';
import { canWriteUnit } from '../../../shared/sync/teamDocuments';
import type { InviteCheck } from '../../../renderer/src/sync/api';
import { freshWorkspace } from '../db/helpers';

const CODE = '7G2KQM4XRA8P3WD0ZT5NCF6YB';
const form = { name: 'Acme', serverUrl: 'wss://team.example.org', inviteCode: CODE };

function memoryStore(): ListStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
  };
}

let seq = 0;
function fakes(answer: InviteCheck) {
  const kept = new Map<string, string>();
  const id = `ws-${Date.now()}-${++seq}`;
  const deps: TeamDeps = {
    checkInvite: vi.fn(async () => answer),
    secrets: {
      saveSecret: async (w, s) => void kept.set(w, s),
      readSecret: async (w) => kept.get(w) ?? null,
      deleteSecret: async (w) => void kept.delete(w),
    },
    store: memoryStore(),
    newId: () => id,
  };
  return { deps, kept, id };
}

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('the workspace registry', () => {
  it('opens the personal workspace where nothing was stored, and keeps a rename', () => {
    const store = memoryStore();
    expect(activeWorkspace(store)).toMatchObject({ name: 'Personal', dbName: 'cairn' });
    updateWorkspaces((l) => renameWorkspace(l, 'personal', 'Mine'), store);
    expect(loadWorkspaces(store).workspaces[0]!.name).toBe('Mine');
  });
});

describe('joinTeam', () => {
  it('makes an empty team workspace for the member the server named, keeps the code, and opens it', async () => {
    const { deps, kept, id } = fakes({ ok: true, memberId: 'person-a', admin: false });
    const outcome = await joinTeam(form, deps);
    expect(outcome).toMatchObject({ ok: true, workspace: { id, name: 'Acme', kind: 'team' } });
    expect(deps.checkInvite).toHaveBeenCalledWith('wss://team.example.org', CODE);
    expect(activeWorkspace(deps.store)).toMatchObject({
      id,
      dbName: teamDbName(id),
      serverUrl: 'wss://team.example.org',
    });
    expect(kept.get(id)).toBe(CODE);
    const joined = new CairnDb(teamDbName(id));
    expect(await teamOf(joined)).toEqual({ memberId: 'person-a' });
    expect(await joined.objectives.count()).toBe(0);
    // No welcome dialog with its sample data: that would be uploaded to the team.
    expect(await joined.settings.toArray()).toEqual([
      { key: 'me', value: 'person-a' },
      { key: 'onboarding', value: 'done' },
    ]);
    joined.close();
  });

  it("shows the server's refusal and creates nothing", async () => {
    const { deps, kept, id } = fakes({ ok: false, message: 'This invite was revoked' });
    expect(await joinTeam(form, deps)).toEqual({ ok: false, message: 'This invite was revoked' });
    expect(await databaseNames()).not.toContain(teamDbName(id));
    expect(kept.size).toBe(0);
    expect(loadWorkspaces(deps.store).workspaces).toHaveLength(1);
  });

  it('leaves nothing behind when the code cannot be kept', async () => {
    const { deps, id } = fakes({ ok: true, memberId: 'person-a', admin: false });
    deps.secrets.saveSecret = async () => {
      throw new Error('This computer cannot encrypt the invite code');
    };
    expect(await joinTeam(form, deps)).toEqual({
      ok: false,
      message: 'This computer cannot encrypt the invite code',
    });
    expect(await databaseNames()).not.toContain(teamDbName(id));
    expect(activeWorkspace(deps.store).id).toBe('personal');
  });
});

describe('shareWorkspace', () => {
  let meId: string;
  beforeEach(async () => {
    const w = await freshWorkspace();
    meId = w.meId;
    await loadSampleWorkspace(w.cycle.id, new Date(2026, 10, 25));
  });

  it('copies every record into a new team workspace, recorded for upload, and leaves the personal one as it was', async () => {
    const before = await exportBackup('test', db, new Date(0));
    const { deps, id } = fakes({ ok: true, memberId: meId, admin: true });
    const outcome = await shareWorkspace(db, form, deps);
    expect(outcome).toMatchObject({ ok: true, workspace: { id, kind: 'team' } });

    const team = new CairnDb(teamDbName(id));
    const [mine, theirs] = [await readAllTables(db), await readAllTables(team)];
    expect({ ...theirs, orgUnits: [] }).toEqual({ ...mine, orgUnits: [] });
    // The sharer leads the top of the team's tree, so the server takes every unit's goals.
    const top = theirs.orgUnits.filter((u) => u.parentId === null && u.kind !== 'person');
    expect(top.length).toBeGreaterThan(0);
    for (const u of top) expect(u.leadIds).toContain(meId);
    const member = { personId: meId, admin: true };
    for (const o of mine.objectives)
      expect(canWriteUnit(o.ownerId, member, theirs.orgUnits)).toBe(true);
    expect(theirs.orgUnits.map((u) => u.id)).toEqual(mine.orgUnits.map((u) => u.id));
    expect(mine.objectives.length).toBeGreaterThan(3);
    expect(mine.checkIns.length).toBeGreaterThan(3);
    expect(await teamOf(team)).toEqual({ memberId: meId });
    // Every shared record is in a document, with its update waiting to be sent.
    const placed = await team.syncRecords.toArray();
    for (const o of mine.objectives)
      expect(placed.some((p) => p.table === 'objectives' && p.id === o.id)).toBe(true);
    expect(await team.syncUpdates.where('seq').above(0).count()).toBeGreaterThan(0);
    team.close();

    expect(await exportBackup('test', db, new Date(0))).toEqual(before);
    expect(await teamOf(db)).toBeNull();
    expect(await db.syncUpdates.count()).toBe(0);
  });

  it("refuses a code that is not an admin's, or names someone not in this org tree, creating nothing", async () => {
    for (const answer of [
      { ok: true as const, memberId: meId, admin: false },
      { ok: true as const, memberId: 'someone-else', admin: true },
    ]) {
      const { deps, id } = fakes(answer);
      const outcome = await shareWorkspace(db, form, deps);
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.message).toMatch(
        answer.admin ? /"someone-else", who is not a person/ : /not an admin's/,
      );
      expect(await databaseNames()).not.toContain(teamDbName(id));
      expect(loadWorkspaces(deps.store).workspaces).toHaveLength(1);
    }
  });
});

describe('removeTeamWorkspace', () => {
  it("deletes the team workspace's database and code from this computer, and opens the personal one", async () => {
    const { deps, kept, id } = fakes({ ok: true, memberId: 'person-a', admin: false });
    await joinTeam(form, deps);
    const open = new CairnDb(teamDbName(id));
    await open.open();
    await removeTeamWorkspace(id, open, deps);
    expect(await databaseNames()).not.toContain(teamDbName(id));
    expect(kept.has(id)).toBe(false);
    expect(activeWorkspace(deps.store).id).toBe('personal');
    await expect(removeTeamWorkspace('personal', null, deps)).rejects.toThrow(/cannot be removed/);
    expect(await Dexie.exists('cairn')).toBe(true);
  });
});

describe('opening a team workspace', () => {
  it('makes up no company, person or cycle: those come from the team', async () => {
    db.close();
    await db.delete();
    await db.open();
    await enableTeamSync(db, { memberId: 'person-a' });
    await ensureWorkspace(new Date(2026, 10, 25));
    expect(await db.orgUnits.count()).toBe(0);
    expect(await db.cycles.count()).toBe(0);
    expect(await db.syncUpdates.count()).toBe(0);
  });
});
