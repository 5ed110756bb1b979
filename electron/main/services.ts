import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, safeStorage, BrowserWindow, type WebContents } from 'electron';
import type { HostServices } from './ipc';
import { writeFileAtomic } from './files';
import { autoBackupDir, listAutoBackups, readAutoBackup, writeAutoBackup } from './backups';
import { pdfOptions } from './print';
import { printRouteToPdf } from './printWindow';
import { MAX_OPEN_BYTES } from '../../shared/fileLimits';
import type { createUpdates } from './updates';
import { notificationPermission, setBadgeCount, showNotification } from './notifications';
import { createSecrets } from './secrets';

/** Electron's implementation of the host services: native dialogs and the user-data folder. */
export function electronServices(updates: ReturnType<typeof createUpdates>): HostServices {
  // safeStorage is read when a secret is used: it is ready only once the app is.
  const secrets = createSecrets(
    () => join(app.getPath('userData'), 'secrets'),
    () => safeStorage,
  );
  const backupDir = (workspaceId?: string): string =>
    autoBackupDir(app.getPath('userData'), workspaceId);
  const owner = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? undefined;

  async function saveTo(
    name: string,
    filters: { name: string; extensions: string[] }[],
    data: string | Uint8Array,
  ) {
    const win = owner();
    const opts = { defaultPath: join(app.getPath('documents'), name), filters };
    const res = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    if (res.canceled || !res.filePath) return { saved: false };
    await writeFileAtomic(res.filePath, data);
    return { saved: true, path: res.filePath };
  }

  return {
    saveFile: (req) => saveTo(req.suggestedName, req.filters, req.content),
    async printToPdf(sender: WebContents, req) {
      // A report route is printed in a hidden, sandboxed window; otherwise the sender's page.
      const pdf = req.route
        ? await printRouteToPdf(
            sender.getURL(),
            { ...req, route: req.route },
            { devServerUrl: process.env.ELECTRON_RENDERER_URL },
          )
        : await sender.printToPDF(pdfOptions(req));
      return saveTo(req.suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], new Uint8Array(pdf));
    },
    async openFile(req) {
      const win = owner();
      const opts = { properties: ['openFile' as const], filters: req.filters };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      const path = res.filePaths[0];
      if (res.canceled || !path) return null;
      const st = await fs.stat(path);
      const name = path.split(/[\\/]/).pop() ?? path;
      if (st.size > MAX_OPEN_BYTES) return { name, tooLarge: { bytes: st.size } };
      return { name, content: await fs.readFile(path, 'utf8') };
    },
    appInfo: () => ({
      name: 'Cairn',
      version: app.getVersion(),
      platform: process.platform,
      host: 'electron',
    }),
    writeAutoBackup: (content, workspaceId) => writeAutoBackup(backupDir(workspaceId), content),
    listAutoBackups: (workspaceId) => listAutoBackups(backupDir(workspaceId)),
    readAutoBackup: (name, workspaceId) => readAutoBackup(backupDir(workspaceId), name),
    updateStatus: () => updates.status(),
    saveUpdateSettings: (settings) => updates.save(settings),
    checkForUpdates: () => updates.check(),
    notify: showNotification,
    notificationPermission,
    setBadgeCount,
    ...secrets,
  };
}
