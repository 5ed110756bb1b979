/**
 * Each workspace's automatic backups in a place of their own: main's folders in userData (the
 * real handlers and files in a temporary folder), and the browser build's databases.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {}, safeStorage: {} }));

import {
  autoBackupDir,
  listAutoBackups,
  readAutoBackup,
  writeAutoBackup,
} from '../../../electron/main/backups';
import { registerHostIpc, type HostServices } from '../../../electron/main/ipc';
import { HOST_CHANNELS } from '../../../shared/host';
import { browserHost } from '../../../renderer/src/host/browserHost';
import { workspaceBackups } from '../../../renderer/src/features/backups/workspaceBackups';

const TEAM = '5b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const OTHER_TEAM = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

function mainHandlers() {
  const userData = mkdtempSync(join(tmpdir(), 'cairn-backups-'));
  const services = {
    writeAutoBackup: (content: string, id?: string) =>
      writeAutoBackup(autoBackupDir(userData, id), content),
    listAutoBackups: (id?: string) => listAutoBackups(autoBackupDir(userData, id)),
    readAutoBackup: (name: string, id?: string) =>
      readAutoBackup(autoBackupDir(userData, id), name),
  } as unknown as HostServices;
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  registerHostIpc(
    { handle: (ch: string, fn: never) => void handlers.set(ch, fn) } as never,
    services,
  );
  const call = (ch: string, ...args: unknown[]) =>
    handlers.get(ch)!({ senderFrame: { url: 'app://cairn/index.html' }, sender: {} }, ...args);
  return { userData, call };
}

describe('automatic backups per workspace (desktop)', () => {
  it('keeps a team workspace’s backups in a folder of its own, apart from Personal’s', async () => {
    const { userData, call } = mainHandlers();
    const team = (await call(HOST_CHANNELS.writeAutoBackup, '{"team":1}', TEAM)) as {
      name: string;
    };
    await call(HOST_CHANNELS.writeAutoBackup, '{"personal":1}');

    const teamList = (await call(HOST_CHANNELS.listAutoBackups, TEAM)) as { name: string }[];
    expect(teamList.map((b) => b.name)).toEqual([team.name]);
    expect(await call(HOST_CHANNELS.readAutoBackup, team.name, TEAM)).toBe('{"team":1}');
    expect(await call(HOST_CHANNELS.listAutoBackups, OTHER_TEAM)).toEqual([]);
    expect(autoBackupDir(userData, TEAM)).toBe(join(userData, 'team-backups', TEAM));
    const personal = (await call(HOST_CHANNELS.listAutoBackups)) as { name: string }[];
    expect(personal).toHaveLength(1);
    expect(await call(HOST_CHANNELS.readAutoBackup, personal[0]!.name)).toBe('{"personal":1}');
  });

  it('still lists the personal backups saved before workspaces had folders', async () => {
    const { userData, call } = mainHandlers();
    mkdirSync(join(userData, 'backups'));
    writeFileSync(join(userData, 'backups', 'cairn-2026-11-20T09-00-00.000Z.json'), '{"old":1}');
    const list = (await call(HOST_CHANNELS.listAutoBackups, 'personal')) as { name: string }[];
    expect(list.map((b) => b.name)).toEqual(['cairn-2026-11-20T09-00-00.000Z.json']);
  });

  it('refuses a workspace id that could name another folder', async () => {
    const { call } = mainHandlers();
    await expect(call(HOST_CHANNELS.listAutoBackups, '../secrets')).rejects.toThrow(
      'listAutoBackups: argument is not a workspace id',
    );
    await expect(call(HOST_CHANNELS.writeAutoBackup, '{"x":1}', 'a/b')).rejects.toThrow(
      'not a workspace id',
    );
  });
});

describe('automatic backups per workspace (browser)', () => {
  it('keeps each workspace’s backups in a database of its own', async () => {
    const team = workspaceBackups(browserHost, TEAM);
    const written = await team.writeAutoBackup('{"team":2}');
    expect((await team.listAutoBackups()).map((b) => b.name)).toEqual([written.name]);
    expect(await team.readAutoBackup(written.name)).toBe('{"team":2}');
    expect(await workspaceBackups(browserHost, OTHER_TEAM).listAutoBackups()).toEqual([]);
    expect(await browserHost.listAutoBackups()).toEqual([]);
  });
});
