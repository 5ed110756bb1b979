import Dexie, { type EntityTable } from 'dexie';
import type { FeedFile, FeedFileRead, HostApi, OpenFileRequest } from '@shared/host';
import { MAX_OPEN_BYTES } from '@shared/fileLimits';

/**
 * Feed files in the browser build. Where the File System Access API exists, the picked file's
 * handle is kept in a small database of its own (handles are not workspace data: they cannot
 * go into a backup or a JSON file) and the file is read again through it. Elsewhere the
 * `<input type=file>` fallback keeps the File for this session only; once it cannot be read
 * (the file changed on disk, or the page reloaded) the person is asked to choose it again.
 * There is no watcher in a browser: every watched file is re-read when the window gains focus.
 */

interface ReadHandle {
  name: string;
  getFile(): Promise<File>;
  queryPermission?(opts: { mode: 'read' }): Promise<PermissionState>;
}
type PickerWindow = Window & {
  showOpenFilePicker?: (opts: {
    types: { description: string; accept: Record<string, string[]> }[];
    excludeAcceptAllOption?: boolean;
  }) => Promise<ReadHandle[]>;
};

interface KeptHandle {
  ref: string;
  name: string;
  handle: ReadHandle;
}

class HandleStore extends Dexie {
  handles!: EntityTable<KeptHandle, 'ref'>;
  constructor() {
    super('cairn-feed-files');
    this.version(1).stores({ handles: 'ref' });
  }
}
let store: HandleStore | null = null;
const handles = (): HandleStore => (store ??= new HandleStore());

/** Files chosen through the fallback input: good for this session only. */
const sessionFiles = new Map<string, File>();
let watched: string[] = [];
/**
 * What was forgotten this session, kept until the page goes: Undo of a delete or an unlink
 * lists the file again, and a handle once dropped cannot be had back without a click.
 */
const forgotten = new Map<string, { file?: File; row?: KeptHandle }>();

function inputPick(req: OpenFileRequest): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = req.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    const done = (file: File | null) => {
      resolve(file);
      input.remove();
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    document.body.append(input);
    input.click();
  });
}

async function bytesOf(file: File): Promise<FeedFileRead> {
  if (file.size > MAX_OPEN_BYTES) return { tooLarge: { bytes: file.size } };
  try {
    return { bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    // Chromium refuses a File whose disk copy changed after it was chosen (NotReadableError).
    return { access: true };
  }
}

async function toFeedFile(name: string, ref: string, file: File): Promise<FeedFile | null> {
  const r = await bytesOf(file);
  if ('bytes' in r) return { name, ref, bytes: r.bytes };
  if ('tooLarge' in r) return { name, ref, tooLarge: r.tooLarge };
  return null;
}

type FeedHost = Pick<
  HostApi,
  'pickFeedFile' | 'readFeedFile' | 'watchFeedFiles' | 'onFeedFileChanged' | 'forgetFeedFile'
>;

export const browserFeedFiles: FeedHost = {
  async pickFeedFile(req) {
    const picker = (window as PickerWindow).showOpenFilePicker;
    const ref = crypto.randomUUID();
    if (picker) {
      let handle: ReadHandle | undefined;
      try {
        [handle] = await picker({
          types: [
            {
              description: 'Data files',
              accept: {
                'application/octet-stream': req.filters.flatMap((f) =>
                  f.extensions.map((e) => `.${e}`),
                ),
              },
            },
          ],
        });
      } catch {
        return null; // cancelled
      }
      if (!handle) return null;
      await handles().handles.put({ ref, name: handle.name, handle });
      return toFeedFile(handle.name, ref, await handle.getFile());
    }
    const file = await inputPick(req);
    if (!file) return null;
    sessionFiles.set(ref, file);
    return toFeedFile(file.name, ref, file);
  },
  async readFeedFile(ref) {
    const kept = sessionFiles.get(ref);
    if (kept) return bytesOf(kept);
    const row = await handles().handles.get(ref);
    if (!row) return { access: true };
    try {
      // Permission lapses between sessions, and asking again needs a click: say so instead.
      if (
        row.handle.queryPermission &&
        (await row.handle.queryPermission({ mode: 'read' })) !== 'granted'
      )
        return { access: true };
      return bytesOf(await row.handle.getFile());
    } catch (e) {
      return e instanceof DOMException && e.name === 'NotFoundError'
        ? { gone: true }
        : { access: true };
    }
  },
  async watchFeedFiles(refs) {
    watched = [...refs];
    for (const ref of refs) {
      const back = forgotten.get(ref);
      if (!back) continue;
      forgotten.delete(ref);
      if (back.file) sessionFiles.set(ref, back.file);
      if (back.row) await handles().handles.put(back.row);
    }
  },
  onFeedFileChanged(listener) {
    const onFocus = () => {
      for (const ref of watched) listener(ref);
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  },
  async forgetFeedFile(ref) {
    const file = sessionFiles.get(ref);
    const row = await handles().handles.get(ref);
    if (file || row) forgotten.set(ref, { file, row });
    sessionFiles.delete(ref);
    await handles().handles.delete(ref);
  },
};
