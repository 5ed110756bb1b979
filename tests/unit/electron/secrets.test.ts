/**
 * The invite code of a team workspace, kept by main with Electron's safeStorage: the real IPC
 * handlers and the real store on a temporary folder, with safeStorage replaced by a fake whose
 * "encryption" is visible (the binary cannot run here).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, BrowserWindow: {}, dialog: {}, safeStorage: {} }));

import { registerHostIpc, type HostServices } from '../../../electron/main/ipc';
import { createSecrets, type SafeStorageLike } from '../../../electron/main/secrets';
import { HOST_CHANNELS } from '../../../shared/host';

const CODE = '7G2KQ-M4XRA-8P3WD-0ZT5N-CF6YB';
const ok = 'app://cairn/index.html';

function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s) => Buffer.from(`enc:${Buffer.from(s).toString('base64')}`),
    decryptString: (b) => Buffer.from(b.toString().replace(/^enc:/, ''), 'base64').toString('utf8'),
  };
}

function setup(storage = fakeSafeStorage()) {
  const dir = join(mkdtempSync(join(tmpdir(), 'cairn-secrets-')), 'secrets');
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const secrets = createSecrets(
    () => dir,
    () => storage,
  );
  const spied = {
    saveSecret: vi.fn(secrets.saveSecret),
    readSecret: vi.fn(secrets.readSecret),
    deleteSecret: vi.fn(secrets.deleteSecret),
  };
  registerHostIpc(
    { handle: (ch: string, fn: never) => void handlers.set(ch, fn) } as never,
    spied as unknown as HostServices,
  );
  const call = (ch: string, url: string, ...args: unknown[]) =>
    handlers.get(ch)!({ senderFrame: { url }, sender: {} }, ...args);
  return { dir, call, spied };
}

describe('invite codes kept by main', () => {
  it('keeps a code encrypted on disk, reads it back, and forgets it when asked', async () => {
    const { dir, call } = setup();
    await call(HOST_CHANNELS.saveSecret, ok, 'team-1', CODE);
    const files = readdirSync(dir);
    expect(files).toEqual(['team-1.secret']);
    expect(readFileSync(join(dir, files[0]!), 'utf8')).not.toContain(CODE);
    await expect(call(HOST_CHANNELS.readSecret, ok, 'team-1')).resolves.toBe(CODE);
    await call(HOST_CHANNELS.deleteSecret, ok, 'team-1');
    await expect(call(HOST_CHANNELS.readSecret, ok, 'team-1')).resolves.toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to keep a code when the system cannot encrypt it, saying why, and writes nothing', async () => {
    for (const storage of [fakeSafeStorage(false), fakeSafeStorage(true, 'basic_text')]) {
      const { dir, call } = setup(storage);
      await expect(call(HOST_CHANNELS.saveSecret, ok, 'team-1', CODE)).rejects.toThrow(
        /cannot encrypt the invite code.*keychain/,
      );
      expect(() => readdirSync(dir)).toThrow();
    }
  });

  it('refuses a call from a page that is not Cairn before touching anything', async () => {
    const { call, spied } = setup();
    for (const ch of [
      HOST_CHANNELS.saveSecret,
      HOST_CHANNELS.readSecret,
      HOST_CHANNELS.deleteSecret,
    ])
      await expect(call(ch, 'https://evil.example/', 'team-1', CODE)).rejects.toThrow(
        /did not come from Cairn/,
      );
    for (const fn of Object.values(spied)) expect(fn).not.toHaveBeenCalled();
  });

  it('refuses a workspace id that could be a path, and a secret that is not one, naming which', async () => {
    const { call, spied } = setup();
    for (const id of ['../../.bashrc', 'a/b', '', 'Team 1'])
      await expect(call(HOST_CHANNELS.readSecret, ok, id), String(id)).rejects.toThrow(
        /readSecret: argument is not a workspace id/,
      );
    await expect(call(HOST_CHANNELS.deleteSecret, ok, 42)).rejects.toThrow(
      /deleteSecret: argument/,
    );
    await expect(call(HOST_CHANNELS.saveSecret, ok, 'team-1', '')).rejects.toThrow(
      /saveSecret: argument is empty/,
    );
    await expect(call(HOST_CHANNELS.saveSecret, ok, 'team-1', 'x'.repeat(201))).rejects.toThrow(
      /saveSecret: argument is too long/,
    );
    expect(spied.saveSecret).not.toHaveBeenCalled();
    expect(spied.readSecret).not.toHaveBeenCalled();
    expect(spied.deleteSecret).not.toHaveBeenCalled();
  });
});
