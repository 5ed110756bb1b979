import { contextBridge, ipcRenderer } from 'electron';
import { HOST_CHANNELS, type HostApi } from '../../shared/host';

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
  writeAutoBackup: (content) => ipcRenderer.invoke(HOST_CHANNELS.writeAutoBackup, content),
  listAutoBackups: () => ipcRenderer.invoke(HOST_CHANNELS.listAutoBackups),
  readAutoBackup: (name) => ipcRenderer.invoke(HOST_CHANNELS.readAutoBackup, name),
  updateStatus: () => ipcRenderer.invoke(HOST_CHANNELS.updateStatus),
  saveUpdateSettings: (settings) => ipcRenderer.invoke(HOST_CHANNELS.saveUpdateSettings, settings),
  checkForUpdates: () => ipcRenderer.invoke(HOST_CHANNELS.checkForUpdates),
} satisfies HostApi;

contextBridge.exposeInMainWorld('cairnHost', api);
