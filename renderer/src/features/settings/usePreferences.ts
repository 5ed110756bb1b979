import {
  DEFAULT_PREFERENCES,
  normalisePreferences,
  type Preferences,
} from '@shared/domain/settings';
import { useOpeningRead } from '../../db/useOpeningRead';
import { readPreferences } from '../../db/commands/settings';

/** The person's preferences, live: every window follows a change made in Settings. */
export function usePreferences(): Preferences {
  return (
    useOpeningRead(readPreferences, [], (o) =>
      normalisePreferences(Object.fromEntries(o.settings.map((s) => [s.key, s.value]))),
    ) ?? DEFAULT_PREFERENCES
  );
}
