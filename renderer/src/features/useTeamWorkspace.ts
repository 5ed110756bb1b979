import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/schema';
import { teamOf } from '../db/sync/teamSync';

/**
 * Whether this workspace is a team's (undefined while it is read). What only a team has — the
 * Merged changes inbox, private objectives — shows only then.
 */
export const useIsTeamWorkspace = (): boolean | undefined =>
  useLiveQuery(async () => (await teamOf(db)) !== null, []);
