import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Cycle, OrgUnit } from '@shared/domain/model';
import { db } from '../db/schema';
import { isLive } from '../db/records';
import { useOrgUnits, useSetting } from '../db/queries';
import { SETTING } from '../db/bootstrap';
import { useUi } from '../store/ui';

/** The cycle open in the UI, followed across views. */
export function useCurrentCycle(): Cycle | undefined {
  const id = useUi((s) => s.cycleId);
  return useLiveQuery(
    async () => (id ? db.cycles.get(id).then((c) => (isLive(c) ? c : undefined)) : undefined),
    [id],
  );
}

/** Today as a Date; stable for the life of the view. */
export const useToday = (): Date => useMemo(() => new Date(), []);

/** The person the user is, for "my" views (check-in session, my week). */
export const useMeId = (): string | undefined => useSetting<string>(SETTING.me);

export function useOrgMap(): Map<string, OrgUnit> {
  const units = useOrgUnits();
  return useMemo(() => new Map((units ?? []).map((u) => [u.id, u])), [units]);
}

/** The cycle to open at start: the active one containing today, else the newest not closed. */
export function pickOpenCycle(cycles: readonly Cycle[], todayIso: string): Cycle | undefined {
  const open = cycles.filter((c) => c.state !== 'closed');
  return (
    open.find((c) => c.state === 'active' && c.start <= todayIso && todayIso <= c.end) ??
    open.find((c) => c.start <= todayIso && todayIso <= c.end) ??
    [...open].sort((a, b) => b.start.localeCompare(a.start))[0] ??
    cycles[0]
  );
}
