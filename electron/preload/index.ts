import { contextBridge, ipcRenderer } from 'electron';
import {
  HOST_CHANNELS,
  type HostApi,
  type HostingStatus,
  type OpenedBackupFile,
} from '../../shared/host';

// A backup opened at launch arrives as soon as the page loads, maybe before the app listens:
// the last one is kept until a listener comes.
let openedBackup: OpenedBackupFile | null = null;
let backupListener: ((file: OpenedBackupFile) => void) | null = null;
ipcRenderer.on(HOST_CHANNELS.openBackupFile, (_e: unknown, file: unknown) => {
  const f = file as Partial<OpenedBackupFile> | null;
  if (typeof f?.name !== 'string' || typeof f.content !== 'string') return;
  const plain = { name: f.name, content: f.content };
  if (backupListener) backupListener(plain);
  else openedBackup = plain;
});

/** The one bridge: narrow, verb-named functions; nothing of ipcRenderer leaks through. */
const api = {
  saveFile: (req) => ipcRenderer.invoke(HOST_CHANNELS.saveFile, req),
  printToPdf: (req) => ipcRenderer.invoke(HOST_CHANNELS.printToPdf, req),
  openFile: (req) => ipcRenderer.invoke(HOST_CHANNELS.openFile, req),
  appInfo: () => ipcRenderer.invoke(HOST_CHANNELS.appInfo),
  onMenuAction: (listener) => {
    const wrapped = (_e: unknown, id: unknown): void => {
      if (typeof id === 'string') listener(id);
    };
    ipcRenderer.on(HOST_CHANNELS.menuAction, wrapped);
    return () => ipcRenderer.removeListener(HOST_CHANNELS.menuAction, wrapped);
  },
  onOpenBackupFile: (listener) => {
    backupListener = listener;
    const waiting = openedBackup;
    openedBackup = null;
    if (waiting) listener(waiting);
    return () => {
      if (backupListener === listener) backupListener = null;
    };
  },
  writeAutoBackup: (content, workspaceId) =>
    ipcRenderer.invoke(HOST_CHANNELS.writeAutoBackup, content, workspaceId),
  listAutoBackups: (workspaceId) => ipcRenderer.invoke(HOST_CHANNELS.listAutoBackups, workspaceId),
  readAutoBackup: (name, workspaceId) =>
    ipcRenderer.invoke(HOST_CHANNELS.readAutoBackup, name, workspaceId),
  updateStatus: () => ipcRenderer.invoke(HOST_CHANNELS.updateStatus),
  saveUpdateSettings: (settings) => ipcRenderer.invoke(HOST_CHANNELS.saveUpdateSettings, settings),
  checkForUpdates: () => ipcRenderer.invoke(HOST_CHANNELS.checkForUpdates),
  notify: (req) => ipcRenderer.invoke(HOST_CHANNELS.notify, req),
  notificationPermission: () => ipcRenderer.invoke(HOST_CHANNELS.notificationPermission),
  // Main shows notifications itself: there is nothing to ask the person.
  requestNotificationPermission: () => ipcRenderer.invoke(HOST_CHANNELS.notificationPermission),
  setBadgeCount: (count) => ipcRenderer.invoke(HOST_CHANNELS.setBadgeCount, count),
  pickFeedFile: (req) => ipcRenderer.invoke(HOST_CHANNELS.pickFeedFile, req),
  readFeedFile: (ref) => ipcRenderer.invoke(HOST_CHANNELS.readFeedFile, ref),
  watchFeedFiles: (refs) => ipcRenderer.invoke(HOST_CHANNELS.watchFeedFiles, refs),
  onFeedFileChanged: (listener) => {
    const wrapped = (_e: unknown, ref: unknown): void => {
      if (typeof ref === 'string') listener(ref);
    };
    ipcRenderer.on(HOST_CHANNELS.feedFileChanged, wrapped);
    return () => ipcRenderer.removeListener(HOST_CHANNELS.feedFileChanged, wrapped);
  },
  forgetFeedFile: (ref) => ipcRenderer.invoke(HOST_CHANNELS.forgetFeedFile, ref),
  saveSecret: (workspaceId, secret) =>
    ipcRenderer.invoke(HOST_CHANNELS.saveSecret, workspaceId, secret),
  readSecret: (workspaceId) => ipcRenderer.invoke(HOST_CHANNELS.readSecret, workspaceId),
  deleteSecret: (workspaceId) => ipcRenderer.invoke(HOST_CHANNELS.deleteSecret, workspaceId),
  hostTeam: {
    start: (req) => ipcRenderer.invoke(HOST_CHANNELS.hostTeamStart, req),
    stop: () => ipcRenderer.invoke(HOST_CHANNELS.hostTeamStop),
    status: () => ipcRenderer.invoke(HOST_CHANNELS.hostTeamStatus),
    invite: (memberId) => ipcRenderer.invoke(HOST_CHANNELS.hostTeamInvite, memberId),
    onStatus: (listener) => {
      const wrapped = (_e: unknown, status: unknown): void => {
        if (typeof status === 'object' && status !== null) listener(status as HostingStatus);
      };
      ipcRenderer.on(HOST_CHANNELS.hostTeamChanged, wrapped);
      return () => ipcRenderer.removeListener(HOST_CHANNELS.hostTeamChanged, wrapped);
    },
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('cairnHost', api);
