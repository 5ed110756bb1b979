import type { Kpi } from '@shared/domain/kpiModel';
import {
  checkInKpi,
  deleteKpi,
  putBackKpi,
  retireKpiCheckIn,
  updateKpi,
  type KpiCheckInEntry,
  type KpiInput,
} from '../../db/commands/kpis';
import { restoreDeleted } from '../../db/commands/softDelete';
import { changeWithUndo, deleteWithUndo } from '../../store/ui';

/** The KPI board's changes, each undoable through the one Undo mechanism. */

export const editKpiWithUndo = (kpi: Kpi, patch: Partial<KpiInput>): Promise<void> =>
  changeWithUndo({
    run: () => updateKpi(kpi.id, patch),
    reverse: putBackKpi,
    message: `Saved ${patch.name ?? kpi.name}`,
    label: `Undo the change to ${kpi.name}`,
    undone: `${kpi.name} is as it was`,
  });

export const deleteKpiWithUndo = (kpi: Kpi): Promise<void> =>
  deleteWithUndo(`KPI “${kpi.name}”`, () => deleteKpi(kpi.id), restoreDeleted);

export const checkInKpiWithUndo = (kpi: Kpi, entry: KpiCheckInEntry): Promise<void> =>
  changeWithUndo({
    run: () => checkInKpi(kpi.id, entry),
    reverse: (row) => retireKpiCheckIn(row.id),
    message: `Checked in ${kpi.name}`,
    label: `Undo the check-in of ${kpi.name}`,
    undone: `The check-in of ${kpi.name} is undone`,
  });
