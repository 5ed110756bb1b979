import { useMemo } from 'react';
import type { Cycle, OrgUnit } from '@shared/domain/model';
import { db } from '../db/schema';
import { isLive } from '../db/records';
import { useOrgUnits, useSetting } from '../db/queries';
import { useOpeningRead } from '../db/useOpeningRead';
import { SETTING } from '../db/bootstrap';
import { useUi } from '../store/ui';

/** The cycle open in the UI, followed across views. */
export function useCurrentCycle(): Cycle | undefined {
  const id = useUi((s) => s.cycleId);
  return useOpeningRead(
    async () => (id ? db.cycles.get(id).then((c) => (isLive(c) ? c : undefined)) : undefined),
    [id],
    (o) => o.cycles.find((c) => c.id === id && isLive(c)),
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

/** The cycle to open at start (the rule lives in shared/, so the early reads can use it too). */
export { pickOpenCycle } from '@shared/domain/openCycle';
