import { useLiveQuery } from 'dexie-react-hooks';
import type { LiveScope } from '@shared/domain/coach';
import { toIsoDate } from '@shared/domain/cycle';
import { db } from '../../db/schema';
import { isLive, live } from '../../db/records';
import { useToday } from '../workspace';

/**
 * What the live coach knows around a form that is not saved yet: the cycle, the organisation
 * and the cycle's objectives. Read when they change, not on every keystroke.
 */
export function useCoachScope(cycleId: string | null): LiveScope | undefined {
  const today = toIsoDate(useToday());
  return useLiveQuery(async () => {
    const cycle = cycleId ? await db.cycles.get(cycleId) : undefined;
    const [orgUnits, siblings] = await Promise.all([
      db.orgUnits.toArray().then(live),
      cycleId ? db.objectives.where('cycleId').equals(cycleId).toArray().then(live) : [],
    ]);
    return { cycle: isLive(cycle) ? cycle : null, orgUnits, siblings, today };
  }, [cycleId, today]);
}
