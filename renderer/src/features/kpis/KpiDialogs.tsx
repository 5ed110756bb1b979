import { useUi } from '../../store/ui';
import { FeedDialog } from '../feeds/FeedDialog';
import { kpiTarget } from '../feeds/feedTarget';
import { KpiCheckInDialog } from './KpiCheckInDialog';
import { KpiFormDialog } from './KpiFormDialog';
import { RecoveryObjectiveDialog } from './RecoveryObjectiveDialog';
import type { KpiRow } from './useKpis';

export interface Props {
  rows: readonly KpiRow[];
  /** Where a new KPI goes unless the person picks another unit. */
  ownerId: string;
}

/** The board's open dialog, if any (the kpis slice of the UI store says which). */
export function KpiDialogs({ rows, ownerId }: Props) {
  const dialog = useUi((s) => s.kpiDialog);
  const close = () => useUi.getState().openKpiDialog(null);
  if (!dialog) return null;
  if (dialog.kind === 'add') return <KpiFormDialog ownerId={ownerId} onClose={close} />;
  const row = rows.find((r) => r.kpi.id === dialog.kpiId);
  // The KPI went away (deleted in another window): nothing to show the dialog for.
  if (!row) return null;
  switch (dialog.kind) {
    case 'edit':
      return <KpiFormDialog kpi={row.kpi} ownerId={row.kpi.ownerId} onClose={close} />;
    case 'checkIn':
      return <KpiCheckInDialog kpi={row.kpi} onClose={close} />;
    case 'recovery':
      return <RecoveryObjectiveDialog row={row} onClose={close} />;
    case 'feed':
      return <FeedDialog target={kpiTarget(row.kpi)} onClose={close} />;
  }
}
