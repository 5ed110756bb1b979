import { useOrgUnits } from '../../db/queries';
import { db } from '../../db/schema';
import { shareWorkspace } from '../../workspaces/teamWorkspaces';
import { TeamServerForm } from './TeamServerForm';

/** Share this workspace: a copy of it is uploaded to a new team server as a team workspace. */
export function ShareWorkspaceDialog() {
  const units = useOrgUnits();
  if (!units) return null;
  const company = units.find((u) => u.kind === 'company');
  return (
    <TeamServerForm
      title="Share this workspace"
      intro={
        <>
          A copy of this workspace becomes your team&apos;s, on a new team server; this one stays as
          it is and is never synced. Use the admin invite code the server printed for you (invite
          yourself with <code>--admin</code> and your person id in the org tree). In the team&apos;s
          copy you lead the top of the org tree, so the server takes every unit&apos;s goals from
          you.
        </>
      }
      confirm="Share workspace"
      defaultName={company?.name ?? ''}
      onSubmit={(form) => shareWorkspace(db, form)}
    />
  );
}
