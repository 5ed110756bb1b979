import { useState } from 'react';
import { KR_KIND_LABELS, type KeyResult } from '@shared/domain/model';
import { keyResultProgress } from '@shared/domain/progress';
import { figuresOf, readKeyResult } from '@shared/format/keyResultReading';
import type { Status } from '@shared/domain/status';
import type { CheckInEntry } from '@shared/domain/checkInRules';
import { checkIn } from '../../db/commands/checkins';
import { deleteKeyResult } from '../../db/commands/keyResults';
import { restoreDeleted } from '../../db/commands/softDelete';
import { ValidationError } from '../../db/records';
import { deleteWithUndo } from '../../store/ui';
import { ProgressBar, StatusPill } from '../../ui/Progress';
import { useFormat } from '../settings/useFormat';
import { reportError } from '../../ui/errors';
import { valueFromText } from '../checkins/session/parseFields';
import { KeyResultForm } from './KeyResultForm';
import { useFocusAfterClose } from '../../ui/useFocusAfterClose';

export interface Props {
  kr: KeyResult;
  /** Its status from the one rule (shared/domain/status.ts), as the list shows it. */
  status: Status;
  readOnly: boolean;
  /**
   * Why this member may only read it (a team workspace): its controls stay, disabled, saying
   * why. Null or absent: `readOnly` alone decides (a closed cycle shows no controls).
   */
  viewOnly?: string | null;
}

/** A key result in the detail pane: progress, quick value update, edit, delete with Undo. */
export function KeyResultItem({ kr, status, readOnly, viewOnly = null }: Props) {
  const [editing, setEditing] = useState(false);
  const editButton = useFocusAfterClose<HTMLButtonElement>(editing);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const progress = keyResultProgress(kr);
  const f = useFormat();

  // Every value change here is a check-in dated today, through the one check-in command.
  const update = async (entry: CheckInEntry) => {
    try {
      await checkIn(kr.id, entry);
      setValue('');
      setError(null);
    } catch (err) {
      if (err instanceof ValidationError) setError(err.message);
      else reportError(err);
    }
  };

  if (editing)
    return (
      <li className="kr-item">
        <KeyResultForm
          objectiveId={kr.objectiveId}
          existing={kr}
          onDone={() => setEditing(false)}
        />
      </li>
    );
  return (
    <li className="kr-item" aria-label={`Key result ${kr.title}`}>
      <div className="kr-item__head">
        <strong>{kr.title}</strong>
        <span className="muted small">{KR_KIND_LABELS[kr.kind]}</span>
        <StatusPill status={status} />
      </div>
      <p className="muted small">
        {readKeyResult(figuresOf(kr))}
        {kr.weight !== 1 ? ` · weight ${kr.weight}` : ''}
        {kr.dueDate ? ` · due ${f.date(kr.dueDate)}` : ''}
      </p>
      <ProgressBar value={progress} status={status} label={`Progress of ${kr.title}`} />
      {readOnly && !viewOnly ? null : (
        <div className="kr-item__actions" title={viewOnly ?? undefined}>
          {kr.kind === 'binary' ? (
            <label className="check">
              <input
                type="checkbox"
                disabled={!!viewOnly}
                checked={kr.current >= 1}
                onChange={(e) => void update({ done: e.target.checked })}
              />
              Done
            </label>
          ) : kr.kind === 'milestones' ? (
            <fieldset className="milestones">
              <legend className="sr-only">Milestones of {kr.title}</legend>
              {kr.milestones.map((m) => (
                <label key={m.id} className="check">
                  <input
                    type="checkbox"
                    disabled={!!viewOnly}
                    checked={m.done}
                    onChange={(e) => void update({ milestoneTicks: { [m.id]: e.target.checked } })}
                  />
                  {m.title}
                </label>
              ))}
            </fieldset>
          ) : (
            <form
              className="inline-form"
              onSubmit={(e) => (e.preventDefault(), void update({ value: valueFromText(value) }))}
              noValidate
            >
              <label className="sr-only" htmlFor={`v-${kr.id}`}>
                New value for {kr.title}
              </label>
              <input
                id={`v-${kr.id}`}
                disabled={!!viewOnly}
                title={viewOnly ?? undefined}
                inputMode="decimal"
                placeholder="New value"
                value={value}
                aria-invalid={!!error}
                onChange={(e) => setValue(e.target.value)}
              />
              <button type="submit" disabled={!!viewOnly} title={viewOnly ?? undefined}>
                Update
              </button>
            </form>
          )}
          <button
            ref={editButton}
            type="button"
            disabled={!!viewOnly}
            title={viewOnly ?? undefined}
            onClick={() => setEditing(true)}
            aria-label={`Edit key result ${kr.title}`}
          >
            Edit
          </button>
          <button
            type="button"
            className="danger"
            disabled={!!viewOnly}
            title={viewOnly ?? undefined}
            aria-label={`Delete key result ${kr.title}`}
            onClick={() =>
              deleteWithUndo(`“${kr.title}”`, () => deleteKeyResult(kr.id), restoreDeleted).catch(
                reportError,
              )
            }
          >
            Delete
          </button>
          {error ? (
            <p className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
      )}
    </li>
  );
}
