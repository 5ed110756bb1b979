import { useMemo, useState } from 'react';
import type { Alignment } from '@shared/domain/model';
import { advanceTo } from '../../../db/commands/planning';
import { createObjective } from '../../../db/commands/objectives';

import { Field } from '../../../ui/Field';
import { describeError, reportFieldErrors } from '../../../ui/errors';
import { AlignmentSelect } from '../../objectives/AlignmentSelect';
import { CoachHints } from '../../coach/CoachHints';
import { ProposalRow } from '../ProposalRow';
import type { PlanningData } from '../usePlanningData';
import { useFormat } from '../../settings/useFormat';
import { useProposalsViewOnly } from '../usePlanningRights';

export interface Props {
  data: PlanningData;
}

/** Step 6, "Personal OKR": each person drafts objectives that serve their team's. */
export function PersonalStep({ data }: Props) {
  const viewOnly = useProposalsViewOnly(data);
  const { count } = useFormat();
  const people = useMemo(
    () =>
      data.orgUnits.filter((u) => u.kind === 'person').sort((a, b) => a.name.localeCompare(b.name)),
    [data.orgUnits],
  );
  const [personId, setPersonId] = useState('');
  const [title, setTitle] = useState('');
  const [alignedTo, setAlignedTo] = useState<Alignment | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const person = personId || people[0]?.id || '';
  const add = async () => {
    try {
      await createObjective({ title, ownerId: person, cycleId: data.cycle.id, alignedTo });
      setTitle('');
      setErrors({});
    } catch (err) {
      reportFieldErrors(err, setErrors);
    }
  };
  const agree = (id: string) =>
    void advanceTo([id], 'agreed').catch((err: unknown) => setErrors({ _: describeError(err) }));
  return (
    <>
      <form
        className="personal-form"
        aria-label="New personal objective"
        onSubmit={(e) => (e.preventDefault(), void add())}
        noValidate
      >
        <div className="row">
          <Field label="Person" error={errors.ownerId}>
            {(p) => (
              <select {...p} value={person} onChange={(e) => setPersonId(e.target.value)}>
                {people.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Personal objective" error={errors.title}>
            {(p) => <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />}
          </Field>
        </div>
        <CoachHints
          objective={{ title, ownerId: person, alignedTo, type: 'committed' }}
          cycleId={data.cycle.id}
        />
        <Field label="Serves" error={errors.alignedTo}>
          {(p) => (
            <AlignmentSelect
              cycleId={data.cycle.id}
              value={alignedTo}
              onChange={setAlignedTo}
              inputProps={p}
            />
          )}
        </Field>
        {errors._ ? (
          <p className="field__error" role="alert">
            {errors._}
          </p>
        ) : null}
        <button type="submit" className="primary" disabled={!person}>
          Add personal draft
        </button>
      </form>
      {people.map((u) => {
        const mine = data.objectives.filter((o) => o.ownerId === u.id);
        return (
          <section key={u.id} aria-label={`Personal OKRs of ${u.name}`}>
            <h3>
              {u.name} <span className="muted small">{count(mine.length, 'objective')}</span>
            </h3>
            <ul className="proposals">
              {mine.map((o) => (
                <ProposalRow key={o.id} objective={o} data={data}>
                  {o.planState === 'draft' || o.planState === 'proposed' ? (
                    <button
                      type="button"
                      disabled={!!viewOnly([o.id])}
                      title={viewOnly([o.id]) ?? undefined}
                      onClick={() => agree(o.id)}
                      aria-label={`Agree “${o.title}”`}
                    >
                      Agree
                    </button>
                  ) : null}
                </ProposalRow>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
