import { useState } from 'react';
import { activeOf, renameWorkspace, workspaceNameProblem } from '@shared/workspaces';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { updateWorkspaces } from '../../workspaces/registry';

/** Renames the open workspace; names are this computer's, a team's server never sees them. */
export function RenameWorkspaceDialog() {
  const close = () => useUi.getState().openWorkspaceDialog(null);
  const list = useUi((s) => s.workspaceList);
  const current = activeOf(list);
  const [name, setName] = useState(current.name);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    const problem = workspaceNameProblem(name, list, current.id);
    if (problem) return setError(problem);
    updateWorkspaces((l) => renameWorkspace(l, current.id, name));
    useUi.getState().refreshWorkspaces();
    useUi.getState().toast(`Renamed the workspace to ${name.trim()}`);
    close();
  };
  return (
    <Dialog title="Rename workspace" onClose={close}>
      <form onSubmit={(e) => (e.preventDefault(), submit())} noValidate>
        <Field label="Workspace name" error={error ?? undefined}>
          {(p) => (
            <input
              {...p}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <DialogActions onCancel={close} confirm="Rename" />
      </form>
    </Dialog>
  );
}
