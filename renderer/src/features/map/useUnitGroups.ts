import { useEffect, useMemo, useState } from 'react';
import Dexie from 'dexie';
import { toIsoDate } from '@shared/domain/cycle';
import { unitCountsOf } from '@shared/domain/graphUnits';
import type { UnitGroup } from '@shared/domain/graphTypes';
import type { Cycle, OrgUnit } from '@shared/domain/model';
import { useOrgUnits } from '../../db/queries';
import type { OwnerCounts } from '../../db/ownerQueries';
import { db } from '../../db/schema';
import { useStaleDays } from '../checkins/useCheckInData';
import type { UnitProgressRequest, UnitProgressResponse } from './unitProgress.worker';

export interface UnitsData {
  groups: readonly UnitGroup[];
  units: readonly OrgUnit[];
  /** Progress and status are not read yet: the groups carry their counts only. */
  pending: boolean;
}

let worker: Worker | null = null;
let seq = 0;
const getWorker = (): Worker =>
  (worker ??= new Worker(new URL('./unitProgress.worker.ts', import.meta.url), {
    type: 'module',
  }));

/** Tables whose changes can change a unit's count, progress or status. */
const WATCHED = ['objectives', 'keyResults', 'checkIns', 'scores'];
/** Bursts of writes (a sync, an import) re-read the progress once. */
const REREAD_AFTER_MS = 400;

/** Counts up whenever this workspace's objectives, key results, check-ins or scores change. */
function useChangeCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const prefix = `idb://${db.name}/`;
    const onChange = (parts: Record<string, unknown>) => {
      const hit = Object.keys(parts).some(
        (k) => k.startsWith(prefix) && WATCHED.some((t) => k.startsWith(`${prefix}${t}/`)),
      );
      if (!hit || timer) return;
      timer = setTimeout(() => {
        timer = null;
        setCount((c) => c + 1);
      }, REREAD_AFTER_MS);
    };
    Dexie.on('storagemutated', onChange);
    return () => {
      Dexie.on('storagemutated').unsubscribe(onChange);
      if (timer) clearTimeout(timer);
    };
  }, []);
  return count;
}

/**
 * The map's units view of a cycle, reading only what its cards show. First the objective
 * counts, from the keys of the [cycleId+ownerId] index (no rows; read by useOpenByUnit): the
 * cards are drawn and can be opened at once. Then progress and status, worked out in a worker that reads the cycle's
 * key results and check-ins itself (the same rules as every other surface, shared/). A 10,000-
 * objective cycle thus never sends its 30,000 rows through the window (docs/benchmarks.md).
 */
export function useUnitGroups(
  cycle: Cycle | undefined,
  /** The cycle's objectives per owner from index keys (useOpenByUnit reads them). */
  counts: OwnerCounts | undefined,
  today: Date,
): UnitsData | undefined {
  const orgUnits = useOrgUnits();
  const staleDays = useStaleDays();
  const day = toIsoDate(today);
  const changes = useChangeCount();
  const [answer, setAnswer] = useState<{ key: string; groups: UnitGroup[] } | null>(null);
  const key = cycle && orgUnits ? `${cycle.id}|${cycle.state}|${day}|${staleDays}` : '';

  // The worker asks only once the counts are in: IndexedDB serves one database's requests in
  // turn, and the cards must not wait behind the key results' read.
  const countsIn = !!cycle && !!counts;
  useEffect(() => {
    if (!cycle || !orgUnits || !countsIn) return;
    const w = getWorker();
    const mine = ++seq;
    const onMessage = (e: MessageEvent<UnitProgressResponse>) => {
      if (e.data.seq !== mine) return;
      if ('error' in e.data) console.error('unit progress:', e.data.error);
      else setAnswer({ key, groups: e.data.groups });
    };
    w.addEventListener('message', onMessage);
    const { id, start, end, state } = cycle;
    const req: UnitProgressRequest = {
      seq: mine,
      dbName: db.name,
      cycle: { id, start, end, state },
      orgUnits,
      today: day,
      staleDays,
    };
    w.postMessage(req);
    return () => w.removeEventListener('message', onMessage);
    // `key` stands for the cycle's fields read here; `changes` asks again after a write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, orgUnits, changes, countsIn]);

  return useMemo(() => {
    if (!cycle || !orgUnits) return undefined;
    // The last answer for this cycle and day stays shown while a newer one is worked out.
    if (answer?.key === key) return { groups: answer.groups, units: orgUnits, pending: false };
    if (!counts) return undefined;
    const ctx = { cycle, today: day, staleDays };
    return { groups: unitCountsOf(orgUnits, counts, ctx), units: orgUnits, pending: true };
  }, [cycle, orgUnits, answer, key, counts, day, staleDays]);
}
