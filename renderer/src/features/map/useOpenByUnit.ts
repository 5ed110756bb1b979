import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Cycle } from '@shared/domain/model';
import { db } from '../../db/schema';
import { useUi } from '../../store/ui';

/**
 * Above this many objectives a cycle's map opens by unit. Its objectives would need a zoom
 * far below the floor to be seen whole, and reading and laying out all of them (with their key
 * results) takes seconds; the units answer "where do we stand" at once (docs/benchmarks.md:
 * 2,000 objectives still open as objectives).
 */
export const OPEN_BY_UNIT_ABOVE = 5000;

/**
 * Decides once per cycle shown whether the map opens by unit, from a count of the cycle's
 * objectives (an index count, no rows), before either view starts reading. Returns whether
 * that decision is made; a person's own choice of By unit afterwards is kept.
 */
export function useOpenByUnit(cycle: Cycle | undefined): boolean {
  const count = useLiveQuery(
    async () =>
      cycle
        ? { id: cycle.id, n: await db.objectives.where('cycleId').equals(cycle.id).count() }
        : null,
    [cycle?.id],
  );
  const [decided, setDecided] = useState<string | null>(null);
  const known = !!cycle && count?.id === cycle.id;
  useEffect(() => {
    if (!known || !cycle || decided === cycle.id) return;
    if (count.n > OPEN_BY_UNIT_ABOVE) useUi.getState().setMapUnitsView(true);
    setDecided(cycle.id);
  }, [known, cycle, count, decided]);
  return !cycle || decided === cycle.id;
}
