import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  HOST_CHANNELS,
  type AppInfo,
  type AutoBackupEntry,
  type NotifyPermission,
  type OpenedFile,
  type SaveResult,
  type UpdateCheckResult,
  type UpdateSettings,
  type UpdateStatus,
} from '../../shared/host';
import {
  autoBackupContentSchema,
  autoBackupNameSchema,
  badgeCountSchema,
  notifyRequestSchema,
  openFileRequestSchema,
  printRequestSchema,
  saveFileRequestSchema,
  updateSettingsSchema,
  secretSchema,
  workspaceIdSchema,
} from '../../shared/hostSchemas';
import type { SecretsApi } from '../../shared/host';
import { isTrustedSender } from './security';

/** What the handlers need from the outside world; index.ts passes Electron's, tests fakes. */
export interface HostServices extends SecretsApi {
  saveFile(req: z.infer<typeof saveFileRequestSchema>): Promise<SaveResult>;
  printToPdf(sender: WebContents, req: z.infer<typeof printRequestSchema>): Promise<SaveResult>;
  openFile(req: z.infer<typeof openFileRequestSchema>): Promise<OpenedFile | null>;
  appInfo(): AppInfo;
  /** Without a workspace id: the personal workspace's backups. */
  writeAutoBackup(content: string, workspaceId?: string): Promise<AutoBackupEntry>;
  listAutoBackups(workspaceId?: string): Promise<AutoBackupEntry[]>;
  readAutoBackup(name: string, workspaceId?: string): Promise<string>;
  updateStatus(): Promise<UpdateStatus>;
  saveUpdateSettings(settings: UpdateSettings): Promise<UpdateStatus>;
  checkForUpdates(): Promise<UpdateCheckResult>;
  /** Shows a notification whose click brings back the sender's window. */
  notify(sender: WebContents, req: z.infer<typeof notifyRequestSchema>): boolean;
  notificationPermission(): NotifyPermission;
  setBadgeCount(count: number): void;
}

/** Whose automatic backups: a workspace's id, or none for the personal workspace's. */
const backupWorkspaceSchema = workspaceIdSchema.optional();

export class IpcRefused extends Error {
  override name = 'IpcRefused';
}

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new IpcRefused(
      `${what}: ${first ? `${first.path.join('.') || 'argument'} ${first.message}` : 'invalid'}`,
    );
  }
  return r.data;
}

/** Registers every host channel; each checks its sender and every argument before acting. */
export function registerHostIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: HostServices,
  devServerUrl?: string,
): void {
  const guard =
    <A extends unknown[], R>(fn: (event: IpcMainInvokeEvent, ...args: A) => Promise<R> | R) =>
    async (event: IpcMainInvokeEvent, ...args: A): Promise<R> => {
      if (!isTrustedSender(event, devServerUrl))
        throw new IpcRefused('Refused: the request did not come from Cairn');
      return fn(event, ...args);
    };

  ipcMain.handle(
    HOST_CHANNELS.saveFile,
    guard((_e, req: unknown) => services.saveFile(parse(saveFileRequestSchema, req, 'saveFile'))),
  );
  ipcMain.handle(
    HOST_CHANNELS.printToPdf,
    guard((e, req: unknown) =>
      services.printToPdf(e.sender, parse(printRequestSchema, req, 'printToPdf')),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.openFile,
    guard((_e, req: unknown) => services.openFile(parse(openFileRequestSchema, req, 'openFile'))),
  );
  ipcMain.handle(
    HOST_CHANNELS.appInfo,
    guard(() => services.appInfo()),
  );
  ipcMain.handle(
    HOST_CHANNELS.writeAutoBackup,
    guard((_e, content: unknown, workspaceId?: unknown) =>
      services.writeAutoBackup(
        parse(autoBackupContentSchema, content, 'writeAutoBackup'),
        parse(backupWorkspaceSchema, workspaceId, 'writeAutoBackup'),
      ),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.listAutoBackups,
    guard((_e, workspaceId?: unknown) =>
      services.listAutoBackups(parse(backupWorkspaceSchema, workspaceId, 'listAutoBackups')),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.readAutoBackup,
    guard((_e, name: unknown, workspaceId?: unknown) =>
      services.readAutoBackup(
        parse(autoBackupNameSchema, name, 'readAutoBackup'),
        parse(backupWorkspaceSchema, workspaceId, 'readAutoBackup'),
      ),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.updateStatus,
    guard(() => services.updateStatus()),
  );
  ipcMain.handle(
    HOST_CHANNELS.saveUpdateSettings,
    guard((_e, settings: unknown) =>
      services.saveUpdateSettings(parse(updateSettingsSchema, settings, 'saveUpdateSettings')),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.checkForUpdates,
    guard(() => services.checkForUpdates()),
  );
  ipcMain.handle(
    HOST_CHANNELS.notify,
    guard((e, req: unknown) =>
      services.notify(e.sender, parse(notifyRequestSchema, req, 'notify')),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.notificationPermission,
    guard(() => services.notificationPermission()),
  );
  ipcMain.handle(
    HOST_CHANNELS.setBadgeCount,
    guard((_e, count: unknown) =>
      services.setBadgeCount(parse(badgeCountSchema, count, 'setBadgeCount')),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.saveSecret,
    guard((_e, id: unknown, secret: unknown) =>
      services.saveSecret(
        parse(workspaceIdSchema, id, 'saveSecret'),
        parse(secretSchema, secret, 'saveSecret'),
      ),
    ),
  );
  ipcMain.handle(
    HOST_CHANNELS.readSecret,
    guard((_e, id: unknown) => services.readSecret(parse(workspaceIdSchema, id, 'readSecret'))),
  );
  ipcMain.handle(
    HOST_CHANNELS.deleteSecret,
    guard((_e, id: unknown) => services.deleteSecret(parse(workspaceIdSchema, id, 'deleteSecret'))),
  );
}
