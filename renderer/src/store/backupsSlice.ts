import type { StateCreator } from 'zustand';
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

export interface BackupsSlice {
  pendingRestore: PendingRestore | null;
  refused: Refused | null;
  pendingImport: PendingImport | null;
  backupBusy: Busy | null;
  /** Bumped whenever the list of automatic backups may have changed. */
  backupListVersion: number;
  setBackupBusy(busy: Busy | null): void;
  bumpBackupList(): void;
}

export const createBackupsSlice: StateCreator<BackupsSlice, [], [], BackupsSlice> = (set) => ({
  pendingRestore: null,
  refused: null,
  pendingImport: null,
  backupBusy: null,
  backupListVersion: 0,
  setBackupBusy: (backupBusy) => set({ backupBusy }),
  bumpBackupList: () => set((s) => ({ backupListVersion: s.backupListVersion + 1 })),
});
