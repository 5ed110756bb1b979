import { join } from 'node:path';
import { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session } from 'electron';
import { HOST_CHANNELS } from '../../shared/host';
import { menuActionIdSchema } from '../../shared/hostSchemas';
import { createFeedFiles } from './feedFiles';
import { registerFeedIpc } from './feedIpc';
import { createHostTeam } from './hostTeam';
import { registerHostTeamIpc } from './hostTeamIpc';
import { registerHostIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { backupPathInArgv, createBackupOpener } from './openBackup';
import { makeAppProtocolHandler } from './protocol';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyAllPermissions,
  installNavigationGuards,
  windowOptions,
} from './security';
import { electronServices } from './services';
import { createUpdates, policyPath, type Updater } from './updates';
import { loadWindowState, saveWindowState } from './windowState';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;

// The fixed, privileged origin the renderer lives at; registered before the app is ready.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');

async function createWindow(): Promise<BrowserWindow> {
  const state = await loadWindowState(stateFile());
  const win = new BrowserWindow({
    ...windowOptions(join(__dirname, '../preload/index.cjs')),
    ...state,
  });
  if (state.maximized) win.maximize();
  installNavigationGuards(win.webContents, devServerUrl);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    void saveWindowState(stateFile(), { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

const backups = createBackupOpener();

// A second launch (double-clicking a backup while Cairn runs) hands its argv to this one.
app.on('second-instance', (_e, argv: string[]) => {
  const win = BrowserWindow.getAllWindows()[0];
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
  const path = backupPathInArgv(argv);
  if (path) void backups.open(path);
});

// macOS: a backup opened in Finder; this can fire before the app is ready (the opener queues).
app.on('open-file', (e, path: string) => {
  e.preventDefault();
  void backups.open(path);
});

app.on('web-contents-created', (_e, contents) => installNavigationGuards(contents, devServerUrl));

void app.whenReady().then(async () => {
  protocol.handle(APP_SCHEME, makeAppProtocolHandler(join(__dirname, '../renderer')));
  denyAllPermissions(session.defaultSession);
  const updates = createUpdates({
    policyPath: policyPath(process.platform, process.env),
    settingsPath: join(app.getPath('userData'), 'updates.json'),
    version: app.getVersion(),
    canUpdate: app.isPackaged === true,
    // Loaded on the first check with updates on: while they are off, none of it runs.
    loadUpdater: async () => {
      const mod = await import('electron-updater');
      return ((mod as unknown as { default?: typeof mod }).default ?? mod).autoUpdater as Updater;
    },
  });
  registerHostIpc(ipcMain, electronServices(updates), devServerUrl);
  const feedFiles = createFeedFiles({
    listPath: join(app.getPath('userData'), 'feed-files.json'),
    pick: async (filters) => {
      const win = BrowserWindow.getFocusedWindow();
      const opts = { properties: ['openFile' as const], filters };
      const res = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      return res.canceled ? null : (res.filePaths[0] ?? null);
    },
    changed: (ref) => {
      for (const w of BrowserWindow.getAllWindows())
        w.webContents.send(HOST_CHANNELS.feedFileChanged, ref);
    },
  });
  registerFeedIpc(ipcMain, feedFiles, devServerUrl);
  app.on('will-quit', () => feedFiles.close());
  const hostTeam = createHostTeam({
    entryPath: join(__dirname, 'hostedEntry.js'),
    dataPath: join(app.getPath('userData'), 'hosted-team', 'team.sqlite'),
    settingsPath: join(app.getPath('userData'), 'hosting.json'),
    onStatus: (status) => {
      for (const w of BrowserWindow.getAllWindows())
        w.webContents.send(HOST_CHANNELS.hostTeamChanged, status);
    },
  });
  registerHostTeamIpc(ipcMain, hostTeam, devServerUrl);
  // The server stores its documents as it stops; quitting waits for that (a few seconds at most).
  app.on('will-quit', (e) => {
    if (!hostTeam.isRunning()) return;
    e.preventDefault();
    void hostTeam.shutdown().finally(() => app.quit());
  });
  void hostTeam.resume().catch((err: unknown) => console.error('Hosting did not resume:', err));
  updates.start();
  const send = (id: string): void => {
    if (menuActionIdSchema.safeParse(id).success)
      BrowserWindow.getFocusedWindow()?.webContents.send(HOST_CHANNELS.menuAction, id);
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform)));
  await createWindow();
  const launchedWith = backupPathInArgv(process.argv);
  if (launchedWith) void backups.open(launchedWith);
  await backups.ready(async (file) => {
    // On macOS the app outlives its windows: a backup opened then gets a new one.
    const win = BrowserWindow.getAllWindows()[0] ?? (await createWindow());
    win.webContents.send(HOST_CHANNELS.openBackupFile, file);
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
