import { useState } from 'react';
import { activeOf } from '@shared/workspaces';
import { db } from '../../db/schema';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { removeTeamWorkspace } from '../../workspaces/teamWorkspaces';

/**
 * Confirms removing the open team workspace from this computer. Not undoable — its database
 * goes — so it asks first and says what stays: the team's data on its server.
 */
export function RemoveWorkspaceDialog() {
  const close = () => useUi.getState().openWorkspaceDialog(null);
  const current = activeOf(useUi((s) => s.workspaceList));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (current.kind !== 'team') return null;
  const remove = async () => {
    setBusy(true);
    try {
      await removeTeamWorkspace(current.id, db);
      window.location.reload();
    } catch (err) {
      setBusy(false);
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <Dialog title="Remove workspace from this computer" onClose={close}>
      <p>
        Remove <strong>{current.name}</strong> from this computer? Its copy here and its invite code
        are deleted, with any changes not yet sent to the team. The team&apos;s data stays on its
        server ({current.serverUrl}); you can join again with a new invite code.
      </p>
      <DialogActions
        error={error}
        onCancel={close}
        confirm={busy ? 'Removing…' : 'Remove from this computer'}
        disabled={busy}
        onConfirm={() => void remove()}
      />
    </Dialog>
  );
}
