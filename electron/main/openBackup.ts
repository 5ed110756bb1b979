import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { isBackupFileName } from '../../shared/backupFiles';
import { MAX_OPEN_BYTES } from '../../shared/fileLimits';
import type { OpenedBackupFile } from '../../shared/host';
import { openedBackupFileSchema } from '../../shared/hostSchemas';

/**
 * The backup a launch was asked to open. argv[0] is the executable; switches (`--foo`) and
 * anything but a `.cairn.json` are ignored, so Chromium's own arguments never count.
 */
export function backupPathInArgv(argv: readonly string[]): string | null {
  const paths = argv.slice(1).filter((a) => !a.startsWith('-') && isBackupFileName(a));
  return paths.at(-1) ?? null;
}

/**
 * Reads a backup the system asked Cairn to open: only a regular `.cairn.json` file within the
 * open-file limit; anything else (a folder, another kind of file, one too large, one that
 * cannot be read) is ignored, as a file picker would not have offered it.
 */
export async function readBackupToOpen(path: string): Promise<OpenedBackupFile | null> {
  if (!isBackupFileName(path)) return null;
  try {
    const st = await fs.stat(path);
    if (!st.isFile() || st.size > MAX_OPEN_BYTES) return null;
    const file = { name: basename(path), content: await fs.readFile(path, 'utf8') };
    return openedBackupFileSchema.safeParse(file).success ? file : null;
  } catch {
    return null;
  }
}

export interface BackupOpener {
  /** A path the system asked Cairn to open; waits while there is no window to send it to. */
  open(path: string): Promise<void>;
  /** The window can take files now: sends what waited, and every later one at once. */
  ready(send: (file: OpenedBackupFile) => void | Promise<void>): Promise<void>;
}

// macOS sends `open-file` before the app is ready when a double-click launches it.
export function createBackupOpener(read = readBackupToOpen): BackupOpener {
  let send: ((file: OpenedBackupFile) => void | Promise<void>) | null = null;
  const waiting: string[] = [];
  const deliver = async (path: string): Promise<void> => {
    const file = await read(path);
    if (file && send) await send(file);
  };
  return {
    async open(path) {
      if (send) await deliver(path);
      else waiting.push(path);
    },
    async ready(fn) {
      send = fn;
      for (const path of waiting.splice(0)) await deliver(path);
    },
  };
}
