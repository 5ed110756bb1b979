import { useState } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import type { CheckIn, KeyResult } from '@shared/domain/model';
import { checkIn, editCheckIn, undoCheckInChange } from '../../../db/commands/checkins';

import { Field } from '../../../ui/Field';
import { reportFieldErrors } from '../../../ui/errors';
import { confidenceFromText, valueFromText } from '../session/parseFields';
import { useFormat } from '../../settings/useFormat';
import { offerUndo } from '../undo';

export interface Props {
  kr: KeyResult;
  /** Editing this check-in; without it, the form adds a new one (dated today unless changed). */
  existing?: CheckIn;
  onDone?: () => void;
}

/** A dated check-in: add one for any day of the cycle so far, or correct one. */
export function CheckInForm({ kr, existing, onDone }: Props) {
  const fmt = useFormat();
  const blank = {
    at: toIsoDate(new Date()),
    value: kr.kind === 'binary' ? '' : String(kr.current),
    confidence: '',
    note: '',
    blockers: '',
  };
  const [f, setF] = useState(
    existing
      ? {
          at: existing.at,
          value: String(existing.value),
          confidence: existing.confidence === null ? '' : String(existing.confidence),
          note: existing.note,
          blockers: existing.blockers,
        }
      : blank,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });

  const submit = async () => {
    const fields = {
      at: f.at,
      value: valueFromText(f.value),
      confidence: confidenceFromText(f.confidence),
      note: f.note,
      blockers: f.blockers,
    };
    try {
      if (existing) {
        const change = await editCheckIn(existing.id, fields);
        offerUndo(`Corrected the check-in of ${fmt.date(existing.at)}`, 'the correction', () =>
          undoCheckInChange(change),
        );
      } else {
        await checkIn(kr.id, fields);
        setF(blank);
      }
      setErrors({});
      onDone?.();
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };

  const name = existing
    ? `Edit check-in of ${fmt.date(existing.at)}`
    : `New check-in on ${kr.title}`;
  return (
    <form
      className="checkin-form"
      aria-label={name}
      onSubmit={(e) => (e.preventDefault(), void submit())}
      noValidate
    >
      <div className="row">
        <Field label="Date" error={errors.at}>
          {(p) => <input {...p} type="date" value={f.at} onChange={set('at')} />}
        </Field>
        <Field
          label={
            kr.kind === 'binary'
              ? 'Value (1 done, 0 not)'
              : `Value${kr.unit ? ` (${kr.unit})` : ''}`
          }
          error={errors.value}
        >
          {(p) => <input {...p} inputMode="decimal" value={f.value} onChange={set('value')} />}
        </Field>
        <Field label="Confidence (0–10)" error={errors.confidence}>
          {(p) => (
            <input {...p} inputMode="numeric" value={f.confidence} onChange={set('confidence')} />
          )}
        </Field>
      </div>
      <Field label="Note" error={errors.note}>
        {(p) => <input {...p} value={f.note} onChange={set('note')} />}
      </Field>
      <Field label="Blockers" error={errors.blockers}>
        {(p) => <input {...p} value={f.blockers} onChange={set('blockers')} />}
      </Field>
      {errors.id || errors.cycleId ? (
        <p className="field__error" role="alert">
          {errors.id ?? errors.cycleId}
        </p>
      ) : null}
      <div className="row row--tight">
        <button type="submit" className="primary">
          {existing ? 'Save correction' : 'Add check-in'}
        </button>
        {onDone && existing ? (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
