import { KPI_HEALTH_LABELS } from '@shared/domain/kpiHealth';
import { useKpisById } from './useKpis';
import './kpis.css';

export interface Props {
  kpiIds: readonly string[];
}

/** On a map card: the KPIs the objective is meant to move, each a small chip with its health. */
export function MapKpiChips({ kpiIds }: Props) {
  const rows = useKpisById(kpiIds);
  if (!rows?.length) return null;
  return (
    <div className="map-node__kpis">
      {rows.map(({ kpi, reading }) => {
        const health = reading.health ? KPI_HEALTH_LABELS[reading.health] : 'no check-in';
        return (
          <span
            key={kpi.id}
            className={`pill kpi-health kpi-health--${reading.health ?? 'none'}`}
            title={`Meant to move ${kpi.name} (${health})`}
          >
            KPI {kpi.name} · {health}
          </span>
        );
      })}
    </div>
  );
}
