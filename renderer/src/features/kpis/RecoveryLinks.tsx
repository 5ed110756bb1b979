import type { Kpi } from '@shared/domain/kpiModel';
import { useUi } from '../../store/ui';
import { useObjectivesMoving } from './useKpis';

export interface Props {
  kpi: Kpi;
  critical: boolean;
  /** Why this member may not open one (the unit's goals are view only for them), or null. */
  viewOnly?: string | null;
}

/**
 * The objectives meant to move this KPI, each a way to its detail; and, while the KPI is
 * critical, the offer to open a recovery objective.
 */
export function RecoveryLinks({ kpi, critical, viewOnly = null }: Props) {
  const objectives = useObjectivesMoving(kpi.id) ?? [];
  if (!objectives.length && !critical) return null;
  const show = (id: string, cycleId: string) => {
    const ui = useUi.getState();
    ui.setCycle(cycleId);
    ui.setView('objectives');
    ui.select({ kind: 'objective', id });
  };
  return (
    <div className="kpi-card__recovery">
      {objectives.length ? <span className="muted small">Meant to move it:</span> : null}
      {objectives.map((o) => (
        <button
          key={o.id}
          type="button"
          className="link"
          aria-label={`Open objective ${o.title}`}
          onClick={() => show(o.id, o.cycleId)}
        >
          {o.title}
        </button>
      ))}
      {critical ? (
        <button
          type="button"
          aria-label={`Open a recovery objective for ${kpi.name}`}
          disabled={!!viewOnly}
          title={viewOnly ?? undefined}
          onClick={() => useUi.getState().openKpiDialog({ kind: 'recovery', kpiId: kpi.id })}
        >
          Open a recovery objective
        </button>
      ) : null}
    </div>
  );
}
