import { create } from 'zustand';
import type { BackupMeta, BackupProblem, BackupTables } from '@shared/domain/backup';
import type { BackupTableName } from '@shared/domain/backupTables';
import type { ImportPreview } from '@shared/domain/importPreview';

/** UI state of the Backups & import view: what is waiting for the user's confirmation. */
export interface PendingRestore {
  source: string;
  tables: BackupTables;
  meta: BackupMeta;
  incoming: Record<BackupTableName, number>;
  current: Record<BackupTableName, number>;
}

export interface Refused {
  source: string;
  problems: BackupProblem[];
}

export interface PendingImport {
  source: string;
  preview: ImportPreview;
}

export interface Busy {
  label: string;
  done: number;
  total: number;
}

interface BackupsUi {
  pendingRestore: PendingRestore | null;
  refused: Refused | null;
  pendingImport: PendingImport | null;
  busy: Busy | null;
  /** Bumped whenever the list of automatic backups may have changed. */
  listVersion: number;
}

export const useBackupsUi = create<BackupsUi>()(() => ({
  pendingRestore: null,
  refused: null,
  pendingImport: null,
  busy: null,
  listVersion: 0,
}));

export const setBusy = (busy: Busy | null): void => useBackupsUi.setState({ busy });
