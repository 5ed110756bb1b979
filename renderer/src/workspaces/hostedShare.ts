import type { HostTeamApi } from '@shared/host';
import { host } from '../host';
import type { CairnDb } from '../db/schema';
import { shareWorkspace, type CheckedTeamForm, type TeamOutcome } from './teamWorkspaces';

export interface HostedShareDeps {
  hostTeam: Pick<HostTeamApi, 'start' | 'stop' | 'status'>;
  share(source: CairnDb, form: CheckedTeamForm): Promise<TeamOutcome>;
}

const appDeps = (): HostedShareDeps => ({
  hostTeam: host.hostTeam,
  share: (source, form) => shareWorkspace(source, form),
});

/**
 * Share this workspace with "Host on this computer": start hosting (or use the server already
 * hosted here), invite the person as its admin, then share to it at this computer's own
 * address with that invite, as with any other server. If the share fails, a server this flow
 * started is stopped again, so nothing is left running that the person did not ask for.
 */
export async function shareToThisComputer(
  source: CairnDb,
  name: string,
  personId: string,
  deps: HostedShareDeps = appDeps(),
): Promise<TeamOutcome> {
  const before = await deps.hostTeam.status();
  const started = await deps.hostTeam.start({ adminPersonId: personId });
  if (started.state !== 'running' || !started.localUrl || !started.adminInvite)
    return { ok: false, message: started.problem ?? 'The team server did not start.' };
  const outcome = await deps
    .share(source, { name, serverUrl: started.localUrl, inviteCode: started.adminInvite })
    .catch((err: unknown): TeamOutcome => ({
      ok: false,
      message: err instanceof Error ? err.message : String(err),
    }));
  if (!outcome.ok && before.state !== 'running') await deps.hostTeam.stop();
  return outcome;
}
