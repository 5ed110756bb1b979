import { useLiveQuery } from 'dexie-react-hooks';
import { kpiHistory, readKpi, type KpiReading } from '@shared/domain/kpiHealth';
import type { Kpi, KpiCheckIn } from '@shared/domain/kpiModel';
import type { Objective } from '@shared/domain/model';
import { db } from '../../db/schema';
import { live } from '../../db/records';

/** A KPI with what its check-ins say (shared/domain/kpiHealth.ts). */
export interface KpiRow {
  kpi: Kpi;
  reading: KpiReading;
  /** Where the latest check-in's value came from (a file read, or by hand on a fed KPI). */
  latestSource?: KpiCheckIn['source'];
}

/** KPIs with their readings, from their check-ins read by the kpiId index (no table scan). */
async function withReadings(kpis: Kpi[]): Promise<KpiRow[]> {
  const checkIns = kpis.length
    ? await db.kpiCheckIns
        .where('kpiId')
        .anyOf(kpis.map((k) => k.id))
        .toArray()
    : [];
  const byKpi = new Map<string, KpiCheckIn[]>();
  for (const c of checkIns) byKpi.set(c.kpiId, [...(byKpi.get(c.kpiId) ?? []), c]);
  return kpis
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((kpi) => {
      const rows = byKpi.get(kpi.id) ?? [];
      return { kpi, reading: readKpi(kpi, rows), latestSource: kpiHistory(rows).at(-1)?.source };
    });
}

/** The board: the KPIs of one unit, or of every unit when the scope is the whole organisation. */
export function useKpiBoard(ownerId: string | null): KpiRow[] | undefined {
  const r = useLiveQuery(
    async () => ({
      ownerId,
      rows: await withReadings(
        live(
          ownerId
            ? await db.kpis.where('ownerId').equals(ownerId).toArray()
            : await db.kpis.toArray(),
        ),
      ),
    }),
    [ownerId],
  );
  // A unit's rows never stand in for another unit's while the new query loads.
  return r?.ownerId === ownerId ? r.rows : undefined;
}

/** Some KPIs by id (an objective's links); deleted ones are left out. */
export function useKpisById(ids: readonly string[] | undefined): KpiRow[] | undefined {
  const key = (ids ?? []).join(',');
  return useLiveQuery(
    async () => withReadings(live((await db.kpis.bulkGet([...(ids ?? [])])).filter((k) => !!k))),
    // The ids' text is their identity: a new array with the same ids is the same query.
    [key],
  );
}

/** The live objectives meant to move a KPI (the multi-entry kpiIds index of schema v3). */
export function useObjectivesMoving(kpiId: string): Objective[] | undefined {
  return useLiveQuery(
    async () => live(await db.objectives.where('kpiIds').equals(kpiId).toArray()),
    [kpiId],
  );
}
