import { useState } from 'react';
import type { Alignment, ObjectiveType } from '@shared/domain/model';
import { mayWriteUnitGoals } from '@shared/sync/editRights';
import { createObjective } from '../../db/commands/objectives';
import { useOrgUnits } from '../../db/queries';
import { useWriteCheck } from '../../sync/useCanEdit';

import { useUi } from '../../store/ui';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { useCurrentCycle, useMeId } from '../workspace';
import { CoachHints } from '../coach/CoachHints';
import { StartFromTemplate } from '../templates/StartFromTemplate';
import { AlignmentSelect } from './AlignmentSelect';
import { OwnerSelect } from './OwnerSelect';

/** New objective: title first (Enter creates), then the detail pane opens for key results. */
export function NewObjectiveDialog() {
  const close = () => useUi.getState().openDialog(null);
  const cycle = useCurrentCycle();
  const me = useMeId();
  const selectedUnit = useUi((s) => s.orgUnitId);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [type, setType] = useState<ObjectiveType>('committed');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [alignedTo, setAlignedTo] = useState<Alignment | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = useWriteCheck();
  const units = useOrgUnits();
  // The first owner this member may write: the unit in view, then themselves, then any.
  const owner =
    ownerId ??
    [selectedUnit, me, ...(units ?? []).filter((u) => !u.deletedAt).map((u) => u.id)].find(
      (id): id is string => !!id && mayWriteUnitGoals(id, check),
    ) ??
    '';

  const submit = async () => {
    if (!cycle) return;
    try {
      const o = await createObjective({
        title,
        description,
        type,
        ownerId: owner,
        cycleId: cycle.id,
        alignedTo,
      });
      close();
      // A new objective has no key results yet: its detail opens on the new key result form,
      // focus in its title, which is what one types next.
      useUi.getState().setAddingKeyResultTo(o.id);
      useUi.getState().select({ kind: 'objective', id: o.id });
      useUi.getState().setView('objectives');
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  if (!cycle) return null;
  return (
    <Dialog title={`New objective in ${cycle.name}`} onClose={close} wide>
      <form onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
        <Field
          label="Objective"
          error={errors.title}
          hint="What do you want to achieve? Qualitative and inspiring; numbers go in key results."
        >
          {(p) => (
            <input
              {...p}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder="e.g. Become the go-to person for our data platform"
            />
          )}
        </Field>
        <CoachHints objective={{ title, ownerId: owner, type, alignedTo }} cycleId={cycle.id} />
        <Field label="Description" error={errors.description}>
          {(p) => (
            <textarea
              {...p}
              rows={2}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          )}
        </Field>
        <div className="row">
          <Field label="Owner" error={errors.ownerId}>
            {(p) => <OwnerSelect value={owner} onChange={setOwnerId} inputProps={p} />}
          </Field>
          <Field label="Type">
            {(p) => (
              <select
                {...p}
                value={type}
                onChange={(e) => setType(e.target.value as ObjectiveType)}
              >
                <option value="committed">Committed (expected at 100 %)</option>
                <option value="aspirational">Aspirational (70 % is healthy)</option>
              </select>
            )}
          </Field>
        </div>
        <Field label="Aligns to" error={errors.alignedTo}>
          {(p) => (
            <AlignmentSelect
              cycleId={cycle.id}
              value={alignedTo}
              onChange={setAlignedTo}
              inputProps={p}
            />
          )}
        </Field>
        <div className="dialog__actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create objective
          </button>
        </div>
        <StartFromTemplate
          cycleId={cycle.id}
          ownerId={owner}
          alignedTo={alignedTo}
          onDone={close}
        />
      </form>
    </Dialog>
  );
}
