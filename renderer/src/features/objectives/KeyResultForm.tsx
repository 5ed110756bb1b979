import { useState } from 'react';
import {
  KR_KINDS,
  KR_KIND_LABELS,
  type KeyResult,
  type KrKind,
  type Milestone,
} from '@shared/domain/model';
import { parseNumberInput } from '@shared/domain/validation';
import {
  createKeyResult,
  updateKeyResult,
  type KeyResultInput,
} from '../../db/commands/keyResults';
import { newId } from '../../db/records';
import { Field } from '../../ui/Field';
import { reportFieldErrors } from '../../ui/errors';
import { CoachHints } from '../coach/CoachHints';
import { keyResultDraft } from '../coach/keyResultDraft';

export interface Props {
  objectiveId: string;
  existing?: KeyResult;
  onDone: () => void;
}

const numericKind = (k: KrKind) => k !== 'binary' && k !== 'milestones';
const fmt = (n: number | undefined) => (n === undefined ? '' : String(n));

/** Adds or edits a key result. Numbers are typed as text so a non-number gets a message, not a silent 0. */
export function KeyResultForm({ objectiveId, existing, onDone }: Props) {
  const [kind, setKind] = useState<KrKind>(existing?.kind ?? 'increase');
  const [f, setF] = useState({
    title: existing?.title ?? '',
    start: fmt(existing?.start ?? 0),
    target: fmt(existing?.target),
    current: fmt(existing?.current),
    unit: existing?.unit ?? '',
    weight: fmt(existing?.weight ?? 1),
    dueDate: existing?.dueDate ?? '',
    milestones: (existing?.milestones ?? []).map((m) => m.title).join('\n'),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF({ ...f, [k]: e.target.value });

  const submit = async () => {
    const errs: Record<string, string> = {};
    const num = (
      key: 'start' | 'target' | 'current' | 'weight',
      label: string,
      required: boolean,
    ): number | undefined => {
      if (!required && f[key].trim() === '') return undefined;
      const n = parseNumberInput(f[key]);
      if (n === null) errs[key] = `${label} must be a number`;
      return n ?? undefined;
    };
    const numeric = numericKind(kind);
    const start = numeric ? num('start', 'Start', true) : 0;
    const target = numeric ? num('target', 'Target', true) : 1;
    const current = numeric ? num('current', 'Current value', false) : undefined;
    const weight = num('weight', 'Weight', true);
    const old = new Map((existing?.milestones ?? []).map((m) => [m.title, m]));
    const milestones: Milestone[] = f.milestones
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((title) => old.get(title) ?? { id: newId(), title, done: false });
    if (kind === 'milestones' && milestones.length === 0)
      errs.milestones = 'List at least one milestone, one per line';
    if (Object.keys(errs).length) return setErrors(errs);
    const input: KeyResultInput = {
      title: f.title,
      kind,
      start: start!,
      target: target!,
      current,
      unit: f.unit,
      weight,
      dueDate: f.dueDate || null,
      milestones,
    };
    try {
      if (existing) await updateKeyResult(existing.id, input);
      else await createKeyResult(objectiveId, input);
      setErrors({});
      onDone();
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };

  return (
    <form
      className="kr-form"
      aria-label={existing ? `Edit key result ${existing.title}` : 'New key result'}
      onSubmit={(e) => (e.preventDefault(), void submit())}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        onDone();
      }}
      noValidate
    >
      <Field label="Key result" error={errors.title} hint="A measurable outcome, not a task.">
        {(p) => (
          <input
            {...p}
            // Opening the form is asking to type its title.
            autoFocus
            value={f.title}
            onChange={set('title')}
            placeholder="e.g. Median query time"
          />
        )}
      </Field>
      <CoachHints keyResult={keyResultDraft({ ...f, kind, objectiveId, id: existing?.id })} />
      {/* Kind gets the room for its words ("Decrease to", "Done / not done"); the numbers
          share the next row. */}
      <div className="row">
        <Field label="Kind" className="field--kind">
          {(p) => (
            <select {...p} value={kind} onChange={(e) => setKind(e.target.value as KrKind)}>
              {KR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KR_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {numericKind(kind) ? (
          <Field label="Unit" error={errors.unit}>
            {(p) => (
              <input {...p} value={f.unit} onChange={set('unit')} placeholder="%, s, users" />
            )}
          </Field>
        ) : null}
      </div>
      {numericKind(kind) ? (
        <div className="row">
          <Field label="Start" error={errors.start}>
            {(p) => <input {...p} inputMode="decimal" value={f.start} onChange={set('start')} />}
          </Field>
          <Field label="Target" error={errors.target}>
            {(p) => <input {...p} inputMode="decimal" value={f.target} onChange={set('target')} />}
          </Field>
          <Field label="Current" error={errors.current} hint="Blank: the start">
            {(p) => (
              <input {...p} inputMode="decimal" value={f.current} onChange={set('current')} />
            )}
          </Field>
        </div>
      ) : null}
      {kind === 'milestones' ? (
        <Field label="Milestones" error={errors.milestones} hint="One per line">
          {(p) => <textarea {...p} rows={3} value={f.milestones} onChange={set('milestones')} />}
        </Field>
      ) : null}
      <div className="row">
        <Field label="Weight" error={errors.weight}>
          {(p) => <input {...p} inputMode="decimal" value={f.weight} onChange={set('weight')} />}
        </Field>
        <Field label="Due date" error={errors.dueDate}>
          {(p) => <input {...p} type="date" value={f.dueDate} onChange={set('dueDate')} />}
        </Field>
      </div>
      {errors._ ? (
        <p className="field__error" role="alert">
          {errors._}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {existing ? 'Save key result' : 'Add key result'}
        </button>
      </div>
    </form>
  );
}
