import { countRows, restore, tooLargeMessage } from '@shared/domain/backup';
import { parseOkrCsv } from '@shared/domain/importCsv';
import { parseOkrMarkdown } from '@shared/domain/importMarkdown';
import { selectObjectives } from '@shared/domain/importPlan';
import { toIsoDate } from '@shared/domain/cycle';
import { backupFileName } from '@shared/backupFiles';
import { formatCount } from '@shared/format';
import type { OpenedBackupFile } from '@shared/host';
import {
  commitImport,
  countLiveRecords,
  exportBackup,
  writeTables,
} from '../../db/commands/backup';
import { readLocale } from '../../db/commands/settings';
import { live } from '../../db/records';
import { db } from '../../db/schema';
import { host } from '../../host';
import { useUi } from '../../store/ui';
import type { Busy } from '../../store/backupsSlice';
import { describeError } from '../../ui/errors';
import { pickOpenCycle } from '../workspace';
import { autoBackups } from './appScheduler';
import { activeBackups } from './workspaceBackups';

const toast = (text: string, tone: 'info' | 'error' = 'info') => useUi.getState().toast(text, tone);
const bumpList = () => useUi.getState().bumpBackupList();
const setBusy = (busy: Busy | null) => useUi.getState().setBackupBusy(busy);

/** Saves the whole workspace as a JSON file the user chooses. */
export async function saveBackupFile(): Promise<void> {
  setBusy({ label: 'Preparing the backup…', done: 0, total: 1 });
  try {
    const info = await host.appInfo();
    const { text } = await exportBackup(info.version);
    const r = await host.saveFile({
      suggestedName: backupFileName(new Date()),
      content: text,
      filters: [{ name: 'Cairn backup', extensions: ['json'] }],
    });
    if (r.saved) toast(r.path ? `Backup saved to ${r.path}` : 'Backup saved');
  } finally {
    setBusy(null);
  }
}

/** Writes an automatic backup now, through the host (user-data folder in the desktop app). */
export async function backUpToAutomatic(): Promise<void> {
  setBusy({ label: 'Saving an automatic backup…', done: 0, total: 1 });
  try {
    await autoBackups.backupNow('on request');
    bumpList();
  } finally {
    setBusy(null);
  }
}

/** Checks a backup and, if it is sound, asks the user to confirm what it replaces. */
export async function prepareRestore(text: string, source: string, name?: string): Promise<void> {
  useUi.setState({ refused: null, pendingRestore: null });
  setBusy({ label: 'Checking the backup…', done: 0, total: 1 });
  try {
    const r = restore(text, name);
    if (!r.ok) {
      useUi.setState({ refused: { source, problems: r.problems } });
      return;
    }
    const current = await countLiveRecords();
    useUi.setState({
      pendingRestore: {
        source,
        tables: r.tables,
        meta: r.meta,
        incoming: countRows(r.tables),
        current,
      },
    });
  } finally {
    setBusy(null);
  }
}

export async function chooseRestoreFile(): Promise<void> {
  const file = await host.openFile({ filters: [{ name: 'Cairn backup', extensions: ['json'] }] });
  if (!file) return;
  const source = `the file ${file.name}`;
  // Too large to read: refused in the same panel as every other refusal, before any parsing.
  if ('tooLarge' in file)
    return useUi.setState({
      pendingRestore: null,
      refused: { source, problems: [{ message: tooLargeMessage(file.name, file.tooLarge.bytes) }] },
    });
  await prepareRestore(file.content, source, file.name);
}

/**
 * A `.cairn.json` the person opened from their file manager: Backups & import opens with the
 * same check and confirmation as choosing the file here; nothing is written until they confirm.
 */
export async function openBackupFromHost(file: OpenedBackupFile): Promise<void> {
  useUi.getState().setView('backups');
  await prepareRestore(file.content, `the file ${file.name}`, file.name);
}

export async function chooseAutomaticBackup(name: string, label: string): Promise<void> {
  await prepareRestore(
    await activeBackups.readAutoBackup(name),
    `the automatic backup of ${label}`,
  );
}

/**
 * Replaces the workspace with the confirmed backup: a backup of the current workspace is
 * saved first; if that fails, nothing is restored.
 */
export async function confirmRestore(): Promise<void> {
  const pending = useUi.getState().pendingRestore;
  if (!pending) return;
  setBusy({ label: 'Saving a backup of the current workspace…', done: 0, total: 1 });
  try {
    try {
      await autoBackups.backupNow('before restoring');
    } catch (err) {
      toast(
        `Nothing was restored: the current workspace could not be backed up first. ${describeError(err)}`,
        'error',
      );
      return;
    }
    await writeTables(pending.tables, db, (done, total) =>
      setBusy({ label: 'Restoring…', done, total }),
    );
    autoBackups.markChanged();
    useUi.setState({ pendingRestore: null });
    const cycle = pickOpenCycle(live(pending.tables.cycles), toIsoDate(new Date()));
    useUi.getState().setCycle(cycle?.id ?? null);
    useUi.getState().setOrgUnit(null);
    bumpList();
    toast(`Restored ${pending.source}`);
  } catch (err) {
    toast(`Nothing was restored: ${describeError(err)}`, 'error');
  } finally {
    setBusy(null);
  }
}

export const cancelRestore = (): void => useUi.setState({ pendingRestore: null, refused: null });

/** Reads Markdown or CSV into a preview; nothing is written until the user confirms. */
export function previewImport(text: string, source: string, format: 'markdown' | 'csv'): void {
  const preview = format === 'csv' ? parseOkrCsv(text) : parseOkrMarkdown(text);
  useUi.setState({ pendingImport: { source, preview } });
}

export async function chooseImportFile(): Promise<void> {
  const file = await host.openFile({
    filters: [{ name: 'Markdown or CSV', extensions: ['md', 'markdown', 'txt', 'csv'] }],
  });
  if (!file) return;
  if ('tooLarge' in file) return toast(tooLargeMessage(file.name, file.tooLarge.bytes), 'error');
  previewImport(file.content, file.name, /\.csv$/i.test(file.name) ? 'csv' : 'markdown');
}

export async function confirmImport(
  cycleId: string,
  ownerId: string,
  keep: boolean[],
): Promise<void> {
  const pending = useUi.getState().pendingImport;
  if (!pending) return;
  setBusy({ label: 'Importing…', done: 0, total: 1 });
  try {
    const r = await commitImport(
      selectObjectives(pending.preview, keep),
      { cycleId, ownerId },
      db,
      (done, total) => setBusy({ label: 'Importing…', done, total }),
    );
    autoBackups.markChanged();
    useUi.setState({ pendingImport: null });
    useUi.getState().setCycle(cycleId);
    const locale = await readLocale();
    toast(
      `Imported ${formatCount(r.objectives, 'objective', locale)} with ${formatCount(r.keyResults, 'key result', locale)} as drafts`,
    );
  } finally {
    setBusy(null);
  }
}

export const cancelImport = (): void => useUi.setState({ pendingImport: null });
