import { useState } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import { describeKpiThresholds } from '@shared/domain/kpiHealth';
import type { Kpi } from '@shared/domain/kpiModel';
import { parseNumberInput } from '@shared/domain/validation';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { useFormat } from '../settings/useFormat';
import { checkInKpiWithUndo } from './kpiActions';

export interface Props {
  kpi: Kpi;
  onClose: () => void;
}

/** Checks a KPI in by hand: a value, the day it was true on, a note. */
export function KpiCheckInDialog({ kpi, onClose }: Props) {
  const f = useFormat();
  const [value, setValue] = useState('');
  const [at, setAt] = useState(() => toIsoDate(new Date()));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = async () => {
    try {
      await checkInKpiWithUndo(kpi, { value: parseNumberInput(value), at, note });
      onClose();
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  return (
    <Dialog title={`Check in ${kpi.name}`} onClose={onClose}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <p className="muted small">{describeKpiThresholds(kpi, f.locale)}</p>
        <div className="row">
          <Field label={kpi.unit ? `Value (${kpi.unit})` : 'Value'} error={errors.value}>
            {(p) => (
              <input
                {...p}
                inputMode="decimal"
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </Field>
          <Field label="Date" error={errors.at}>
            {(p) => <input {...p} type="date" value={at} onChange={(e) => setAt(e.target.value)} />}
          </Field>
        </div>
        <Field label="Note" error={errors.note}>
          {(p) => (
            <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </Field>
        <DialogActions error={errors.id} onCancel={onClose} confirm="Check in" />
      </form>
    </Dialog>
  );
}
