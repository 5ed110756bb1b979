import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/domain/settings';
import { readPreferences } from '../../db/commands/settings';

/** The person's preferences, live: every window follows a change made in Settings. */
export function usePreferences(): Preferences {
  return useLiveQuery(readPreferences, []) ?? DEFAULT_PREFERENCES;
}
