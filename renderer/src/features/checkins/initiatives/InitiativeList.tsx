import { useState } from 'react';
import { toIsoDate } from '@shared/domain/cycle';
import type { KeyResult } from '@shared/domain/model';
import { createInitiative } from '../../../db/commands/initiatives';

import { Field } from '../../../ui/Field';
import { reportFieldErrors } from '../../../ui/errors';
import { byPriorityThenDue } from './order';
import { useInitiatives } from '../useCheckInData';
import { InitiativeItem } from './InitiativeItem';
import './initiatives.css';

export interface Props {
  kr: KeyResult;
  readOnly: boolean;
}

/** The tasks that move one key result, and a short form to add one (Enter adds). */
export function InitiativeList({ kr, readOnly }: Props) {
  const initiatives = useInitiatives([kr.id]);
  const [title, setTitle] = useState('');
  const [priority, setPriority] = useState(2);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = toIsoDate(new Date());
  const add = async () => {
    try {
      await createInitiative(kr.id, { title, priority, dueDate: dueDate || null });
      setTitle('');
      setDueDate('');
      setErrors({});
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  const list = [...(initiatives ?? [])].sort(byPriorityThenDue);
  return (
    <section className="initiatives" aria-label={`Initiatives of ${kr.title}`}>
      <h3>Initiatives</h3>
      {list.length === 0 ? (
        <p className="muted small">No initiatives yet: what will you do to move this result?</p>
      ) : null}
      <ul className="initiative-list">
        {list.map((i) => (
          <InitiativeItem key={i.id} initiative={i} readOnly={readOnly} today={today} />
        ))}
      </ul>
      {readOnly ? null : (
        <form
          className="initiative-form"
          aria-label={`Add an initiative to ${kr.title}`}
          onSubmit={(e) => (e.preventDefault(), void add())}
          noValidate
        >
          <Field label="New initiative" error={errors.title}>
            {(p) => (
              <input
                {...p}
                value={title}
                placeholder="e.g. Rehearse the talk"
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </Field>
          <Field label="Priority" error={errors.priority}>
            {(p) => (
              <select {...p} value={priority} onChange={(e) => setPriority(Number(e.target.value))}>
                <option value={1}>P1 high</option>
                <option value={2}>P2</option>
                <option value={3}>P3 low</option>
              </select>
            )}
          </Field>
          <Field label="Due" error={errors.dueDate}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={dueDate}
                onChange={(e) => setDueDate(e.target.value)}
              />
            )}
          </Field>
          <button type="submit">Add initiative</button>
        </form>
      )}
    </section>
  );
}
