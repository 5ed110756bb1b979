import { KPI_HEALTH_LABELS, type KpiHealth } from '@shared/domain/kpiHealth';

export interface Props {
  health: KpiHealth | null;
}

/** The KPI's health in colour and in words, so it never rests on colour alone. */
export function KpiHealthChip({ health }: Props) {
  return (
    <span className={`pill kpi-health kpi-health--${health ?? 'none'}`}>
      {health ? KPI_HEALTH_LABELS[health] : 'No check-in'}
    </span>
  );
}
