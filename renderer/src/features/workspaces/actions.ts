import { ACTIONS } from '@shared/menu';
import { activeOf } from '@shared/workspaces';
import { registerAction } from '../../actions/registry';
import { useUi } from '../../store/ui';

/** Workspace actions for the palette; the sidebar's switcher opens the same dialogs. */
export function registerWorkspaceActions(): void {
  const open = useUi.getState().openWorkspaceDialog;
  registerAction(ACTIONS.switchWorkspace, () => open('switch'));
  registerAction(ACTIONS.joinTeam, () => open('join'));
  registerAction(ACTIONS.renameWorkspace, () => open('rename'));
  registerAction(ACTIONS.shareWorkspace, () => {
    if (activeOf(useUi.getState().workspaceList).kind === 'team')
      return useUi.getState().toast('This is already a team workspace: share a personal one.');
    open('share');
  });
  registerAction(ACTIONS.removeWorkspace, () => {
    if (activeOf(useUi.getState().workspaceList).kind !== 'team')
      return useUi.getState().toast('The personal workspace cannot be removed.');
    open('remove');
  });
}
