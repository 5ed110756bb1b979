import { useEffect } from 'react';
import { mayWriteUnitKpis, viewOnlyReason } from '@shared/sync/editRights';
import { useUi } from '../../store/ui';
import { useWriteCheck } from '../../sync/useCanEdit';
import { useMeId, useOrgMap } from '../workspace';
import { KpiCard } from './KpiCard';
import { KpiDialogs } from './KpiDialogs';
import { useKpiBoard } from './useKpis';
import './kpis.css';

/**
 * The KPI board of the unit in scope (every unit's when the scope is the whole organisation):
 * health metrics that run beside the OKRs, each with its latest value, health and trend.
 */
export function KpisView() {
  const scope = useUi((s) => s.orgUnitId);
  const units = useOrgMap();
  const me = useMeId();
  const rows = useKpiBoard(scope);
  const unit = scope ? units.get(scope) : undefined;
  const company = [...units.values()].find((u) => u.kind === 'company');
  // A dialog left open belongs to the board: leaving the view closes it.
  useEffect(() => () => useUi.getState().openKpiDialog(null), []);
  const title = unit ? `KPIs of ${unit.name}` : 'KPIs';
  // In a team workspace, a unit's KPIs are edited by those who edit its goals.
  const check = useWriteCheck();
  const viewOnlyOf = (unitId: string): string | null => {
    if (mayWriteUnitKpis(unitId, check)) return null;
    const u = units.get(unitId);
    return viewOnlyReason({
      kind: 'kpis',
      ownerName: u?.name ?? 'This unit',
      person: u?.kind === 'person',
    });
  };
  const addViewOnly = scope ? viewOnlyOf(scope) : null;
  return (
    <section className="view kpis-view" aria-labelledby="kpis-title">
      <header className="view__header">
        <div>
          <h1 id="kpis-title">{title}</h1>
          <p className="muted small">
            Health metrics beside the OKRs: keep them healthy; when one turns critical, open a
            recovery objective.
          </p>
        </div>
        <button
          type="button"
          className="primary"
          disabled={!!addViewOnly}
          title={addViewOnly ?? undefined}
          onClick={() => useUi.getState().openKpiDialog({ kind: 'add' })}
        >
          Add KPI
        </button>
      </header>
      {rows === undefined ? null : rows.length === 0 ? (
        <p className="empty">
          No KPIs {unit ? `for ${unit.name}` : 'yet'}. Add one to watch a health metric such as
          uptime, churn or lead time.
        </p>
      ) : (
        <ul className="kpi-list">
          {rows.map((row) => (
            <KpiCard
              key={row.kpi.id}
              row={row}
              ownerName={unit ? undefined : (units.get(row.kpi.ownerId)?.name ?? 'Unknown unit')}
              viewOnly={viewOnlyOf(row.kpi.ownerId)}
            />
          ))}
        </ul>
      )}
      <KpiDialogs rows={rows ?? []} ownerId={scope ?? company?.id ?? me ?? ''} />
    </section>
  );
}
