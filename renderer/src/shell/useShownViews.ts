import { VIEWS, type View } from '../store/ui';
import { useIsTeamWorkspace } from '../features/useTeamWorkspace';

/** Views that only make sense in a team workspace; a personal one never merges anything. */
const TEAM_ONLY: ReadonlySet<View> = new Set<View>(['merged']);

/** The sidebar's views for this workspace. */
export function useShownViews(): readonly View[] {
  const team = useIsTeamWorkspace() ?? false;
  return team ? VIEWS : VIEWS.filter((v) => !TEAM_ONLY.has(v));
}
