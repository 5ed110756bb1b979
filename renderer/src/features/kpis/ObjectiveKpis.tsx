import { describeKpiReading } from '@shared/domain/kpiHealth';
import { useUi } from '../../store/ui';
import { useFormat } from '../settings/useFormat';
import { KpiHealthChip } from './KpiHealthChip';
import { useKpisById } from './useKpis';
import './kpis.css';

export interface Props {
  kpiIds: readonly string[];
}

/** On an objective: the KPIs it is meant to move, with how they are doing now. */
export function ObjectiveKpis({ kpiIds }: Props) {
  const rows = useKpisById(kpiIds);
  const f = useFormat();
  if (!rows?.length) return null;
  return (
    <section aria-label="KPIs it is meant to move">
      <h3>Meant to move</h3>
      <ul className="kpi-links">
        {rows.map(({ kpi, reading }) => (
          <li key={kpi.id}>
            <button
              type="button"
              className="link"
              onClick={() => {
                const ui = useUi.getState();
                ui.setOrgUnit(kpi.ownerId);
                ui.setView('kpis');
              }}
            >
              {kpi.name}
            </button>
            <KpiHealthChip health={reading.health} />
            <span className="muted small">{describeKpiReading(kpi, reading, f.locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
