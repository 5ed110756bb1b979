import { describeKpiReading } from '@shared/domain/kpiHealth';
import type { ReportKpis as Section } from '@shared/report/review';
import { useFormat } from '../../settings/useFormat';
import { KpiHealthChip } from '../../kpis/KpiHealthChip';
import '../../kpis/kpis.css';
import { TableHead } from './TableHead';

export interface Props {
  section: Section;
}

/** The KPIs the objectives were meant to move, with their health; absent when there are none. */
export function ReportKpis({ section }: Props) {
  const f = useFormat();
  if (!section.kpis.length) return null;
  return (
    <section className="report-section report-keep" aria-labelledby="report-kpis">
      <h2 id="report-kpis">KPIs the objectives were meant to move</h2>
      <p className="muted">As of {f.date(section.asOf)}.</p>
      <table className="report-table">
        <TableHead columns={['KPI', 'Unit', 'Health', 'Now', 'Meant to move it']} />
        <tbody>
          {section.kpis.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>{k.ownerName}</td>
              <td>
                <KpiHealthChip health={k.reading.health} />
              </td>
              <td>{describeKpiReading(k, k.reading, f.locale)}</td>
              <td>{k.objectives.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
