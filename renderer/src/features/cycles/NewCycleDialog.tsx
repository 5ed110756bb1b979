import { useState } from 'react';
import { suggestCycleDates, type CycleDates } from '@shared/domain/cycle';
import { CYCLE_KINDS, type CycleKind } from '@shared/domain/model';
import { createCycle } from '../../db/commands/cycles';
import { useCycles, useOrgUnits } from '../../db/queries';
import { useUi } from '../../store/ui';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { useToday } from '../workspace';

const KIND_LABELS: Record<CycleKind, string> = {
  quarter: 'Quarter',
  half: 'Half year',
  year: 'Year',
  custom: 'Custom dates',
};

/**
 * Creates a quarter, half, year or custom cycle; dates default to the period after the latest
 * cycle of the kind chosen, so the running quarter is never offered twice.
 */
export function NewCycleDialog() {
  const close = () => useUi.getState().openDialog(null);
  const cycles = useCycles();
  const today = useToday();
  const company = useOrgUnits()?.find((u) => u.kind === 'company');
  const [kind, setKind] = useState<CycleKind>('quarter');
  // Null until the person edits a field: until then the form shows the suggestion.
  const [edited, setForm] = useState<CycleDates | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The suggestion depends on the cycles that exist: nothing is offered before they are read.
  if (!cycles || !company) return null;
  const mine = cycles.filter((c) => c.ownerId === company.id);
  const form = edited ?? suggestCycleDates(kind, mine, today);
  const submit = async () => {
    try {
      const c = await createCycle({ ...form, kind }, company.id);
      useUi.getState().setCycle(c.id);
      close();
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  return (
    <Dialog title="New cycle" onClose={close}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())}>
        <Field label="Kind">
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => {
                const k = e.target.value as CycleKind;
                setKind(k);
                setForm(null);
                setErrors({});
              }}
            >
              {CYCLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Name" error={errors.name}>
          {(p) => (
            <input
              {...p}
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
            />
          )}
        </Field>
        <div className="row">
          <Field label="Start" error={errors.start}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.start}
                onChange={(e) => setForm({ ...form, start: e.target.value })}
              />
            )}
          </Field>
          <Field label="End" error={errors.end}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={form.end}
                onChange={(e) => setForm({ ...form, end: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="dialog__actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create cycle
          </button>
        </div>
      </form>
    </Dialog>
  );
}
