import { watch, promises as fs, type FSWatcher } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { FeedFile, FeedFileRead, FileFilter } from '../../shared/host';
import { MAX_OPEN_BYTES } from '../../shared/fileLimits';
import { writeFileAtomic } from './files';
import { IpcRefused } from './ipc';

/**
 * The files key results are fed from. Main reads only paths the person picked in its own
 * dialog: they go on an allow-list (kept in the user-data folder, so links survive a restart),
 * and a path the renderer sends that is not on it is refused, never read.
 */
export interface FeedFilesDeps {
  /** Where the allow-list is kept. */
  listPath: string;
  /** Shows the open dialog; the chosen absolute path, or null. */
  pick(filters: FileFilter[]): Promise<string | null>;
  /** Tells the renderer a watched file changed. */
  changed(ref: string): void;
}

export interface FeedFiles {
  pick(filters: FileFilter[]): Promise<FeedFile | null>;
  read(ref: string): Promise<FeedFileRead>;
  watch(refs: string[]): Promise<void>;
  forget(ref: string): Promise<void>;
  close(): void;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code;

async function readPath(path: string): Promise<FeedFileRead> {
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) return { gone: true };
    if (st.size > MAX_OPEN_BYTES) return { tooLarge: { bytes: st.size } };
    return { bytes: new Uint8Array(await fs.readFile(path)) };
  } catch (e) {
    if (code(e) === 'EACCES' || code(e) === 'EPERM') return { access: true };
    return { gone: true };
  }
}

export function createFeedFiles(deps: FeedFilesDeps): FeedFiles {
  let allowed: Set<string> | null = null;
  const watchers = new Map<string, FSWatcher>();
  // Files forgotten since main started. Undo of a delete or an unlink lists one again, and only
  // then may it come back: the person picked it in main's dialog, and nothing else is taken.
  const forgotten = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  async function list(): Promise<Set<string>> {
    if (allowed) return allowed;
    try {
      const raw: unknown = JSON.parse(await fs.readFile(deps.listPath, 'utf8'));
      allowed = new Set(
        Array.isArray(raw)
          ? raw.filter((p): p is string => typeof p === 'string' && isAbsolute(p))
          : [],
      );
    } catch {
      allowed = new Set();
    }
    return allowed;
  }
  const save = async () => writeFileAtomic(deps.listPath, JSON.stringify([...(await list())]));

  async function allowedRef(ref: string): Promise<string> {
    if (!(await list()).has(ref))
      throw new IpcRefused('readFeedFile: Cairn reads only files chosen in its own dialog');
    return ref;
  }

  function unwatch(ref: string): void {
    watchers.get(ref)?.close();
    watchers.delete(ref);
    clearTimeout(timers.get(ref));
    timers.delete(ref);
  }

  return {
    async pick(filters) {
      const chosen = await deps.pick(filters);
      if (!chosen) return null;
      const ref = resolve(chosen);
      (await list()).add(ref);
      await save();
      const name = basename(ref);
      const r = await readPath(ref);
      if ('bytes' in r) return { name, ref, bytes: r.bytes };
      if ('tooLarge' in r) return { name, ref, tooLarge: r.tooLarge };
      return null;
    },
    async read(ref) {
      return readPath(await allowedRef(ref));
    },
    async watch(refs) {
      const ok = await list();
      const back = refs.filter((r) => forgotten.has(r));
      for (const ref of back) {
        forgotten.delete(ref);
        ok.add(ref);
      }
      if (back.length) await save();
      const wanted = new Set(refs.filter((r) => ok.has(r)));
      for (const ref of [...watchers.keys()]) if (!wanted.has(ref)) unwatch(ref);
      for (const ref of wanted) {
        if (watchers.has(ref)) continue;
        // The folder, not the file: editors save by writing a new file and renaming it over
        // the old one, which ends a watch on the file itself.
        try {
          const w = watch(dirname(ref), (_event, file) => {
            if (file !== null && file.toString() !== basename(ref)) return;
            clearTimeout(timers.get(ref));
            // Saves come as bursts of events; read once they settle.
            timers.set(
              ref,
              setTimeout(() => deps.changed(ref), 300),
            );
          });
          w.on('error', () => unwatch(ref));
          watchers.set(ref, w);
        } catch {
          // The folder is gone: the next read names the problem.
        }
      }
    },
    async forget(ref) {
      unwatch(ref);
      if (!(await list()).delete(ref)) return;
      forgotten.add(ref);
      await save();
    },
    close() {
      for (const ref of [...watchers.keys()]) unwatch(ref);
    },
  };
}
