import { useState } from 'react';
import type { Alignment, Objective } from '@shared/domain/model';
import { ValidationError } from '../../db/records';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { reportError } from '../../ui/errors';
import { AlignmentSelect } from '../objectives/AlignmentSelect';
import { alignWithUndo } from './alignWithUndo';

export interface Props {
  objective: Objective;
  titles: ReadonlyMap<string, string>;
  onClose: () => void;
}

/** The keyboard way to align: pick the parent objective or key result from a list. */
export function AlignDialog({ objective, titles, onClose }: Props) {
  const [value, setValue] = useState<Alignment | null>(objective.alignedTo);
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    try {
      await alignWithUndo(objective, value, value ? (titles.get(value.id) ?? null) : null);
      onClose();
    } catch (err) {
      if (err instanceof ValidationError) setError(err.errors.alignedTo ?? err.message);
      else reportError(err);
    }
  };
  return (
    <Dialog title={`Align “${objective.title}”`} onClose={onClose}>
      <form onSubmit={(e) => (e.preventDefault(), void save())} noValidate>
        <Field
          label="Contributes to"
          error={error}
          hint="The objective or key result this one serves."
        >
          {(p) => (
            <AlignmentSelect
              cycleId={objective.cycleId}
              excludeObjectiveId={objective.id}
              value={value}
              onChange={setValue}
              inputProps={p}
            />
          )}
        </Field>
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Align
          </button>
        </div>
      </form>
    </Dialog>
  );
}
