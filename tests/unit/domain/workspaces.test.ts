import { describe, expect, it } from 'vitest';
import {
  activeOf,
  addTeamWorkspace,
  defaultWorkspaceList,
  readWorkspaceList,
  removeWorkspace,
  renameWorkspace,
  setActiveWorkspace,
  teamDbName,
  workspaceNameProblem,
} from '../../../shared/workspaces';

const withTeam = () =>
  addTeamWorkspace(defaultWorkspaceList(), {
    id: 'team-1',
    name: 'Acme',
    serverUrl: 'wss://team.example.org',
  });

describe('readWorkspaceList', () => {
  it('opens the personal workspace, the cairn database, when nothing is stored', () => {
    expect(activeOf(readWorkspaceList(null))).toMatchObject({
      id: 'personal',
      kind: 'personal',
      dbName: 'cairn',
    });
  });

  it('reads back what was stored, with the team workspace open', () => {
    const list = setActiveWorkspace(withTeam(), 'team-1');
    expect(readWorkspaceList(JSON.stringify(list))).toEqual(list);
    expect(activeOf(list).dbName).toBe(teamDbName('team-1'));
  });

  it('falls back to the personal workspace when storage is damaged, never locking a person out', () => {
    expect(readWorkspaceList('{not json')).toEqual(defaultWorkspaceList());
    const lost = { ...withTeam(), activeId: 'gone' };
    expect(readWorkspaceList(JSON.stringify(lost)).activeId).toBe('personal');
    const forged = {
      workspaces: [{ id: 'x', name: 'X', kind: 'team', dbName: 'cairn' }],
      activeId: 'x',
    };
    expect(readWorkspaceList(JSON.stringify(forged))).toEqual(defaultWorkspaceList());
  });
});

describe('workspaceNameProblem', () => {
  it('wants a name, not too long, not already taken', () => {
    const list = withTeam();
    expect(workspaceNameProblem('  ', list)).toMatch(/Give the workspace a name/);
    expect(workspaceNameProblem('x'.repeat(61), list)).toMatch(/at most 60/);
    expect(workspaceNameProblem('acme', list)).toMatch(/already a workspace named "acme"/);
    expect(workspaceNameProblem('Acme', list, 'team-1')).toBeNull();
    expect(workspaceNameProblem('Globex', list)).toBeNull();
  });
});

describe('renameWorkspace and removeWorkspace', () => {
  it('renames any workspace, the personal one too', () => {
    const list = renameWorkspace(withTeam(), 'personal', 'Mine');
    expect(list.workspaces.map((w) => w.name)).toEqual(['Mine', 'Acme']);
    expect(readWorkspaceList(JSON.stringify(list)).workspaces[0]!.name).toBe('Mine');
  });

  it('never removes the personal workspace', () => {
    expect(() => removeWorkspace(withTeam(), 'personal')).toThrow(/cannot be removed/);
  });

  it('opens the personal workspace when the open team workspace is removed', () => {
    const list = removeWorkspace(setActiveWorkspace(withTeam(), 'team-1'), 'team-1');
    expect(list).toEqual(defaultWorkspaceList());
  });
});
