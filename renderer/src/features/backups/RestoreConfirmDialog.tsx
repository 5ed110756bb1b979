import { describeCounts } from '@shared/domain/backup';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { reportError } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { cancelRestore, confirmRestore } from './flows';
import { useUi } from '../../store/ui';
import type { PendingRestore } from '../../store/backupsSlice';

export interface Props {
  pending: PendingRestore;
}

/** States exactly what a restore replaces, and asks before doing it. */
export function RestoreConfirmDialog({ pending }: Props) {
  const busy = useUi((s) => s.backupBusy);
  const f = useFormat();
  return (
    <Dialog title="Replace the workspace?" onClose={cancelRestore}>
      <p>
        Restore {pending.source}, saved on {f.dateTime(pending.meta.exportedAt)} by Cairn{' '}
        {pending.meta.appVersion}.
      </p>
      <dl className="backups__compare">
        <dt>Now in this workspace (will be replaced)</dt>
        <dd>{describeCounts(pending.current)}</dd>
        <dt>In the backup</dt>
        <dd>{describeCounts(pending.incoming)}</dd>
      </dl>
      <p className="muted">
        Everything in the workspace is replaced by the backup. A backup of the current workspace is
        saved to the automatic backups first, so this can be undone by restoring that one.
      </p>
      <DialogActions
        onCancel={cancelRestore}
        confirm="Replace workspace"
        disabled={!!busy}
        onConfirm={() => void confirmRestore().catch(reportError)}
      />
    </Dialog>
  );
}
