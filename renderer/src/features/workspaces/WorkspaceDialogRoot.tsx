import { useUi } from '../../store/ui';
import { JoinTeamDialog } from './JoinTeamDialog';
import { RemoveWorkspaceDialog } from './RemoveWorkspaceDialog';
import { RenameWorkspaceDialog } from './RenameWorkspaceDialog';
import { ShareWorkspaceDialog } from './ShareWorkspaceDialog';
import { SwitchWorkspaceDialog } from './SwitchWorkspaceDialog';

/** Mounted once by App: shows the open workspace dialog, if any. */
export function WorkspaceDialogRoot() {
  const dialog = useUi((s) => s.workspaceDialog);
  switch (dialog) {
    case 'switch':
      return <SwitchWorkspaceDialog />;
    case 'join':
      return <JoinTeamDialog />;
    case 'share':
      return <ShareWorkspaceDialog />;
    case 'rename':
      return <RenameWorkspaceDialog />;
    case 'remove':
      return <RemoveWorkspaceDialog />;
    default:
      return null;
  }
}
