/**
 * The contract between the renderer and whatever hosts it: Electron's preload bridge, or the
 * browser fallback. Types only; both sides implement it. Main validates every argument with
 * the schemas in shared/hostSchemas.ts.
 */

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  /** Text is written as UTF-8; bytes as given (PNG, PDF). */
  content: string | Uint8Array;
  filters: FileFilter[];
}

export interface SaveResult {
  saved: boolean;
  /** Where it went, when the host knows (Electron); a browser download has no path. */
  path?: string;
}

export interface PrintRequest {
  suggestedName: string;
  pageSize: 'A4' | 'Letter';
  landscape: boolean;
  /**
   * A report view to print instead of the current page (`print=review&cycle=…`, see
   * shared/report/printRoute.ts): Electron prints it in a hidden, sandboxed window of its own.
   */
  route?: string;
}

export interface OpenFileRequest {
  filters: FileFilter[];
}

/** A file the person chose: its text, or, past the size limit, only its name and size. */
export type OpenedFile =
  { name: string; content: string } | { name: string; tooLarge: { bytes: number } };

/** A `.cairn.json` the person opened from their file manager, read by the host. */
export interface OpenedBackupFile {
  name: string;
  content: string;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  host: 'electron' | 'browser';
}

export interface AutoBackupEntry {
  /** File name, e.g. `cairn-2026-11-25T10-00-00.000Z.cairn.json`. */
  name: string;
  createdAt: string;
  bytes: number;
}

/** Whether Cairn looks for new versions, and where: off until a person or a policy turns it on. */
export interface UpdateSettings {
  enabled: boolean;
  /** A folder of latest*.yml on any static server (electron-updater's generic provider). */
  feedUrl: string;
}

export interface UpdateStatus extends UpdateSettings {
  /** `policy`: an organisation's policy file decides, and the person cannot change it. */
  managedBy: 'you' | 'policy';
  /** Where that policy file is looked for on this computer. */
  policyPath: string;
  /** Why updates are off although a policy exists, e.g. the policy file is not valid. */
  problem?: string;
  /** Only an installed copy can replace itself (not a browser, not a source checkout). */
  canUpdate: boolean;
  version: string;
}

export interface UpdateCheckResult {
  outcome: 'off' | 'cannot-update' | 'up-to-date' | 'available' | 'failed';
  /** One sentence for the person, e.g. "Cairn 0.2.0 is downloading; it installs when you quit." */
  message: string;
  version?: string;
}

/** A desktop notification; a click focuses Cairn and runs `actionId` (a menu action) if given. */
export interface NotifyRequest {
  title: string;
  body: string;
  actionId?: string;
}

/**
 * Whether the host can show notifications: `granted` (Electron always, where the system has
 * them), `default` (a browser that has not asked yet), `denied` (the person or the browser
 * refused), `unsupported` (no notifications at all).
 */
export type NotifyPermission = 'granted' | 'default' | 'denied' | 'unsupported';
/**
 * A file the person picked to feed a key result (shared/feeds): its bytes, and `ref`, how the
 * host finds it again — a path main put on its allow-list (Electron) or the id of a kept file
 * handle (browser). The renderer stores `ref` but never turns it into a path of its own.
 */
export type FeedFile =
  | { name: string; ref: string; bytes: Uint8Array }
  | { name: string; ref: string; tooLarge: { bytes: number } };

/** A fresh read of a picked file, or why there is none. */
export type FeedFileRead =
  { bytes: Uint8Array } | { gone: true } | { access: true } | { tooLarge: { bytes: number } };

/**
 * Secrets kept by the host, one per workspace (a team workspace's invite code): Electron
 * encrypts them with the system's keychain (safeStorage); a browser can only keep them in its
 * own storage.
 */
export interface SecretsApi {
  saveSecret(workspaceId: string, secret: string): Promise<void>;
  /** Null when none is kept for this workspace. */
  readSecret(workspaceId: string): Promise<string | null>;
  deleteSecret(workspaceId: string): Promise<void>;
}

/**
 * "Host this team on this computer": the team server run by the desktop app (a utilityProcess)
 * on a LAN port. `unavailable` is the browser build, which cannot open a port.
 */
export interface HostingStatus {
  state: 'stopped' | 'starting' | 'running' | 'failed' | 'unavailable';
  port: number;
  /** What teammates enter in Join a team, one per network of this computer (ws://192.168.1.20:1234). */
  addresses: string[];
  /** This computer's own address of the server (ws://127.0.0.1:1234) while it runs. */
  localUrl: string | null;
  /** Members with an active invite, while it runs. */
  members: number;
  /** On: hosting starts again on the next launch. */
  leftOn: boolean;
  /** Why it is not running when it should be (a crash, a port in use), or why it is unavailable. */
  problem: string | null;
}

export interface HostStartRequest {
  /** The port to listen on; the last one used (first 1234) when left out. */
  port?: number;
  /** Invite this person of the org tree as an admin: the code comes back once, in `adminInvite`. */
  adminPersonId?: string;
}

export interface HostStartResult extends HostingStatus {
  adminInvite?: string;
}

/** A teammate's invite to the hosted team: the code exists only in this answer. */
export interface HostInvite {
  personId: string;
  code: string;
}

export interface HostTeamApi {
  start(req: HostStartRequest): Promise<HostStartResult>;
  stop(): Promise<HostingStatus>;
  status(): Promise<HostingStatus>;
  /** Invites a person of the tree (again: their old code stops working). */
  invite(memberId: string): Promise<HostInvite>;
  /** The status as it changes (a crash of the server included). Returns an unsubscribe function. */
  onStatus(listener: (status: HostingStatus) => void): () => void;
}

export interface HostApi extends SecretsApi {
  /** Hosting a team from this computer (desktop app only). */
  hostTeam: HostTeamApi;
  saveFile(req: SaveFileRequest): Promise<SaveResult>;
  /** Prints the current view (styled by its print CSS) to a PDF the user saves. */
  printToPdf(req: PrintRequest): Promise<SaveResult>;
  openFile(req: OpenFileRequest): Promise<OpenedFile | null>;
  appInfo(): Promise<AppInfo>;
  /** Menu clicks from the native menu, by action id. Returns an unsubscribe function. */
  onMenuAction(listener: (actionId: string) => void): () => void;
  /**
   * Backups the person opened from outside Cairn (double-click, "Open with"), pushed by the
   * host; one opened before anything listens is kept for the first listener. Returns an
   * unsubscribe function.
   */
  onOpenBackupFile(listener: (file: OpenedBackupFile) => void): () => void;
  /**
   * Rolling automatic backups kept by the host (user-data folder in Electron), one set per
   * workspace: without `workspaceId`, the personal workspace's.
   */
  writeAutoBackup(content: string, workspaceId?: string): Promise<AutoBackupEntry>;
  listAutoBackups(workspaceId?: string): Promise<AutoBackupEntry[]>;
  readAutoBackup(name: string, workspaceId?: string): Promise<string>;
  /** Updates: nothing is asked of the network unless they are on (see docs/release.md). */
  updateStatus(): Promise<UpdateStatus>;
  saveUpdateSettings(settings: UpdateSettings): Promise<UpdateStatus>;
  checkForUpdates(): Promise<UpdateCheckResult>;
  /** Shows a notification; false when it could not be (permission, no support). */
  notify(req: NotifyRequest): Promise<boolean>;
  notificationPermission(): Promise<NotifyPermission>;
  /** Asks the person (browser; needs a click); Electron has nothing to ask. */
  requestNotificationPermission(): Promise<NotifyPermission>;
  /** The count on the dock or taskbar icon (Electron), or "(3) Cairn" in the tab title. */
  setBadgeCount(count: number): Promise<void>;
  /** Key results fed from files: pick one (it joins the files the host may read again). */
  pickFeedFile(req: OpenFileRequest): Promise<FeedFile | null>;
  /** Reads a picked file again by its ref; a ref the host never handed out is refused. */
  readFeedFile(ref: string): Promise<FeedFileRead>;
  /**
   * The refs to watch for changes (replaces the last list); the browser re-reads on focus. A
   * ref forgotten earlier in this session is taken back (Undo of a delete lists it again).
   */
  watchFeedFiles(refs: string[]): Promise<void>;
  /** A watched file changed on disk. Returns an unsubscribe function. */
  onFeedFileChanged(listener: (ref: string) => void): () => void;
  /** Forgets a picked file: no key result or KPI of any workspace here feeds from it now. */
  forgetFeedFile(ref: string): Promise<void>;
}

/** IPC channel names, one per HostApi method that crosses the bridge. */
export const HOST_CHANNELS = {
  saveFile: 'host:saveFile',
  printToPdf: 'host:printToPdf',
  openFile: 'host:openFile',
  appInfo: 'host:appInfo',
  menuAction: 'host:menuAction',
  openBackupFile: 'host:openBackupFile',
  writeAutoBackup: 'host:writeAutoBackup',
  listAutoBackups: 'host:listAutoBackups',
  readAutoBackup: 'host:readAutoBackup',
  updateStatus: 'host:updateStatus',
  saveUpdateSettings: 'host:saveUpdateSettings',
  checkForUpdates: 'host:checkForUpdates',
  notify: 'host:notify',
  notificationPermission: 'host:notificationPermission',
  setBadgeCount: 'host:setBadgeCount',
  pickFeedFile: 'host:pickFeedFile',
  readFeedFile: 'host:readFeedFile',
  watchFeedFiles: 'host:watchFeedFiles',
  feedFileChanged: 'host:feedFileChanged',
  forgetFeedFile: 'host:forgetFeedFile',
  saveSecret: 'host:saveSecret',
  readSecret: 'host:readSecret',
  deleteSecret: 'host:deleteSecret',
  hostTeamStart: 'host:hostTeamStart',
  hostTeamStop: 'host:hostTeamStop',
  hostTeamStatus: 'host:hostTeamStatus',
  hostTeamInvite: 'host:hostTeamInvite',
  hostTeamChanged: 'host:hostTeamChanged',
} as const;
