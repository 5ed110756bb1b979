import { reportError } from '../../ui/errors';
import { AutoBackupList } from './AutoBackupList';
import { BusyBar } from './BusyBar';
import { ImportSection } from './ImportSection';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { RefusedPanel } from './RefusedPanel';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { StorageSection } from './StorageSection';
import { backUpToAutomatic, chooseRestoreFile, saveBackupFile } from './flows';
import { useUi } from '../../store/ui';
import './backups.css';

/** Backups & import: back up, restore, automatic backups, import from text, storage. */
export function BackupsView() {
  const busy = useUi((s) => s.backupBusy);
  const refused = useUi((s) => s.refused);
  const pendingRestore = useUi((s) => s.pendingRestore);
  const pendingImport = useUi((s) => s.pendingImport);
  const run = (fn: () => Promise<void>) => () => void fn().catch(reportError);
  return (
    <section className="view backups" aria-labelledby="backups-title">
      <header className="view__header">
        <h1 id="backups-title">Backups &amp; import</h1>
      </header>
      {busy ? <BusyBar busy={busy} /> : null}

      <section className="backups__card" aria-labelledby="backup-now-title">
        <h2 id="backup-now-title">Back up and restore</h2>
        <p className="muted">
          A backup is the whole workspace in one file. Restoring one replaces everything here; Cairn
          saves a backup of the current workspace first.
        </p>
        <div className="backups__actions">
          <button type="button" className="primary" disabled={!!busy} onClick={run(saveBackupFile)}>
            Back up now…
          </button>
          <button type="button" disabled={!!busy} onClick={run(chooseRestoreFile)}>
            Restore from file…
          </button>
        </div>
        {refused ? <RefusedPanel refused={refused} /> : null}
      </section>

      <section className="backups__card" aria-labelledby="auto-title">
        <div className="backups__card-head">
          <h2 id="auto-title">Automatic backups</h2>
          <button type="button" disabled={!!busy} onClick={run(backUpToAutomatic)}>
            Back up now to automatic backups
          </button>
        </div>
        <p className="muted">
          When something changes, Cairn saves a backup at most every 15 minutes and keeps the last
          10 days.
        </p>
        <AutoBackupList disabled={!!busy} />
      </section>

      <ImportSection disabled={!!busy} />
      <StorageSection />

      {pendingRestore ? <RestoreConfirmDialog pending={pendingRestore} /> : null}
      {pendingImport ? <ImportPreviewDialog pending={pendingImport} /> : null}
    </section>
  );
}
