import { useState } from 'react';
import { mayWriteUnitKpis } from '@shared/sync/editRights';
import { useWriteCheck } from '../../sync/useCanEdit';
import {
  KPI_DIRECTION_LABELS,
  KPI_DIRECTIONS,
  type Kpi,
  type KpiDirection,
} from '@shared/domain/kpiModel';
import { flattenOrgTree } from '@shared/domain/org';
import { parseNumberInput } from '@shared/domain/validation';
import { createKpi, type KpiInput } from '../../db/commands/kpis';
import { useOrgUnits } from '../../db/queries';
import { useUi } from '../../store/ui';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { editKpiWithUndo } from './kpiActions';
import { TreeOption } from '../../ui/TreeOption';
import { TreeSelect } from '../../ui/TreeSelect';

export interface Props {
  /** The KPI to edit; absent to add one to `ownerId`. */
  kpi?: Kpi;
  ownerId: string;
  onClose: () => void;
}

const NUMBER_FIELDS = [
  ['warningAt', 'Warning threshold'],
  ['criticalAt', 'Critical threshold'],
] as const;

const text = (n: number | null | undefined): string => (n == null ? '' : String(n));

/** Add or edit a KPI: name, unit, which way is better, and where it turns warning and critical. */
export function KpiFormDialog({ kpi, ownerId, onClose }: Props) {
  const [name, setName] = useState(kpi?.name ?? '');
  const [unit, setUnit] = useState(kpi?.unit ?? '');
  const [owner, setOwner] = useState(kpi?.ownerId ?? ownerId);
  const [direction, setDirection] = useState<KpiDirection>(kpi?.direction ?? 'higher');
  const [numbers, setNumbers] = useState({
    warningAt: text(kpi?.warningAt),
    criticalAt: text(kpi?.criticalAt),
    healthyLimit: text(kpi?.healthyLimit),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Its own list, not the objectives' OwnerSelect: features must not import each other both ways.
  // In a team workspace, only units whose KPIs this member may write (and the current one).
  const check = useWriteCheck();
  const units = flattenOrgTree(useOrgUnits() ?? []).filter(
    ({ unit: u }) => u.id === owner || mayWriteUnitKpis(u.id, check),
  );

  const submit = async () => {
    const found: Record<string, string> = {};
    const num = (key: keyof typeof numbers, label: string): number => {
      const n = parseNumberInput(numbers[key]);
      if (n === null) found[key] = `${label} must be a number`;
      return n ?? 0;
    };
    const input: KpiInput = {
      name,
      unit,
      direction,
      warningAt: num('warningAt', 'Warning threshold'),
      criticalAt: num('criticalAt', 'Critical threshold'),
      healthyLimit: numbers.healthyLimit.trim() ? num('healthyLimit', 'Healthy limit') : null,
    };
    if (Object.keys(found).length) return setErrors(found);
    try {
      if (kpi) await editKpiWithUndo(kpi, input);
      else {
        await createKpi(owner, input);
        useUi.getState().toast(`Added KPI ${input.name.trim()}`);
      }
      onClose();
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  const higher = direction === 'higher';
  return (
    <Dialog title={kpi ? `Edit KPI ${kpi.name}` : 'Add a KPI'} onClose={onClose}>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <Field
          label="Name"
          error={errors.name}
          hint="A health metric to keep an eye on, e.g. Uptime"
        >
          {(p) => <input {...p} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="row">
          <Field label="Unit" error={errors.unit}>
            {(p) => (
              <input
                {...p}
                value={unit}
                onChange={(e) => setUnit(e.target.value)}
                placeholder="%, days, €"
              />
            )}
          </Field>
          <Field label="Direction" error={errors.direction}>
            {(p) => (
              <select
                {...p}
                value={direction}
                onChange={(e) => setDirection(e.target.value as KpiDirection)}
              >
                {KPI_DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {KPI_DIRECTION_LABELS[d]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {kpi ? null : (
          <Field label="Unit it belongs to" error={errors.ownerId}>
            {(p) => (
              <TreeSelect {...p} value={owner} onChange={(e) => setOwner(e.target.value)}>
                {units.map(({ unit: u, depth }) => (
                  <TreeOption key={u.id} value={u.id} depth={depth}>
                    {u.name} ({u.kind})
                  </TreeOption>
                ))}
              </TreeSelect>
            )}
          </Field>
        )}
        <div className="row">
          {NUMBER_FIELDS.map(([key, label]) => (
            <Field
              key={key}
              label={label}
              error={errors[key]}
              hint={
                key === 'warningAt'
                  ? `Healthy at this or ${higher ? 'more' : 'less'}`
                  : `Critical at this or ${higher ? 'less' : 'more'}`
              }
            >
              {(p) => (
                <input
                  {...p}
                  inputMode="decimal"
                  value={numbers[key]}
                  onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        <Field
          label="Healthy limit (optional)"
          error={errors.healthyLimit}
          hint={`A warning also ${higher ? 'above' : 'below'} this, when too much is a problem too`}
        >
          {(p) => (
            <input
              {...p}
              inputMode="decimal"
              value={numbers.healthyLimit}
              onChange={(e) => setNumbers({ ...numbers, healthyLimit: e.target.value })}
            />
          )}
        </Field>
        <DialogActions
          error={errors.id ?? errors._}
          onCancel={onClose}
          confirm={kpi ? 'Save KPI' : 'Add KPI'}
        />
      </form>
    </Dialog>
  );
}
