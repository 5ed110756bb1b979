import { readKpi, type KpiReading } from '../domain/kpiHealth';
import type { Kpi, KpiCheckIn } from '../domain/kpiModel';
import type { Objective } from '../domain/model';

/** The review report's KPI section: the KPIs the report's objectives were meant to move. */

export interface ReportKpi {
  id: string;
  name: string;
  unit: string;
  ownerName: string;
  /** Its reading on the section's day (`asOf`): latest value, health and trend. */
  reading: KpiReading;
  /** Titles of the report's objectives meant to move it, in report order. */
  objectives: string[];
}

export interface ReportKpis {
  /** The day the readings are for: the report's day, or the cycle's end once it is over. */
  asOf: string;
  kpis: ReportKpi[];
}

/**
 * Each KPI linked from an objective of the report, read from its check-ins up to `asOf`;
 * deleted KPIs and check-ins are left out. In the order the objectives first name them.
 */
export function reviewKpis(
  objectives: readonly Objective[],
  kpis: readonly Kpi[],
  checkIns: readonly KpiCheckIn[],
  asOf: string,
  ownerName: (id: string) => string,
): ReportKpis {
  const byId = new Map(kpis.filter((k) => !k.deletedAt).map((k) => [k.id, k]));
  const movers = new Map<string, string[]>();
  for (const o of objectives)
    for (const id of o.kpiIds ?? [])
      if (byId.has(id)) movers.set(id, [...(movers.get(id) ?? []), o.title]);
  const history = new Map<string, KpiCheckIn[]>();
  for (const c of checkIns)
    if (movers.has(c.kpiId) && c.at <= asOf)
      history.set(c.kpiId, [...(history.get(c.kpiId) ?? []), c]);
  return {
    asOf,
    kpis: [...movers].map(([id, titles]) => {
      const kpi = byId.get(id)!;
      return {
        id,
        name: kpi.name,
        unit: kpi.unit,
        ownerName: ownerName(kpi.ownerId),
        reading: readKpi(kpi, history.get(id) ?? []),
        objectives: titles,
      };
    }),
  };
}
