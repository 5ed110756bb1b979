import Dexie, { type EntityTable } from 'dexie';
import type { AutoBackupEntry, HostApi, OpenFileRequest } from '@shared/host';
import { MAX_OPEN_BYTES } from '@shared/fileLimits';
import { autoBackupFileName } from '@shared/backupFiles';
import { browserFeedFiles } from './feedFiles';
import { workspaceIdSchema } from '@shared/hostSchemas';
import { PERSONAL_ID } from '@shared/workspaces';
import { printRouteInFrame } from './printFrame';
import { browserNotifications, onNotificationAction } from './browserNotifications';
import { browserHostTeam } from './browserHostTeam';

/**
 * Where the browser build keeps automatic backups: a database apart from the workspace, one per
 * workspace. The personal workspace keeps the database it always had, so its backups still list.
 */
class BackupStore extends Dexie {
  files!: EntityTable<AutoBackupEntry & { content: string }, 'name'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ files: 'name, createdAt' });
  }
}
const KEEP_MS = 10 * 24 * 3600 * 1000;
const stores = new Map<string, BackupStore>();
export const backupDbName = (workspaceId: string = PERSONAL_ID): string => {
  const id = workspaceIdSchema.parse(workspaceId);
  return id === PERSONAL_ID ? 'cairn-auto-backups' : `cairn-auto-backups-${id}`;
};
const backupsOf = (workspaceId?: string): BackupStore => {
  const name = backupDbName(workspaceId);
  let store = stores.get(name);
  if (!store) stores.set(name, (store = new BackupStore(name)));
  return store;
};

/**
 * The browser build keeps a team workspace's invite code in localStorage. This is weaker than
 * Electron's safeStorage: the code sits unencrypted in the browser profile, readable by anyone
 * with the profile's files and by any script this origin runs. A browser offers nothing
 * better to a page (no access to the system keychain), so the browser build is for trying
 * Cairn; a team member's everyday copy is the desktop app.
 */
const SECRET_PREFIX = 'cairn.secret.';
const secretKey = (workspaceId: string): string =>
  SECRET_PREFIX + workspaceIdSchema.parse(workspaceId);

function download(name: string, content: string | Uint8Array, type: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function pickFile(req: OpenFileRequest): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = req.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

/** The host when Cairn runs in a plain browser: downloads, the print dialog, a file picker. */
export const browserHost: HostApi = {
  async saveFile(req) {
    const ext = req.suggestedName.split('.').pop() ?? '';
    const type =
      {
        md: 'text/markdown',
        json: 'application/json',
        png: 'image/png',
        svg: 'image/svg+xml',
        csv: 'text/csv',
        pdf: 'application/pdf',
        ics: 'text/calendar',
      }[ext] ?? 'application/octet-stream';
    download(req.suggestedName, req.content, type);
    return { saved: true };
  },
  async printToPdf(req) {
    if (req.route) {
      await printRouteInFrame(req.route, req.suggestedName.replace(/\.pdf$/i, ''));
      return { saved: true };
    }
    const previous = document.title;
    document.title = req.suggestedName.replace(/\.pdf$/i, '');
    window.print();
    document.title = previous;
    return { saved: true };
  },
  async openFile(req) {
    const file = await pickFile(req);
    if (!file) return null;
    if (file.size > MAX_OPEN_BYTES) return { name: file.name, tooLarge: { bytes: file.size } };
    return { name: file.name, content: await file.text() };
  },
  async appInfo() {
    return {
      name: 'Cairn',
      version: import.meta.env.VITE_APP_VERSION ?? '0.1.0',
      platform: navigator.platform,
      host: 'browser',
    };
  },
  // No native menu in a browser; a notification's click is the one thing that sends actions.
  onMenuAction: onNotificationAction,
  // A browser page is never handed a file by the system: nothing is ever pushed.
  onOpenBackupFile: () => () => {},
  async writeAutoBackup(content, workspaceId) {
    const backups = () => backupsOf(workspaceId);
    const now = new Date();
    const entry = {
      name: autoBackupFileName(now),
      createdAt: now.toISOString(),
      bytes: new Blob([content]).size,
    };
    await backups().transaction('rw', backups().files, async () => {
      await backups().files.put({ ...entry, content });
      await backups()
        .files.where('createdAt')
        .below(new Date(now.getTime() - KEEP_MS).toISOString())
        .delete();
    });
    return entry;
  },
  async listAutoBackups(workspaceId) {
    const rows = await backupsOf(workspaceId).files.orderBy('createdAt').reverse().toArray();
    return rows.map(({ name, createdAt, bytes }) => ({ name, createdAt, bytes }));
  },
  async readAutoBackup(name, workspaceId) {
    const row = await backupsOf(workspaceId).files.get(name);
    if (!row) throw new Error(`No automatic backup named ${name}`);
    return row.content;
  },
  // The browser build is whatever the server sends: it has nothing to update, and asks nothing.
  async updateStatus() {
    return {
      enabled: false,
      feedUrl: '',
      managedBy: 'you',
      policyPath: '',
      canUpdate: false,
      version: import.meta.env.VITE_APP_VERSION ?? '0.1.0',
    };
  },
  async saveUpdateSettings() {
    throw new Error('In a browser, Cairn is updated by whoever serves it');
  },
  async checkForUpdates() {
    return {
      outcome: 'cannot-update',
      message: 'In a browser, Cairn is updated by whoever serves it.',
    };
  },
  ...browserNotifications,
  ...browserFeedFiles,
  async saveSecret(workspaceId, secret) {
    localStorage.setItem(secretKey(workspaceId), secret);
  },
  async readSecret(workspaceId) {
    return localStorage.getItem(secretKey(workspaceId));
  },
  async deleteSecret(workspaceId) {
    localStorage.removeItem(secretKey(workspaceId));
  },
  hostTeam: browserHostTeam,
};
