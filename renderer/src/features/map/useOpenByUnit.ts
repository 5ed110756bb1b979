import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ownerCounts, type OwnerCounts } from '../../db/ownerQueries';
import { useUi } from '../../store/ui';

/**
 * Above this many objectives a cycle's map opens by unit. Its objectives would need a zoom
 * far below the floor to be seen whole, and reading and laying out all of them (with their key
 * results) takes seconds; the units answer "where do we stand" at once (docs/benchmarks.md:
 * 2,000 objectives still open as objectives).
 */
export const OPEN_BY_UNIT_ABOVE = 5000;

export interface OpeningMode {
  /** Whether the map knows which view this cycle opens on; neither view reads before. */
  decided: boolean;
  /** The cycle's live objectives per owner, from its owner list, while the units need them. */
  counts: OwnerCounts | undefined;
}

/**
 * Decides once per cycle shown whether the map opens by unit, from the cycle's objectives per
 * owner in its owner list (one row, kept by the app: ownerListKeeper.ts) — the same read the
 * units' cards are drawn from, so a big cycle reads its counts once. Kept live while the units view shows;
 * not read at all while the objectives show (they read the rows). A person's own choice of
 * By unit afterwards is kept.
 */
export function useOpenByUnit(cycleId: string | null, unitsView: boolean): OpeningMode {
  const [decided, setDecided] = useState<string | null>(null);
  const id = cycleId;
  const wanted = id && (decided !== id || unitsView) ? id : null;
  const r = useLiveQuery(
    async () => ({ id: wanted, counts: wanted ? await ownerCounts(wanted) : null }),
    [wanted],
  );
  const counts = r && r.id === id && r.counts ? r.counts : undefined;
  useEffect(() => {
    if (!id || decided === id || !counts) return;
    let total = 0;
    for (const n of counts.values()) total += n;
    if (total > OPEN_BY_UNIT_ABOVE) useUi.getState().setMapUnitsView(true);
    setDecided(id);
  }, [id, decided, counts]);
  return { decided: !id || decided === id, counts };
}
