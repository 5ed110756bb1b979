import { useState } from 'react';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { switchToWorkspace } from '../../workspaces/registry';
import { workspaceLabel } from './workspaceLabel';

/** The palette's way to switch: pick a workspace; the window reloads into it. */
export function SwitchWorkspaceDialog() {
  const close = () => useUi.getState().openWorkspaceDialog(null);
  const list = useUi((s) => s.workspaceList);
  const [id, setId] = useState(list.activeId);
  return (
    <Dialog title="Switch workspace" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (id === list.activeId) close();
          else switchToWorkspace(id);
        }}
      >
        <Field label="Workspace" hint="Cairn reloads its window to open the other workspace.">
          {(p) => (
            <select {...p} value={id} onChange={(e) => setId(e.target.value)}>
              {list.workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {workspaceLabel(w)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DialogActions onCancel={close} confirm="Switch" />
      </form>
    </Dialog>
  );
}
