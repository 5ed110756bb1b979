import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { SecretsApi } from '../../shared/host';
import { workspaceIdSchema } from '../../shared/hostSchemas';
import { writeFileAtomic } from './files';

/** The part of Electron's safeStorage used here; tests pass a fake. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export class SecretsUnavailable extends Error {
  override name = 'SecretsUnavailable';
}

const UNAVAILABLE =
  'This computer cannot encrypt the invite code (no system keychain is available to Cairn), so ' +
  'Cairn will not keep it. Unlock or set up the system keychain (on Linux, GNOME Keyring or ' +
  'KWallet), then try again.';

/**
 * Invite codes encrypted with the system's keychain (safeStorage), one file per workspace under
 * userData/secrets: the bytes on disk are useless without this user's login. Refuses rather
 * than store a code in the clear: on Linux without a keyring safeStorage falls back to
 * `basic_text`, a fixed key anyone can read, which is no better than plain text.
 */
export function createSecrets(dir: () => string, storage: () => SafeStorageLike): SecretsApi {
  const fileOf = (workspaceId: string) =>
    join(dir(), `${workspaceIdSchema.parse(workspaceId)}.secret`);
  const ensureAvailable = () => {
    const s = storage();
    if (!s.isEncryptionAvailable() || s.getSelectedStorageBackend?.() === 'basic_text')
      throw new SecretsUnavailable(UNAVAILABLE);
  };
  return {
    async saveSecret(workspaceId, secret) {
      ensureAvailable();
      const file = fileOf(workspaceId);
      await fs.mkdir(dir(), { recursive: true, mode: 0o700 });
      await writeFileAtomic(file, new Uint8Array(storage().encryptString(secret)));
    },
    async readSecret(workspaceId) {
      const file = fileOf(workspaceId);
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
      ensureAvailable();
      return storage().decryptString(bytes);
    },
    async deleteSecret(workspaceId) {
      await fs.rm(fileOf(workspaceId), { force: true });
    },
  };
}
