import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SETTING } from '../../db/bootstrap';
import { useOrgUnits } from '../../db/queries';
import { db } from '../../db/schema';
import { host } from '../../host';
import { shareToThisComputer } from '../../workspaces/hostedShare';
import { shareWorkspace } from '../../workspaces/teamWorkspaces';
import { TeamServerForm } from './TeamServerForm';

/** Share this workspace: a copy of it is uploaded to a new team server as a team workspace. */
export function ShareWorkspaceDialog() {
  const units = useOrgUnits();
  const me = useLiveQuery(async () => (await db.settings.get(SETTING.me))?.value ?? null, []);
  // The browser build cannot host: it says why, and the choice is shown but not offered.
  const [unavailable, setUnavailable] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    host.hostTeam.status().then(
      (s) => live && setUnavailable(s.state === 'unavailable' ? s.problem : null),
      (err: unknown) => live && setUnavailable(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!units || me === undefined || unavailable === undefined) return null;
  const company = units.find((u) => u.kind === 'company');
  const people = units
    .filter((u) => u.kind === 'person')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => ({ id: u.id, name: u.name }));
  const defaultPersonId = people.find((p) => p.id === me)?.id ?? people[0]?.id ?? '';
  return (
    <TeamServerForm
      title="Share this workspace"
      intro={
        <>
          A copy of this workspace becomes your team&apos;s, on a new team server; this one stays as
          it is and is never synced. Host the server on this computer, or use one elsewhere with the
          admin invite code it gives you (the command below, run where the server keeps its data).
          In the team&apos;s copy you lead the top of the org tree, so the server takes every
          unit&apos;s goals from you.
        </>
      }
      confirm="Share workspace"
      defaultName={company?.name ?? ''}
      onSubmit={(form) => shareWorkspace(db, form)}
      hostHere={{
        unavailable,
        people,
        defaultPersonId,
        onSubmit: (name, personId) => shareToThisComputer(db, name, personId),
      }}
    />
  );
}
