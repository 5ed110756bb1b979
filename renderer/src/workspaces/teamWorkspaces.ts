import Dexie from 'dexie';
import type { SecretsApi } from '@shared/host';
import {
  activeOf,
  addTeamWorkspace,
  PERSONAL_ID,
  removeWorkspace,
  setActiveWorkspace,
  teamDbName,
  type Workspace,
} from '@shared/workspaces';
import { CairnDb } from '../db/schema';
import { copyIntoTeamWorkspace, startJoinedWorkspace } from '../db/commands/teamWorkspace';
import { checkInvite, type InviteCheck } from '../sync/api';
import { host } from '../host';
import { loadWorkspaces, updateWorkspaces, type ListStore } from './registry';

/** A Join or Share form that passed checkTeamForm. */
export interface CheckedTeamForm {
  name: string;
  serverUrl: string;
  inviteCode: string;
}

export type TeamOutcome = { ok: true; workspace: Workspace } | { ok: false; message: string };

/** What the flows reach outside this computer's databases; tests pass fakes. */
export interface TeamDeps {
  checkInvite(serverUrl: string, inviteCode: string): Promise<InviteCheck>;
  secrets: SecretsApi;
  store?: ListStore | null;
  newId?: () => string;
}

const appDeps = (): TeamDeps => ({ checkInvite, secrets: host });

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

async function askServer(deps: TeamDeps, form: CheckedTeamForm): Promise<InviteCheck> {
  try {
    return await deps.checkInvite(form.serverUrl, form.inviteCode);
  } catch (err) {
    return { ok: false, message: `Could not reach ${form.serverUrl}: ${messageOf(err)}` };
  }
}

/**
 * Makes a team workspace: its own database, filled by `fill`, the invite code kept by the
 * host, then listed and made the active one. Any step failing undoes the ones before, so a
 * half-made workspace is never listed.
 */
async function createTeamWorkspace(
  form: CheckedTeamForm,
  deps: TeamDeps,
  fill: (target: CairnDb) => Promise<unknown>,
): Promise<TeamOutcome> {
  const id = deps.newId?.() ?? crypto.randomUUID();
  const target = new CairnDb(teamDbName(id));
  try {
    await fill(target);
    await deps.secrets.saveSecret(id, form.inviteCode);
    const list = updateWorkspaces(
      (l) =>
        setActiveWorkspace(
          addTeamWorkspace(l, { id, name: form.name, serverUrl: form.serverUrl }),
          id,
        ),
      deps.store,
    );
    target.close();
    return { ok: true, workspace: activeOf(list) };
  } catch (err) {
    await target.delete().catch(() => undefined);
    await deps.secrets.deleteSecret(id).catch(() => undefined);
    return { ok: false, message: messageOf(err) };
  }
}

/** Join a team: the server must know the code; the new workspace starts empty and fills by sync. */
export async function joinTeam(form: CheckedTeamForm, deps = appDeps()): Promise<TeamOutcome> {
  const invite = await askServer(deps, form);
  if (!invite.ok) return invite;
  return createTeamWorkspace(form, deps, (target) =>
    startJoinedWorkspace(target, { memberId: invite.memberId }),
  );
}

/**
 * Share this workspace: a copy of it becomes the team's first data on a new server. The code
 * must be an admin's (only admins write the org tree and cycles the copy holds) and name a
 * person of this workspace's org tree. The source stays as it was.
 */
export async function shareWorkspace(
  source: CairnDb,
  form: CheckedTeamForm,
  deps = appDeps(),
): Promise<TeamOutcome> {
  const invite = await askServer(deps, form);
  if (!invite.ok) return invite;
  if (!invite.admin)
    return {
      ok: false,
      message:
        "This invite code is not an admin's. Sharing a workspace uploads its org tree and cycles, " +
        'which only an admin may write: invite yourself with --admin on the server.',
    };
  const person = await source.orgUnits.get(invite.memberId);
  if (person?.kind !== 'person' || person.deletedAt)
    return {
      ok: false,
      message: `The invite is for "${invite.memberId}", who is not a person in this workspace's org tree. Invite yourself with your own person id.`,
    };
  return createTeamWorkspace(form, deps, (target) =>
    copyIntoTeamWorkspace(source, target, { memberId: invite.memberId }),
  );
}

/**
 * Removes a team workspace from this computer: its database and kept code. The team's data
 * stays on its server. The open database is closed first, or deleting it would wait forever.
 */
export async function removeTeamWorkspace(
  id: string,
  openDb: CairnDb | null,
  deps: Pick<TeamDeps, 'secrets' | 'store'> = appDeps(),
): Promise<void> {
  if (id === PERSONAL_ID) throw new Error('The personal workspace cannot be removed.');
  const w = loadWorkspaces(deps.store).workspaces.find((x) => x.id === id);
  if (!w) throw new Error('That workspace is not on this computer.');
  if (openDb?.name === w.dbName) openDb.close();
  await Dexie.delete(w.dbName);
  await deps.secrets.deleteSecret(id);
  updateWorkspaces((l) => removeWorkspace(l, id), deps.store);
}
