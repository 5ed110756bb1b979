import { joinTeam } from '../../workspaces/teamWorkspaces';
import { TeamServerForm } from './TeamServerForm';

/** Join a team: a new, empty team workspace that fills from the team's server. */
export function JoinTeamDialog() {
  return (
    <TeamServerForm
      title="Join a team"
      intro="Your team's data comes into a new workspace of its own; your other workspaces stay as they are."
      confirm="Join team"
      defaultName=""
      onSubmit={(form) => joinTeam(form)}
    />
  );
}
