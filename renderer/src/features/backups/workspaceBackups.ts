import type { HostApi } from '@shared/host';
import { host } from '../../host';
import { activeWorkspace } from '../../workspaces/registry';

export type BackupHost = Pick<
  HostApi,
  'appInfo' | 'writeAutoBackup' | 'listAutoBackups' | 'readAutoBackup'
>;

/**
 * The automatic backups of one workspace: the host keeps each workspace's apart (Personal in the
 * folder it always had), so a restore only offers backups of the workspace it would replace.
 */
export function workspaceBackups(of: BackupHost, workspaceId: string): BackupHost {
  return {
    appInfo: () => of.appInfo(),
    writeAutoBackup: (content) => of.writeAutoBackup(content, workspaceId),
    listAutoBackups: () => of.listAutoBackups(workspaceId),
    readAutoBackup: (name) => of.readAutoBackup(name, workspaceId),
  };
}

/** The open workspace's backups (switching workspaces reloads the window). */
export const activeBackups: BackupHost = workspaceBackups(host, activeWorkspace().id);
