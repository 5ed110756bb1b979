import { useState } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import { describeKpiReading, describeKpiThresholds } from '@shared/domain/kpiHealth';
import { recoveryCycle, recoveryObjectiveTitle } from '@shared/domain/kpiRecovery';
import { createRecoveryObjective } from '../../db/commands/kpis';
import { useCycles } from '../../db/queries';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { useOrgMap } from '../workspace';
import type { KpiRow } from './useKpis';

export interface Props {
  row: KpiRow;
  onClose: () => void;
}

/**
 * A critical KPI's answer: an objective of its unit, in the cycle being worked on, prefilled
 * from the KPI and linked to it so the map and the review say what it is meant to move.
 */
export function RecoveryObjectiveDialog({ row, onClose }: Props) {
  const { kpi, reading } = row;
  const f = useFormat();
  const units = useOrgMap();
  const cycles = useCycles();
  const cycle = cycles ? recoveryCycle(cycles, toIsoDate(new Date())) : undefined;
  const [title, setTitle] = useState(() => recoveryObjectiveTitle(kpi));
  const [description, setDescription] = useState(
    () =>
      `${kpi.name} is ${describeKpiReading(kpi, reading, f.locale)}. ${describeKpiThresholds(kpi, f.locale)}.`,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    if (!cycle) return;
    try {
      const o = await createRecoveryObjective(kpi.id, { title, description, cycleId: cycle.id });
      onClose();
      const ui = useUi.getState();
      ui.setCycle(cycle.id);
      ui.setView('objectives');
      ui.select({ kind: 'objective', id: o.id });
      ui.toast(`Opened “${o.title}” to bring ${kpi.name} back`);
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  const owner = units.get(kpi.ownerId)?.name ?? 'its unit';
  return (
    <Dialog title={`Open a recovery objective for ${kpi.name}`} onClose={onClose} wide>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        {cycle === null ? (
          <p role="alert" className="field__error">
            No cycle is active or in planning: create or start one first.
          </p>
        ) : (
          <p className="muted">
            An objective of {owner} in {cycle?.name ?? '…'}, linked to {kpi.name}.
          </p>
        )}
        <Field label="Objective" error={errors.title}>
          {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label="Description" error={errors.description}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <DialogActions
          error={errors.id ?? errors.cycleId ?? errors.ownerId}
          onCancel={onClose}
          confirm="Open objective"
          disabled={!cycle}
        />
      </form>
    </Dialog>
  );
}
